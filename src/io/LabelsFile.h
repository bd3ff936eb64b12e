// A labels file (--labels): a CSV/TSV whose first column names rows (barcodes, sample ids) and
// whose named (else second) column holds each row's label, matched by name to the data's rows.
// Rows the file does not list are an error, or with `dropMissing` rows to drop.
//
//   LabelsFile labels({"cell_type"});
//   MatchedLabels matched = labels.match("celltypes.csv", data.cellNames);
//   matched.labels[row];            // the label of data row `row`
#pragma once

#include <QByteArray>
#include <QString>
#include <string>
#include <vector>

namespace latentlab::io {

struct LabelsOptions {
    /// Header name of the label column; empty: the second column.
    std::string column{};
    /// Rows missing from the file are marked in MatchedLabels::keep instead of an error.
    bool dropMissing = false;
};

struct MatchedLabels {
    std::vector<std::string> labels;  ///< one per data row; "" for a row not in the file
    std::vector<bool> keep;           ///< false for rows not in the file (only with dropMissing)
    int missing = 0;                  ///< data rows not in the file
    int unmatched = 0;                ///< file rows naming no data row (ignored)
    std::string column;               ///< header name of the label column used ("" if no header)
};

class LabelsFile {
public:
    explicit LabelsFile(LabelsOptions options = {}) : m_options(std::move(options)) {}

    /// Throws ReadError "<file>, line N: ..." for an unreadable file, a missing column, a row
    /// name listed twice, or (without dropMissing) data rows the file does not list:
    /// "<file>: 3 of the data's 100 rows have no label ('A', 'B', 'C'); ...".
    MatchedLabels match(const QString& path, const std::vector<std::string>& rowNames) const;
    /// The same for content in memory; `source` names it in messages.
    MatchedLabels matchContent(const QByteArray& content, const std::string& source,
                               const std::vector<std::string>& rowNames) const;

private:
    LabelsOptions m_options;
};

}  // namespace latentlab::io
