// Which of a table's named columns holds the labels and which the user asked to leave out,
// resolved from the names the way a user types them (exact name first, then any case), with
// errors that list the names there are.
//
//   const NameRoles roles = resolveNameRoles(header, {"species", {"id"}}, "iris.csv", "column");
//   if (roles.label >= 0) ...;  roles.ignored[c] ...
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace latentlab::io {

/// Label-column option meaning "this table has no labels", even if a column is called
/// "label" or "class" (any case).
inline constexpr const char* kNoLabelColumn = "none";

struct NameRequest {
    /// A name; empty: "label" or "class" (any case) if present; kNoLabelColumn: none.
    std::string label;
    std::vector<std::string> ignore;  ///< each must name one of the names
};

struct NameRoles {
    int label = -1;             ///< index of the label name, -1 for none
    std::vector<bool> ignored;  ///< per name
};

/// `kind` is "column" or "row" (a transposed table's labels and features are rows).
/// Throws ReadError naming `source` (already printable) for an unknown name, or a label that
/// is also ignored.
NameRoles resolveNameRoles(const std::vector<std::string>& names, const NameRequest& request,
                           const std::string& source, const std::string& kind);

/// Indices of the first name that occurs twice (its first and second place); {-1, -1} if all
/// differ. Names tell columns apart (labels, ignored columns, a saved model's inputs), so a
/// reader rejects a table where they do not.
std::pair<int, int> firstDuplicate(const std::vector<std::string>& names);

/// Renames the second and later occurrences of a name as pandas does: "A", "A.1", "A.2",
/// skipping suffixes that are already taken. Returns the new names, in order.
std::vector<std::string> makeNamesUnique(std::vector<std::string>& names);

/// Whether `option` is the label option meaning "no labels" (any case).
bool meansNoLabels(const std::string& option);

/// "a, b, c", or the first 20 names and how many there are in all; each name printable.
std::string nameList(const std::vector<std::string>& names);

/// ASCII lower case, for matching names in any case.
std::string lowered(std::string text);

}  // namespace latentlab::io
