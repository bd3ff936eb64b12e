#include "TableNames.h"

#include "IoErrors.h"
#include "PrintableText.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace latentlab::io {
namespace {

/// The exact name if present, else the first name equal in any case; -1 if none.
int findName(const std::vector<std::string>& names, const std::string& wanted) {
    const auto exact = std::find(names.begin(), names.end(), wanted);
    if (exact != names.end()) return int(exact - names.begin());
    const std::string key = lowered(wanted);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (lowered(names[i]) == key) return int(i);
    return -1;
}

}  // namespace

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return text;
}

std::pair<int, int> firstDuplicate(const std::vector<std::string>& names) {
    std::unordered_map<std::string, int> seen;
    seen.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto place = seen.emplace(names[i], int(i));
        if (!place.second) return {place.first->second, int(i)};
    }
    return {-1, -1};
}

std::vector<std::string> makeNamesUnique(std::vector<std::string>& names) {
    std::unordered_set<std::string> taken(names.begin(), names.end());
    std::unordered_map<std::string, int> seen;  // name -> last suffix tried
    std::unordered_set<std::string> kept;
    std::vector<std::string> renamed;
    for (std::string& name : names) {
        if (kept.insert(name).second) continue;  // its first occurrence keeps the name
        int& suffix = seen[name];
        std::string candidate;
        do {
            candidate = name + "." + std::to_string(++suffix);
        } while (taken.count(candidate) != 0);
        taken.insert(candidate);
        kept.insert(candidate);
        name = candidate;
        renamed.push_back(candidate);
    }
    return renamed;
}

bool meansNoLabels(const std::string& option) { return lowered(option) == kNoLabelColumn; }

std::string nameList(const std::vector<std::string>& names) {
    // A genomics table has thousands of names; a message line needs only the first few.
    constexpr std::size_t kShown = 20;
    std::string list;
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i)
        list += (i ? ", " : "") + printable(names[i]);
    if (names.size() > kShown) list += ", ... (" + std::to_string(names.size()) + " in all)";
    return list;
}

NameRoles resolveNameRoles(const std::vector<std::string>& names, const NameRequest& request,
                           const std::string& source, const std::string& kind) {
    NameRoles roles;
    roles.ignored.assign(names.size(), false);
    for (const std::string& name : request.ignore) {
        const int index = findName(names, name);
        if (index < 0) {
            throw ReadError(source + ": cannot ignore " + kind + " '" + printable(name) +
                            "': there is no " + kind + " of that name (" + kind +
                            "s: " + nameList(names) + ")");
        }
        roles.ignored[std::size_t(index)] = true;
    }

    const std::string& wanted = request.label;
    if (meansNoLabels(wanted)) return roles;
    if (!wanted.empty()) {
        roles.label = findName(names, wanted);
        if (roles.label < 0) {
            throw ReadError(source + ": no label " + kind + " '" + printable(wanted) + "' (" +
                            kind + "s: " + nameList(names) + ")");
        }
        if (roles.ignored[std::size_t(roles.label)]) {
            throw ReadError(source + ": " + kind + " '" +
                            printable(names[std::size_t(roles.label)]) + "' is both the label " +
                            kind + " and ignored");
        }
        return roles;
    }
    // Found by name only: a column the user ignores is not taken for the labels.
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string name = lowered(names[i]);
        if (!roles.ignored[i] && (name == "label" || name == "class")) {
            roles.label = int(i);
            break;
        }
    }
    return roles;
}

}  // namespace latentlab::io
