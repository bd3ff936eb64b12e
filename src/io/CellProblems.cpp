#include "CellProblems.h"

#include "IoErrors.h"
#include "PrintableText.h"

namespace latentlab::io {

void CellProblems::add(int line, const std::string& column, const std::string& problem) {
    if (m_first.size() < kShown)
        m_first.push_back("line " + std::to_string(line) + ", column '" + printable(column) +
                          "': " + problem);
    ++m_count;
}

std::string CellProblems::message() const {
    if (m_count == 0) return {};
    if (m_count == 1) return m_source + ", " + m_first.front();
    std::string text =
        m_source + ": " + std::to_string(m_count) + " cells are empty or not numbers: ";
    for (std::size_t i = 0; i < m_first.size(); ++i) text += (i ? "; " : "") + m_first[i];
    const long long more = m_count - (long long)m_first.size();
    if (more > 0) text += "; and " + std::to_string(more) + " more";
    return text + " (to go on without them, set data.missing to drop or impute)";
}

void CellProblems::throwIfAny() const {
    if (m_count > 0) throw ReadError(message());
}

}  // namespace latentlab::io
