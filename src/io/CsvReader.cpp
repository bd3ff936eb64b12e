#include "CsvReader.h"

#include "CsvTokenizer.h"
#include "FileBytes.h"
#include "IoErrors.h"
#include "NumberText.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace latentlab::io {
namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return text;
}

/// A cell's text for an error message: on one line, and not overly long.
std::string quoted(const std::string& text) {
    constexpr std::size_t kLongest = 40;
    std::string shown;
    for (char c : text) shown += (c == '\n' || c == '\r') ? ' ' : c;
    if (shown.size() > kLongest) shown = shown.substr(0, kLongest) + "...";
    return "'" + shown + "'";
}

std::string where(const std::string& source, int line) {
    return source + ", line " + std::to_string(line);
}

std::string where(const std::string& source, int line, const std::string& column) {
    return where(source, line) + ", column '" + column + "'";
}

void requireHeaderNotData(const std::vector<std::string>& header, const std::string& source,
                          int line) {
    double value = 0.0;
    for (const std::string& name : header)
        if (!parseNumber(name, value) || !std::isfinite(value)) return;
    std::string examples;
    for (std::size_t c = 0; c < header.size() && c < 3; ++c)
        examples += (c ? ", " : "") + quoted(header[c]);
    throw ReadError(where(source, line) + ": expected a header row naming the columns, found " +
                    "numbers (" + examples + ")");
}

}  // namespace

Dataset CsvReader::read(const QString& path) {
    return parse(readFileBytes(path), path.toStdString());
}

int CsvReader::findLabelColumn(const std::vector<std::string>& header,
                               const std::string& source) const {
    const std::string& wanted = m_options.labelColumn;
    if (!wanted.empty()) {
        const auto exact = std::find(header.begin(), header.end(), wanted);
        if (exact != header.end()) return int(exact - header.begin());
        for (std::size_t c = 0; c < header.size(); ++c)
            if (lowered(header[c]) == lowered(wanted)) return int(c);
        std::string names;
        for (std::size_t c = 0; c < header.size(); ++c) names += (c ? ", " : "") + header[c];
        throw ReadError(source + ": no label column '" + wanted + "' (columns: " + names + ")");
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string name = lowered(header[c]);
        if (name == "label" || name == "class") return int(c);
    }
    return -1;
}

Dataset CsvReader::parse(const QByteArray& content, const std::string& source) {
    m_labelColumn.clear();
    if (content.startsWith("\xFF\xFE") || content.startsWith("\xFE\xFF"))
        throw ReadError(source + ": the file is UTF-16 text; save it as UTF-8");
    // A view past the BOM that spreadsheet programs put in front of UTF-8 files.
    const qsizetype bom = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray text =
        QByteArray::fromRawData(content.constData() + bom, content.size() - bom);
    const bool empty = std::all_of(text.begin(), text.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
    if (empty) throw ReadError(source + ": the file is empty");

    m_delimiter = CsvTokenizer::detectDelimiter(text);
    CsvTokenizer tokens(text, m_delimiter, source);
    std::vector<std::string> header;
    while (tokens.next(header) && tokens.blank()) {
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
        header[c] = std::string(trimmed(header[c]));
        if (header[c].empty()) header[c] = "column " + std::to_string(c + 1);
    }
    requireHeaderNotData(header, source, tokens.line());

    const int labelIndex = findLabelColumn(header, source);
    if (labelIndex >= 0) m_labelColumn = header[std::size_t(labelIndex)];
    const std::size_t columns = header.size();
    const std::size_t featureCount = columns - (labelIndex >= 0 ? 1 : 0);
    if (featureCount == 0)
        throw ReadError(source + ": no numeric columns besides the label column '" + m_labelColumn +
                        "'");

    Dataset data;
    data.labelColumn = m_labelColumn;
    for (std::size_t c = 0; c < columns; ++c)
        if (int(c) != labelIndex) data.columnNames.push_back(header[c]);
    std::vector<double> values;  // row-major
    std::unordered_map<std::string, int> codes;
    std::vector<std::string> fields;
    while (tokens.next(fields)) {
        // Blank lines (often trailing) carry no row; in a one-column table they are empty cells.
        if (tokens.blank() && columns > 1) continue;
        const int line = tokens.line();
        if (fields.size() != columns) {
            throw ReadError(where(source, line) + ": " + std::to_string(fields.size()) +
                            (fields.size() == 1 ? " field" : " fields") + ", but the header has " +
                            std::to_string(columns));
        }
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string& cell = fields[c];
            if (int(c) == labelIndex) {
                if (trimmed(cell).empty())
                    throw ReadError(where(source, line, header[c]) + ": the label is empty");
                const auto code = codes.emplace(cell, int(data.labelNames.size()));
                if (code.second) data.labelNames.push_back(cell);
                data.labels.push_back(code.first->second);
                continue;
            }
            double value = 0.0;
            if (trimmed(cell).empty())
                throw ReadError(where(source, line, header[c]) + ": the cell is empty");
            if (!parseNumber(cell, value)) {
                const bool decimalComma = m_delimiter != ',' && cell.find(',') != std::string::npos;
                throw ReadError(where(source, line, header[c]) + ": " + quoted(cell) +
                                " is not a number" +
                                (decimalComma ? " (use '.' as the decimal point)" : ""));
            }
            if (!std::isfinite(value)) {
                throw ReadError(where(source, line, header[c]) + ": " + quoted(cell) +
                                " is not a finite number");
            }
            values.push_back(value);
        }
    }
    const Eigen::Index rows = Eigen::Index(values.size() / featureCount);
    if (rows == 0) throw ReadError(source + ": no data rows below the header");
    data.features =
        Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
            values.data(), rows, Eigen::Index(featureCount));
    return data;
}

}  // namespace latentlab::io
