// Collects the empty, non-numeric and non-finite cells a reader meets, so that one error can
// name the first few of them (line, column, text) and say how many there are in all,
// instead of stopping at the first one.
//
//   CellProblems problems("data.csv");
//   problems.add(17, "X3", "'oops' is not a number");
//   problems.throwIfAny();   // "data.csv, line 17, column 'X3': 'oops' is not a number"
#pragma once

#include <string>
#include <vector>

namespace latentlab::io {

class CellProblems {
public:
    explicit CellProblems(std::string source) : m_source(std::move(source)) {}

    /// `problem` is what is wrong with the cell, e.g. "the cell is empty", with any text of
    /// the file in it already printable (quotedForMessage); `column` is shown printable.
    void add(int line, const std::string& column, const std::string& problem);
    long long count() const { return m_count; }
    /// One line: the single cell as it always was, or the first three and the count.
    std::string message() const;
    /// Throws ReadError with message() if any cell was added.
    void throwIfAny() const;

    /// How many cells a message names.
    static constexpr std::size_t kShown = 3;

private:
    std::string m_source;
    std::vector<std::string> m_first;  ///< "line 17, column 'X3': ..." of the first kShown
    long long m_count = 0;
};

}  // namespace latentlab::io
