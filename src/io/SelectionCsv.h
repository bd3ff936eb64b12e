// The files the Selection panel writes: the selected rows with their labels, clusters and
// every method's coordinates (selection.csv), and a labels file marking each row "selected"
// or "not" that LabelsFile reads back, plus the data settings that make it the next run's
// truth.
//
//   writeFileAtomically(path, selectionCsv(result, selection.mask()));
//   writeFileAtomically(labels, selectionLabelsCsv(result, selection.mask()));
//   config.data = selectionAsTruth(result, labels.toStdString());
#pragma once

#include "Config.h"
#include "Result.h"

#include <QByteArray>
#include <string>
#include <vector>

namespace latentlab::io {

/// Header of the labels file's label column, and its two values.
inline constexpr const char* kSelectionColumn = "selection";
inline constexpr const char* kSelectedLabel = "selected";
inline constexpr const char* kNotSelectedLabel = "not";

/// One line per selected row, in order: row (1 for the first, as the Data tab numbers them),
/// row_name (when the data names its rows), label (with true labels), <method>_cluster per
/// method, then <method>_z1.. per method. `selected` is per row of result.data.
QByteArray selectionCsv(const Result& result, const std::vector<bool>& selected);

/// Every row of result.data as "<key>,selected" or "<key>,not" under a header line; the key
/// is the name the loader matches the row by (its row name, or its number from 1 for a table
/// that names none).
QByteArray selectionLabelsCsv(const Result& result, const std::vector<bool>& selected);

/// Why the data of `result` cannot take a labels file (generated data); empty when it can.
std::string selectionTruthProblem(const Result& result);

/// result.config.data reading `labelsPath` as the true labels: its selection column is the
/// label column, and a table's own label column, if it had one, is left out of the features.
DataConfig selectionAsTruth(const Result& result, const std::string& labelsPath);

}  // namespace latentlab::io
