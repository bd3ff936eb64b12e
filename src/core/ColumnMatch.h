// How a new table's feature columns line up with the columns a model was fitted on: the
// same names in the same order, the same names reordered, or a mismatch with what is
// missing and what is unexpected, so the user can fix the file.
//
//   ColumnMatch match = matchColumns(model.columns, input.columnNames);
//   if (!match.ok()) throw ColumnMismatch(match.describe());
#pragma once

#include "Errors.h"

#include <string>
#include <vector>

namespace latentlab {

/// The new data's columns are not the model's ("1 missing ('X3'), 1 unexpected ('Y1')").
class ColumnMismatch : public DataError {
public:
    using DataError::DataError;
};

struct ColumnMatch {
    /// For each model column, its index among the input's columns; -1 when missing.
    std::vector<int> inputIndex;
    std::vector<std::string> missing;     ///< model columns the input lacks, in model order
    std::vector<std::string> unexpected;  ///< input columns the model does not know (or repeats)
    bool reordered = false;               ///< all there, but in another order

    bool ok() const { return missing.empty() && unexpected.empty(); }
    /// One line for the user: "10 columns, as in the model", "... reordered to the model's
    /// order", or the counts and first names of the missing and unexpected columns.
    std::string describe() const;
};

/// Names are compared exactly (case and spaces count), as the model stores them.
ColumnMatch matchColumns(const std::vector<std::string>& modelColumns,
                         const std::vector<std::string>& inputColumns);

}  // namespace latentlab
