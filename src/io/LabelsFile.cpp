#include "LabelsFile.h"

#include "CsvTokenizer.h"
#include "FileBytes.h"
#include "IoErrors.h"
#include "PrintableText.h"
#include "TextContent.h"

#include <unordered_map>

namespace latentlab::io {

namespace {

std::string where(const std::string& source, int line) {
    return source + ", line " + std::to_string(line);
}

/// Reads the next record that is not a blank line; false at the end.
bool nextRecord(CsvTokenizer& tokens, std::vector<std::string>& fields) {
    while (tokens.next(fields))
        if (!tokens.blank()) return true;
    return false;
}

}  // namespace

MatchedLabels LabelsFile::match(const QString& path,
                                const std::vector<std::string>& rowNames) const {
    return matchContent(readFileBytes(path), path.toStdString(), rowNames);
}

MatchedLabels LabelsFile::matchContent(const QByteArray& content, const std::string& source,
                                       const std::vector<std::string>& rowNames) const {
    const std::string name = printable(source);
    if (rowNames.empty())
        throw ReadError(name + ": the data has no row names to match the labels to");
    requireText(content, source, "labels table");
    const qsizetype bom = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray text =
        QByteArray::fromRawData(content.constData() + bom, content.size() - bom);
    CsvTokenizer tokens(text, CsvTokenizer::detectDelimiter(text), name);

    std::unordered_map<std::string, std::size_t> rowOf;
    for (std::size_t r = 0; r < rowNames.size(); ++r) rowOf.emplace(rowNames[r], r);

    std::vector<std::string> fields;
    if (!nextRecord(tokens, fields)) throw ReadError(name + ": the file is empty");
    MatchedLabels result;
    std::size_t labelField = 1;
    // A first line whose first field names a data row is data: the file has no header.
    const bool header = fields.empty() || rowOf.count(fields.front()) == 0;
    if (header) {
        if (!m_options.column.empty()) {
            labelField = fields.size();
            for (std::size_t f = 1; f < fields.size(); ++f)
                if (fields[f] == m_options.column) labelField = f;
            if (labelField == fields.size())
                throw ReadError(where(name, tokens.line()) + ": no column " +
                                quotedForMessage(m_options.column) + " (after the row names)");
        }
        if (fields.size() < 2)
            throw ReadError(where(name, tokens.line()) +
                            ": expected two columns or more (row names, then labels)");
        result.column = fields[labelField];
    } else if (!m_options.column.empty()) {
        throw ReadError(where(name, tokens.line()) + ": no header line naming the column " +
                        quotedForMessage(m_options.column));
    }

    result.labels.assign(rowNames.size(), std::string());
    std::vector<int> lineOf(rowNames.size(), 0);
    bool pending = !header;  // the first record is already in `fields`
    while (pending || nextRecord(tokens, fields)) {
        pending = false;
        const int line = tokens.line();
        if (fields.size() <= labelField)
            throw ReadError(where(name, line) + ": " + std::to_string(fields.size()) + " field" +
                            (fields.size() == 1 ? "" : "s") + ", expected at least " +
                            std::to_string(labelField + 1));
        const auto found = rowOf.find(fields.front());
        if (found == rowOf.end()) {
            ++result.unmatched;
            continue;
        }
        if (lineOf[found->second] != 0)
            throw ReadError(where(name, line) + ": " + quotedForMessage(fields.front()) +
                            " is listed again (first on line " +
                            std::to_string(lineOf[found->second]) + ")");
        lineOf[found->second] = line;
        result.labels[found->second] = fields[labelField];
    }

    result.keep.assign(rowNames.size(), true);
    std::string firstMissing;
    for (std::size_t r = 0; r < rowNames.size(); ++r) {
        if (lineOf[r] != 0) continue;
        result.keep[r] = false;
        if (result.missing < 3)
            firstMissing += (result.missing ? ", " : "") + quotedForMessage(rowNames[r]);
        ++result.missing;
    }
    if (result.missing > 0 && !m_options.dropMissing)
        throw ReadError(name + ": " + std::to_string(result.missing) + " of the data's " +
                        std::to_string(rowNames.size()) + " rows have no label (" + firstMissing +
                        (result.missing > 3 ? ", ..." : "") +
                        "); list them in the file or drop them");
    return result;
}

}  // namespace latentlab::io
