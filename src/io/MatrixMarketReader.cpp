#include "MatrixMarketReader.h"

#include "CsrRows.h"
#include "IoErrors.h"
#include "PrintableText.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cstring>
#include <string_view>
#include <vector>

namespace latentlab::io {

namespace {

constexpr std::size_t kBufferSize = std::size_t(1) << 20;
constexpr std::int64_t kLargestSide = INT_MAX - 1;

/// Lines of a ByteSource without copying them: views into a refilled buffer.
class LineStream {
public:
    LineStream(ByteSource& source, const std::string& name) : m_source(source), m_name(name) {
        // a small input (a test, the fuzzer) needs no megabyte
        m_buffer.resize(
            std::size_t(std::min<std::uint64_t>(kBufferSize, source.largestSize() + 1)));
    }
    bool next(std::string_view& line) {
        for (;;) {
            const char* begin = m_buffer.data() + m_start;
            const char* newline =
                static_cast<const char*>(std::memchr(begin, '\n', m_end - m_start));
            if (newline) {
                line = std::string_view(begin, std::size_t(newline - begin));
                m_start = std::size_t(newline - m_buffer.data()) + 1;
                return finish(line);
            }
            if (m_atEnd) {
                if (m_start == m_end) return false;
                line = std::string_view(begin, m_end - m_start);
                m_start = m_end;
                return finish(line);
            }
            refill();
        }
    }
    long long lineNumber() const { return m_line; }
    std::string where() const { return m_name + ", line " + std::to_string(m_line); }

private:
    bool finish(std::string_view& line) {
        ++m_line;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return true;
    }
    void refill() {
        if (m_start > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_start, m_end - m_start);
            m_end -= m_start;
            m_start = 0;
        }
        if (m_end == m_buffer.size()) {
            if (m_buffer.size() >= 8 * kBufferSize)
                throw ReadError(m_name + ", line " + std::to_string(m_line + 1) +
                                ": a line longer than 8 MB: not a Matrix Market file");
            m_buffer.resize(m_buffer.size() * 2);
        }
        const std::size_t count = m_source.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        m_end += count;
        m_atEnd = count == 0;
    }

    ByteSource& m_source;
    const std::string& m_name;
    std::vector<char> m_buffer;
    std::size_t m_start = 0;
    std::size_t m_end = 0;
    bool m_atEnd = false;
    long long m_line = 0;
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view nextToken(std::string_view& rest) {
    std::size_t start = 0;
    while (start < rest.size() && isBlank(rest[start])) ++start;
    std::size_t end = start;
    while (end < rest.size() && !isBlank(rest[end])) ++end;
    const std::string_view token = rest.substr(start, end - start);
    rest.remove_prefix(end);
    return token;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::int64_t parseCount(std::string_view token, const LineStream& lines, const char* what) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (token.empty() || error != std::errc() || end != token.data() + token.size())
        throw ReadError(lines.where() + ": " +
                        (token.empty()
                             ? std::string("no ") + what
                             : quotedForMessage(token) + " is not a whole number (" + what + ")"));
    return value;
}

enum class Field { Integer, Real, Pattern };

struct Header {
    Field field = Field::Integer;
    std::int64_t rows = 0, columns = 0, entries = 0;
};

Header readHeader(LineStream& lines, std::uint64_t largestSize) {
    std::string_view line;
    if (!lines.next(line)) throw ReadError(lines.where() + ": the file is empty");
    const std::string expected = "(expected '%%MatrixMarket matrix coordinate integer general')";
    std::string_view rest = line;
    if (lower(nextToken(rest)) != "%%matrixmarket")
        throw ReadError(lines.where() + ": not a Matrix Market header " + expected + ", found " +
                        quotedForMessage(line));
    const std::string object = lower(nextToken(rest)), format = lower(nextToken(rest)),
                      field = lower(nextToken(rest)), symmetry = lower(nextToken(rest));
    if (object != "matrix" || format != "coordinate" || symmetry != "general" ||
        (field != "integer" && field != "real" && field != "double" && field != "pattern"))
        throw ReadError(lines.where() + ": " + quotedForMessage(line) +
                        " is not a sparse matrix this reader knows " + expected);
    Header header;
    header.field = field == "pattern"   ? Field::Pattern
                   : field == "integer" ? Field::Integer
                                        : Field::Real;
    do {
        if (!lines.next(line)) throw ReadError(lines.where() + ": the size line is missing");
    } while (line.empty() || line.front() == '%' ||
             line.find_first_not_of(" \t") == std::string_view::npos);
    rest = line;
    header.rows = parseCount(nextToken(rest), lines, "rows");
    header.columns = parseCount(nextToken(rest), lines, "columns");
    header.entries = parseCount(nextToken(rest), lines, "entries");
    if (!nextToken(rest).empty())
        throw ReadError(lines.where() + ": the size line must hold three numbers, found " +
                        quotedForMessage(line));
    const std::string size = std::to_string(header.rows) + " x " + std::to_string(header.columns);
    if (header.rows < 0 || header.columns < 0 || header.rows > kLargestSide ||
        header.columns > kLargestSide)
        throw ReadError(lines.where() + ": " + size + " is not a matrix size LatentLab can hold");
    if (header.entries < 0 ||
        static_cast<long double>(header.entries) >
            static_cast<long double>(header.rows) * static_cast<long double>(header.columns))
        throw ReadError(lines.where() + ": " + std::to_string(header.entries) +
                        " entries cannot fit a " + size + " matrix");
    // The cells' offsets (8 bytes each) are allocated up front: a small file may not claim
    // billions of empty columns. 64 per byte still allows any real file.
    if (std::uint64_t(header.columns) > 1024 + largestSize * 64)
        throw ReadError(lines.where() + ": declares " + std::to_string(header.columns) +
                        " columns, more than a file of this size can describe");
    // The shortest entry line, "1 1\n", has four bytes.
    if (std::uint64_t(header.entries) > largestSize / 4)
        throw ReadError(lines.where() + ": declares " + std::to_string(header.entries) +
                        " entries, more than a file of this size can hold");
    return header;
}

/// Calls `use(row, column, value)` (0-based) for every entry, checking each against the header.
template <typename Use>
void readEntries(LineStream& lines, const Header& header, Use&& use) {
    std::int64_t seen = 0;
    std::string_view line;
    const int expectedTokens = header.field == Field::Pattern ? 2 : 3;
    while (lines.next(line)) {
        std::string_view rest = line;
        const std::string_view rowText = nextToken(rest);
        if (rowText.empty() || rowText.front() == '%') continue;
        if (seen == header.entries)
            throw ReadError(lines.where() + ": more entries than the " +
                            std::to_string(header.entries) + " the size line declares");
        const std::int64_t row = parseCount(rowText, lines, "row");
        const std::int64_t column = parseCount(nextToken(rest), lines, "column");
        double value = 1.0;
        if (expectedTokens == 3) {
            const std::string_view token = nextToken(rest);
            const char* end = token.data() + token.size();
            std::from_chars_result parsed{};
            if (header.field == Field::Integer) {
                long long whole = 0;
                parsed = std::from_chars(token.data(), end, whole);
                value = double(whole);
            } else {
                parsed = std::from_chars(token.data(), end, value);
            }
            if (token.empty() || parsed.ec != std::errc() || parsed.ptr != end)
                throw ReadError(
                    lines.where() + ": " +
                    (token.empty()
                         ? std::string("the value is missing")
                         : quotedForMessage(token) + " is not " +
                               (header.field == Field::Integer ? "an integer" : "a number")));
        }
        if (!nextToken(rest).empty())
            throw ReadError(lines.where() + ": expected " + std::to_string(expectedTokens) +
                            " numbers, found " + quotedForMessage(line));
        if (row < 1 || row > header.rows || column < 1 || column > header.columns)
            throw ReadError(lines.where() + ": entry (" + std::to_string(row) + ", " +
                            std::to_string(column) + ") is outside the declared " +
                            std::to_string(header.rows) + " x " + std::to_string(header.columns) +
                            " matrix");
        use(int(row - 1), int(column - 1), value);
        ++seen;
    }
    if (seen < header.entries)
        throw ReadError(lines.where() + ": the file ends after " + std::to_string(seen) +
                        " entries; the size line declares " + std::to_string(header.entries));
}

}  // namespace

SparseMatrix MatrixMarketReader::readTransposed(ByteSource& source, const std::string& name) {
    LineStream lines(source, name);
    const Header header = readHeader(lines, source.largestSize());
    const int cells = int(header.columns);
    const int genes = int(header.rows);
    std::vector<std::int64_t> indptr(std::size_t(cells) + 1, 0);
    std::vector<double> values;
    std::vector<int> indices;
    values.reserve(std::size_t(header.entries));
    indices.reserve(std::size_t(header.entries));
    bool inCellOrder = true;
    int lastCell = 0;
    readEntries(lines, header, [&](int gene, int cell, double value) {
        ++indptr[std::size_t(cell) + 1];
        if (!inCellOrder) return;
        if (cell < lastCell) {  // not Cell Ranger's order: count now, fill in a second pass
            inCellOrder = false;
            std::vector<double>().swap(values);
            std::vector<int>().swap(indices);
            return;
        }
        lastCell = cell;
        values.push_back(value);
        indices.push_back(gene);
    });
    for (std::size_t c = 0; c < std::size_t(cells); ++c) indptr[c + 1] += indptr[c];
    if (!inCellOrder) {
        values.assign(std::size_t(header.entries), 0.0);
        indices.assign(std::size_t(header.entries), 0);
        std::vector<std::int64_t> next(indptr.begin(), indptr.end() - 1);
        source.rewind();
        LineStream again(source, name);
        readHeader(again, source.largestSize());
        readEntries(again, header, [&](int gene, int cell, double value) {
            const std::size_t slot = std::size_t(next[std::size_t(cell)]++);
            values[slot] = value;
            indices[slot] = gene;
        });
    }
    canonicaliseRows(values, indices, indptr);
    return SparseMatrix::fromCsr(cells, genes, std::move(values), std::move(indices),
                                 std::move(indptr));
}

}  // namespace latentlab::io
