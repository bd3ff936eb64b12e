#include "CsvReader.h"

#include "CellProblems.h"
#include "CsvTokenizer.h"
#include "FileBytes.h"
#include "IoErrors.h"
#include "NumberText.h"
#include "PrintableText.h"
#include "TableNames.h"
#include "TextContent.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace latentlab::io {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

/// `source` is already printable (CsvReader::parse makes it so); names from the file are not.
std::string where(const std::string& source, int line) {
    return source + ", line " + std::to_string(line);
}

std::string where(const std::string& source, int line, const std::string& column) {
    return where(source, line) + ", column '" + printable(column) + "'";
}

void requireHeaderNotData(const std::vector<std::string>& header, const std::string& source,
                          int line) {
    double value = 0.0;
    for (const std::string& name : header)
        if (!parseNumber(name, value) || !std::isfinite(value)) return;
    std::string examples;
    for (std::size_t c = 0; c < header.size() && c < 3; ++c)
        examples += (c ? ", " : "") + quotedForMessage(header[c]);
    throw ReadError(where(source, line) + ": expected a header row naming the columns, found " +
                    "numbers (" + examples + ")");
}

void requireFieldCount(const std::vector<std::string>& fields, std::size_t expected,
                       const std::string& source, int line) {
    if (fields.size() == expected) return;
    throw ReadError(where(source, line) + ": " + std::to_string(fields.size()) +
                    (fields.size() == 1 ? " field" : " fields") + ", but the header has " +
                    std::to_string(expected));
}

/// Skips the blank lines before a table's header and reads it.
std::vector<std::string> readHeader(CsvTokenizer& tokens) {
    std::vector<std::string> header;
    while (tokens.next(header) && tokens.blank()) {
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
        header[c] = std::string(trimmed(header[c]));
        if (header[c].empty()) header[c] = "column " + std::to_string(c + 1);
    }
    return header;
}

/// Assigns label codes in order of first appearance; an empty label is an error.
class LabelCoder {
public:
    explicit LabelCoder(Dataset& data) : m_data(data) {}
    void add(const std::string& text, const std::string& source, int line,
             const std::string& column) {
        if (trimmed(text).empty())
            throw ReadError(where(source, line, column) + ": the label is empty");
        const auto code = m_codes.emplace(text, int(m_data.labelNames.size()));
        if (code.second) m_data.labelNames.push_back(text);
        m_data.labels.push_back(code.first->second);
    }

private:
    Dataset& m_data;
    std::unordered_map<std::string, int> m_codes;
};

/// "the label column 'class' and the ignored columns (id, batch)": what took every column.
std::string takenBy(const std::string& label, const std::vector<std::string>& ignored,
                    bool rowNames, const std::string& kind) {
    std::vector<std::string> parts;
    if (rowNames) parts.push_back("the names in the first column");
    if (!label.empty()) parts.push_back("the label " + kind + " '" + printable(label) + "'");
    if (!ignored.empty()) parts.push_back("the ignored " + kind + "s (" + nameList(ignored) + ")");
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i)
        text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return text;
}

}  // namespace

Dataset CsvReader::read(const QString& path) {
    return parse(readFileBytes(path), path.toStdString());
}

Dataset CsvReader::parse(const QByteArray& content, const std::string& source) {
    // Every message names the source; a file name may hold bytes a terminal would obey.
    m_source = printable(source);
    m_labelColumn.clear();
    m_ignored.clear();
    m_recordLines.clear();
    m_featureNames.clear();
    m_sampleNames.clear();
    m_missingCells = 0;
    requireText(content, source, "text table");
    // A view past the BOM that spreadsheet programs put in front of UTF-8 files.
    const qsizetype bom = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray text =
        QByteArray::fromRawData(content.constData() + bom, content.size() - bom);
    const bool empty = std::all_of(text.begin(), text.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
    if (empty) throw ReadError(m_source + ": the file is empty");

    m_delimiter = CsvTokenizer::detectDelimiter(text);
    CsvTokenizer tokens(text, m_delimiter, m_source);
    const std::vector<std::string> header = readHeader(tokens);
    requireHeaderNotData(header, m_source, tokens.line());
    m_headerLine = tokens.line();

    // Lines of the text, so that the values go straight into a matrix of about the right
    // size: growing and copying a 1000 x 5000 table cost a third of the reading time.
    const auto breaks = std::max(std::count(text.begin(), text.end(), '\n'),
                                 std::count(text.begin(), text.end(), '\r'));
    const bool lastEnds = text.endsWith('\n') || text.endsWith('\r');
    m_lineCount = std::size_t(breaks) + (lastEnds ? 0 : 1);
    CellProblems problems(m_source);
    Dataset data = m_options.transpose ? parseSamplesAsColumns(tokens, header, problems)
                                       : parseSamplesAsRows(tokens, header, problems);
    data.labelColumn = m_labelColumn;
    m_featureNames = data.columnNames;
    m_missingCells = problems.count();
    if (!m_options.keepMissing) problems.throwIfAny();
    return data;
}

double CsvReader::cellValue(const std::string& cell, int line, const std::string& column,
                            CellProblems& problems) const {
    double value = 0.0;
    if (trimmed(cell).empty()) {
        problems.add(line, column, "the cell is empty");
        return kMissing;
    }
    if (!parseNumber(cell, value)) {
        const bool decimalComma = m_delimiter != ',' && cell.find(',') != std::string::npos;
        problems.add(line, column,
                     quotedForMessage(cell) + " is not a number" +
                         (decimalComma ? " (use '.' as the decimal point)" : ""));
        return kMissing;
    }
    if (!std::isfinite(value)) {
        problems.add(line, column, quotedForMessage(cell) + " is not a finite number");
        return kMissing;
    }
    return value;
}

Dataset CsvReader::parseSamplesAsRows(CsvTokenizer& tokens, const std::vector<std::string>& header,
                                      CellProblems& problems) {
    const std::size_t first = m_options.rowNames ? 1 : 0;
    const std::size_t columns = header.size();
    if (first >= columns)
        throw ReadError(m_source + ": no columns besides the row names in the first column");
    std::vector<std::string> names(header.begin() + std::ptrdiff_t(first), header.end());
    if (m_options.uniqueNames) m_renamed = makeNamesUnique(names);
    const auto [once, twice] = firstDuplicate(names);
    if (twice >= 0) {
        throw ReadError(where(m_source, m_headerLine) + ": column '" +
                        printable(names[std::size_t(once)]) +
                        "' appears twice in the header (columns " +
                        std::to_string(first + std::size_t(once) + 1) + " and " +
                        std::to_string(first + std::size_t(twice) + 1) +
                        "); give each column its own name, or make repeated names unique "
                        "(data.unique_names)");
    }
    const NameRoles roles = resolveNameRoles(
        names, {m_options.labelColumn, m_options.ignoreColumns}, m_source, "column");

    enum Role { Feature, Label, Ignored, RowName };
    std::vector<Role> role(columns, Feature);
    Dataset data;
    if (first) role[0] = RowName;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (int(i) == roles.label) {
            role[first + i] = Label;
            m_labelColumn = names[i];
        } else if (roles.ignored[i]) {
            role[first + i] = Ignored;
            m_ignored.push_back(names[i]);
        } else {
            data.columnNames.push_back(names[i]);
        }
    }
    const std::size_t featureCount = data.columnNames.size();
    if (featureCount == 0) {
        throw ReadError(m_source + ": no numeric columns besides " +
                        takenBy(m_labelColumn, m_ignored, first, "column"));
    }

    // Filled row by row; below the header there are at most m_lineCount - 1 records (more
    // only with unusual line breaks, which grow it).
    Eigen::MatrixXd features(Eigen::Index(std::max<std::size_t>(m_lineCount, 2) - 1),
                             Eigen::Index(featureCount));
    Eigen::Index rows = 0;
    LabelCoder labels(data);
    std::vector<std::string> fields;
    // Cells holding words rather than numbers or gaps, per column: a column of nothing else
    // is not missing data but ids or categories, and says so below.
    std::vector<std::size_t> textCells(columns, 0);
    std::vector<std::string> firstText(columns);
    while (tokens.next(fields)) {
        // Blank lines (often trailing) carry no row; in a one-column table they are empty cells.
        if (tokens.blank() && columns > 1) continue;
        const int line = tokens.line();
        requireFieldCount(fields, columns, m_source, line);
        m_recordLines.push_back(line);
        if (rows == features.rows()) features.conservativeResize(2 * rows, Eigen::NoChange);
        Eigen::Index feature = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            switch (role[c]) {
                case Feature: {
                    const double value = cellValue(fields[c], line, header[c], problems);
                    features(rows, feature++) = value;
                    double unused = 0.0;
                    if (std::isnan(value) && !trimmed(fields[c]).empty() &&
                        !parseNumber(fields[c], unused) && textCells[c]++ == 0)
                        firstText[c] = fields[c];
                    break;
                }
                case Label:
                    labels.add(fields[c], m_source, line, header[c]);
                    break;
                case RowName:
                    data.rowNames.emplace_back(trimmed(fields[c]));
                    break;
                case Ignored:
                    break;
            }
        }
        ++rows;
    }
    if (rows == 0) throw ReadError(m_source + ": no data rows below the header");
    for (std::size_t c = 0; c < columns && rows >= 2; ++c) {
        if (role[c] != Feature || textCells[c] != std::size_t(rows)) continue;
        const std::string what = m_source + ", column '" + printable(header[c]) +
                                 "': every cell is text (such as " +
                                 quotedForMessage(firstText[c]) + "), not a number; ";
        if (c == 0) {
            throw ReadError(what +
                            "if the column names the rows, set data.row_names = true, else "
                            "ignore it (data.ignore_columns)");
        }
        throw ReadError(what + "ignore it (data.ignore_columns) or make it the label column");
    }
    if (rows < features.rows()) features = features.topRows(rows).eval();
    data.features = std::move(features);
    return data;
}

Dataset CsvReader::parseSamplesAsColumns(CsvTokenizer& tokens,
                                         const std::vector<std::string>& header,
                                         CellProblems& problems) {
    const std::size_t first = m_options.rowNames ? 1 : 0;
    const std::size_t columns = header.size();
    if (first >= columns)
        throw ReadError(m_source + ": no sample columns besides the row names in the first column");
    Dataset data;
    m_sampleNames.assign(header.begin() + std::ptrdiff_t(first), header.end());
    data.rowNames = m_sampleNames;
    const std::size_t samples = m_sampleNames.size();

    // First pass: the rows' names, so that the label row and the ignored rows are known
    // before their cells are read (the label row may be anywhere).
    std::vector<std::string> names;
    std::vector<int> nameLines;
    std::vector<std::string> fields;
    CsvTokenizer namePass = tokens;
    while (namePass.next(fields)) {
        if (namePass.blank() && columns > 1) continue;
        const std::string name(trimmed(fields.front()));
        names.push_back(!first         ? "feature " + std::to_string(names.size() + 1)
                        : name.empty() ? "line " + std::to_string(namePass.line())
                                       : name);
        nameLines.push_back(namePass.line());
    }
    if (m_options.uniqueNames) m_renamed = makeNamesUnique(names);
    const auto [once, twice] = firstDuplicate(names);
    if (twice >= 0) {
        throw ReadError(m_source + ": row '" + printable(names[std::size_t(once)]) +
                        "' appears twice in the first column (lines " +
                        std::to_string(nameLines[std::size_t(once)]) + " and " +
                        std::to_string(nameLines[std::size_t(twice)]) +
                        "); give each row its own name, or make repeated names unique "
                        "(data.unique_names)");
    }
    NameRoles roles;
    roles.ignored.assign(names.size(), false);
    if (first) {
        roles = resolveNameRoles(names, {m_options.labelColumn, m_options.ignoreColumns}, m_source,
                                 "row");
    } else if ((!m_options.labelColumn.empty() && !meansNoLabels(m_options.labelColumn)) ||
               !m_options.ignoreColumns.empty()) {
        throw ReadError(m_source +
                        ": a transposed table finds its label row and ignored rows by the names "
                        "in its first column; set data.row_names = true");
    }

    // One column per feature, each filled contiguously from one line of the file.
    Eigen::MatrixXd features(Eigen::Index(samples), Eigen::Index(names.size()));
    Eigen::Index feature = 0;
    LabelCoder labels(data);
    std::size_t record = 0;
    while (tokens.next(fields)) {
        if (tokens.blank() && columns > 1) continue;
        const int line = tokens.line();
        requireFieldCount(fields, columns, m_source, line);
        const std::size_t index = record++;
        if (int(index) == roles.label) {
            m_labelColumn = names[index];
            for (std::size_t s = 0; s < samples; ++s)
                labels.add(fields[first + s], m_source, line, m_sampleNames[s]);
        } else if (roles.ignored[index]) {
            m_ignored.push_back(names[index]);
        } else {
            data.columnNames.push_back(names[index]);
            m_recordLines.push_back(line);
            for (std::size_t s = 0; s < samples; ++s) {
                features(Eigen::Index(s), feature) =
                    cellValue(fields[first + s], line, m_sampleNames[s], problems);
            }
            ++feature;
        }
    }
    if (names.empty()) throw ReadError(m_source + ": no data rows below the header");
    if (feature == 0) {
        throw ReadError(m_source + ": no numeric rows besides " +
                        takenBy(m_labelColumn, m_ignored, false, "row"));
    }
    features.conservativeResize(Eigen::NoChange, feature);  // without the label/ignored rows
    data.features = std::move(features);
    return data;
}

std::string CsvReader::cellLocation(int row, int column) const {
    if (m_options.transpose) {
        return where(m_source, m_recordLines[std::size_t(column)], m_sampleNames[std::size_t(row)]);
    }
    return where(m_source, m_recordLines[std::size_t(row)], m_featureNames[std::size_t(column)]);
}

std::string CsvReader::featureLocation(int column) const {
    const std::string& name = m_featureNames[std::size_t(column)];
    if (m_options.transpose)
        return where(m_source, m_recordLines[std::size_t(column)]) + ", row '" + printable(name) +
               "'";
    return m_source + ", column '" + printable(name) + "'";
}

}  // namespace latentlab::io
