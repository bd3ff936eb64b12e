// Numeric clean-up of a loaded table before scaling: log(1 + x) for counts such as gene
// expression, and the two ways of going on with missing cells (marked NaN by the reader):
// drop the rows that have any, or replace them by the mean of their column's valid cells.
//
//   applyLog1p(data);                                   // throws CellValueError below -1
//   const int dropped = dropRowsWithMissing(data);      // or imputeColumnMeans(data)
#pragma once

#include "Dataset.h"
#include "Errors.h"

#include <string>
#include <vector>

namespace latentlab {

/// One cell of a Dataset that a transform cannot use. The message names the row (1-based)
/// and column as the core sees them; a file reader can re-locate it with row() / column().
class CellValueError : public DataError {
public:
    CellValueError(int row, int column, double value, const std::string& message)
        : DataError(message), m_row(row), m_column(column), m_value(value) {}
    int row() const { return m_row; }        ///< 0-based row of the Dataset
    int column() const { return m_column; }  ///< 0-based feature column of the Dataset
    double value() const { return m_value; }

private:
    int m_row;
    int m_column;
    double m_value;
};

/// A whole feature column a transform cannot use (e.g. no valid value to take a mean of).
class ColumnValueError : public DataError {
public:
    ColumnValueError(int column, const std::string& message)
        : DataError(message), m_column(column) {}
    int column() const { return m_column; }  ///< 0-based feature column of the Dataset

private:
    int m_column;
};

/// Replaces every feature x by log(1 + x); NaN (missing) cells stay NaN. Throws
/// CellValueError for the first value <= -1 (row by row), where log(1 + x) is undefined or
/// -infinity; the data are unchanged then.
void applyLog1p(Dataset& data);

/// Whether the feature cell holds a missing-value marker (NaN).
inline bool isMissing(double value) { return value != value; }

/// Removes the rows with any missing feature, with their labels and row names; label codes
/// are renumbered so that classes no row has any more disappear. Returns how many rows went.
/// Throws DataError if no row is complete.
int dropRowsWithMissing(Dataset& data);

/// Replaces missing cells by the mean of the valid cells of their column. Returns how many
/// cells were replaced in each column. Throws ColumnValueError for a column with no valid cell.
std::vector<int> imputeColumnMeans(Dataset& data);

/// Text of a number for messages: "-2", "0.5", "1e+300".
std::string numberForMessage(double value);

}  // namespace latentlab
