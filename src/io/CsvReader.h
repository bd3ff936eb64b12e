// Reads a CSV/TSV table with a header row into a Dataset: every column is numeric except an
// optional label column, whose texts are kept exactly as written. Errors name the file, the
// line as a text editor counts it (the header is line 1) and the column.
//
//   CsvReader reader({"species"});
//   Dataset data = reader.read("iris.csv");      // throws ReadError
//   reader.labelColumn();                        // "species"
#pragma once

#include "Dataset.h"

#include <QByteArray>
#include <QString>
#include <string>

namespace latentlab::io {

struct CsvReadOptions {
    /// Column holding the true labels. Empty: a column named "label" or "class" (any case)
    /// if there is one, else the table is unlabelled.
    std::string labelColumn;
};

class CsvReader {
public:
    explicit CsvReader(CsvReadOptions options = {}) : m_options(std::move(options)) {}

    /// Reads a file (UTF-8, optional BOM; ',', ';' or tab detected from the header line).
    Dataset read(const QString& path);
    /// Parses file contents; `source` names them in error messages.
    Dataset parse(const QByteArray& content, const std::string& source);

    /// Header name of the label column used by the last read; empty if it had none.
    const std::string& labelColumn() const { return m_labelColumn; }
    /// Delimiter detected by the last read.
    char delimiter() const { return m_delimiter; }

private:
    int findLabelColumn(const std::vector<std::string>& header, const std::string& source) const;

    CsvReadOptions m_options;
    std::string m_labelColumn;
    char m_delimiter = ',';
};

}  // namespace latentlab::io
