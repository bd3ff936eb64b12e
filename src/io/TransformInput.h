// Reads the table a saved model is applied to the way the model's training table was read
// (loadDataset with the training DataConfig: dialect, row names, transpose, missing cells,
// log1p), so the new rows get the same preprocessing. New data are often unlabelled, and
// may lack an ID column the training table had: a label or ignored column the new table
// does not have is no error.
//
//   Dataset fresh = readTransformInput(session.config.data, "new_samples.csv");  // ReadError
#pragma once

#include "Config.h"
#include "Dataset.h"

#include <QString>

namespace latentlab::io {

struct ImportReport;

/// The training DataConfig with `path` put in and the label and ignored columns the new
/// table lacks taken out; reads the table's names (only what it needs) to find out.
DataConfig transformDialect(const DataConfig& training, const QString& path);

Dataset readTransformInput(const DataConfig& training, const QString& path,
                           ImportReport* report = nullptr);

}  // namespace latentlab::io
