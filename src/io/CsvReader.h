// Reads a CSV/TSV table with a header row into a Dataset: numeric feature columns, an
// optional label column (texts kept exactly), optional row names, ignored columns, and
// tables stored samples-as-columns (genes as rows). Errors name the file, the line as a
// text editor counts it (the header is line 1) and the column.
//
//   CsvReader reader({"species"});
//   Dataset data = reader.read("iris.csv");      // throws ReadError
//   reader.labelColumn();                        // "species"
#pragma once

#include "Dataset.h"

#include <QByteArray>
#include <QString>
#include <string>
#include <vector>

namespace latentlab::io {

class CellProblems;
class CsvTokenizer;

struct CsvReadOptions {
    /// Column holding the true labels. Empty: a column named "label" or "class" (any case)
    /// if there is one, else the table is unlabelled; "none" (any case): unlabelled.
    std::string labelColumn;
    /// Columns left out (names as in the header; with `transpose`, names in the first column).
    std::vector<std::string> ignoreColumns{};  // "{}" keeps CsvReader({"x"}) free of warnings
    /// The first column names the file's rows: samples, or with `transpose` the features.
    bool rowNames = false;
    /// The file holds one sample per column: the header names the samples and each further
    /// line is one feature (a row named like the label column holds the labels).
    bool transpose = false;
    /// Empty, non-numeric and non-finite cells become NaN instead of an error.
    bool keepMissing = false;
    /// Repeated feature names become "A", "A.1", ... instead of an error.
    bool uniqueNames = false;
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
    /// Cells of the last read that were empty or not numbers (NaN with keepMissing).
    long long missingCells() const { return m_missingCells; }
    /// Feature names the last read left out.
    const std::vector<std::string>& ignoredColumns() const { return m_ignored; }
    /// New names the last read gave repeated names (with uniqueNames): "TP53.1", ...
    const std::vector<std::string>& renamedNames() const { return m_renamed; }

    /// Where a cell of the last read's Dataset is in the file: "x.csv, line 5, column 'S3'".
    std::string cellLocation(int row, int column) const;
    /// Where a feature of the last read's Dataset is: "x.csv, column 'X3'" or, transposed,
    /// "x.csv, line 5 (row 'TP53')".
    std::string featureLocation(int column) const;

private:
    Dataset parseSamplesAsRows(CsvTokenizer& tokens, const std::vector<std::string>& header,
                               CellProblems& problems);
    Dataset parseSamplesAsColumns(CsvTokenizer& tokens, const std::vector<std::string>& header,
                                  CellProblems& problems);
    /// The cell as a number, or NaN after noting what is wrong with it.
    double cellValue(const std::string& cell, int line, const std::string& column,
                     CellProblems& problems) const;

    CsvReadOptions m_options;
    std::string m_source;
    std::string m_labelColumn;
    std::vector<std::string> m_ignored;
    char m_delimiter = ',';
    long long m_missingCells = 0;
    std::vector<std::string> m_renamed;
    int m_headerLine = 1;
    std::size_t m_lineCount = 0;  ///< lines of the text being read (a size hint)
    /// Line of each sample (or, transposed, of each feature) in the file.
    std::vector<int> m_recordLines;
    std::vector<std::string> m_featureNames;
    /// Transposed only: the header's name of each sample.
    std::vector<std::string> m_sampleNames;
};

}  // namespace latentlab::io
