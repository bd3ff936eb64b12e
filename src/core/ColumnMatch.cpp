#include "ColumnMatch.h"

#include "PrintableText.h"

#include <unordered_map>

namespace latentlab {
namespace {

/// "3 missing (X3, X7, X9)" with at most `shown` names, then "and N more".
std::string listed(const std::vector<std::string>& names, const char* what) {
    constexpr std::size_t kShown = 5;
    std::string text = std::to_string(names.size()) + " " + what + " (";
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i)
        text += (i ? ", '" : "'") + printable(names[i]) + "'";
    if (names.size() > kShown) text += ", and " + std::to_string(names.size() - kShown) + " more";
    return text + ")";
}

}  // namespace

ColumnMatch matchColumns(const std::vector<std::string>& modelColumns,
                         const std::vector<std::string>& inputColumns) {
    std::unordered_map<std::string, int> firstIndex;
    ColumnMatch match;
    for (std::size_t c = 0; c < inputColumns.size(); ++c) {
        // A repeated name cannot be told apart from its first occurrence, so it is refused.
        if (!firstIndex.emplace(inputColumns[c], int(c)).second)
            match.unexpected.push_back(inputColumns[c] + " (again)");
    }
    std::unordered_map<std::string, bool> known;
    for (const std::string& name : modelColumns) {
        known[name] = true;
        const auto found = firstIndex.find(name);
        match.inputIndex.push_back(found == firstIndex.end() ? -1 : found->second);
        if (found == firstIndex.end()) match.missing.push_back(name);
    }
    std::vector<std::string> strangers;
    for (const std::string& name : inputColumns)
        if (!known.count(name)) strangers.push_back(name);
    match.unexpected.insert(match.unexpected.begin(), strangers.begin(), strangers.end());
    for (std::size_t c = 0; c < match.inputIndex.size() && match.ok(); ++c)
        if (match.inputIndex[c] != int(c)) match.reordered = true;
    return match;
}

std::string ColumnMatch::describe() const {
    const std::string columns = std::to_string(inputIndex.size()) + " columns";
    if (ok())
        return columns + (reordered ? ", reordered to the model's order" : ", as in the model");
    std::string text = "the columns do not match the model's " + columns + ": ";
    if (!missing.empty()) text += listed(missing, "missing");
    if (!missing.empty() && !unexpected.empty()) text += ", ";
    if (!unexpected.empty()) text += listed(unexpected, "unexpected");
    return text;
}

}  // namespace latentlab
