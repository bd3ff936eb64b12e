// The one way a DataConfig's file becomes the Dataset the pipeline runs on: dialect, label
// column, ignored columns, row names, transpose, missing cells, then log(1 + x). The CLI, the
// GUI and "apply a saved model to a new file" all call it, so every table is prepared alike.
//
//   ImportReport report;
//   Dataset data = loadDataset(config.data, &report);    // throws DataError (ReadError)
//   if (!report.missingSummary().empty()) print(report.missingSummary());
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "ExpressionRecipe.h"

#include <QByteArray>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace latentlab::io {

/// What loading did to the table, for the user to see.
struct ImportReport {
    std::string source;
    char delimiter = ',';
    int rowsRead = 0;                         ///< samples in the file
    int rows = 0;                             ///< samples the pipeline gets
    int columns = 0;                          ///< features the pipeline gets
    std::string labelColumn;                  ///< used for the labels; empty: unlabelled
    std::vector<std::string> ignoredColumns;  ///< as named in the file
    bool transposed = false;
    bool log1p = false;
    std::vector<std::string> renamedNames;  ///< repeated names made unique: "TP53.1", ...
    long long missingCells = 0;             ///< empty or non-numeric cells found
    int rowsDropped = 0;
    long long cellsImputed = 0;
    std::vector<std::pair<std::string, int>> imputedColumns;  ///< each column with imputed cells
    bool expression = false;            ///< the expression recipe ran (then `preprocessing`)
    PreprocessingCounts preprocessing;  ///< cells and genes in, kept, selected

    // Summaries quote names from the file printable (printable()), ready for any screen.
    /// "Dropped 3 rows with missing values (of 150)"; empty if no cell was missing.
    std::string missingSummary() const;
    /// "Made 2 repeated names unique: TP53.1, MYC.1"; empty if none was renamed.
    std::string renamedSummary() const;
    /// "20,000 cells → 19,874 kept; 20,000 genes → 17,452 → 2,000 selected"; empty unless
    /// the expression recipe ran.
    std::string preprocessingSummary() const;
    /// One line for the GUI: "150 rows × 4 columns, labels from 'class'; dropped ...", with
    /// the preprocessing summary first when the recipe ran.
    std::string summary() const;
};

/// Where loading is, for a front end's progress: the file is read, then (for a .h5ad, 10x or
/// counts input, or a table with a recipe option set) the expression recipe runs.
enum class LoadStep { Reading, Preprocessing };
using LoadStepCallback = std::function<void(LoadStep step)>;

/// Reads config.path with every option of `config`: a .h5ad or 10x folder (told by content,
/// see ExpressionLoader) or a CSV/TSV table; data.source = counts simulates counts instead.
/// Labels from data.labels_path, then the expression recipe where it applies. Throws
/// ReadError naming file, line, column and value; DataError for other unusable data.
/// `onStep`, if given, is called (on the calling thread) as each step begins.
Dataset loadDataset(const DataConfig& config, ImportReport* report = nullptr,
                    const LoadStepCallback& onStep = {});
/// The same on a file's contents; `source` names them in messages.
Dataset parseDataset(const QByteArray& content, const std::string& source, const DataConfig& config,
                     ImportReport* report = nullptr);

/// Names a label or ignored column can take in config.path, as loadDataset would see them
/// (the header, or with transpose the first column; a .h5ad's obs columns). Reads only
/// what it needs; throws ReadError like loadDataset. Empty for a 10x input, whose labels
/// come from a labels file.
std::vector<std::string> columnCandidates(const DataConfig& config);

/// Whether loading with `a` gives the same Dataset as with `b` (same file, same options).
bool sameImport(const DataConfig& a, const DataConfig& b);

}  // namespace latentlab::io
