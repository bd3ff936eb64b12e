// Expression inputs as Datasets: tells a .h5ad, a 10x folder and a plain table apart by their
// content, reads them (or simulates counts), matches labels (obs annotation or --labels file)
// and runs scanpy's recipe (filters, normalize_total + log1p, gene selection) on them.
//
//   if (detectInput(config.path) != InputKind::Table) return loadExpression(config, &report);
//   Dataset table = ...;                                     // a CSV read as it always was
//   if (recipeRequested(config)) table = tableThroughRecipe(std::move(table), config, report);
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "DatasetLoader.h"

#include <string>

namespace latentlab::io {

enum class InputKind {
    Table,  ///< CSV / TSV text (and anything else: the CSV reader says what it is)
    H5ad,   ///< starts with the HDF5 signature \x89HDF\r\n\x1a\n, or is a file named *.h5ad
    Tenx    ///< a folder, or a path ending in matrix.mtx or matrix.mtx.gz
};

/// What `path` holds, from the file system and the first 8 bytes; never throws.
InputKind detectInput(const std::string& path);

/// Whether one of min_genes, min_cells, normalize_total, top_genes is set (0 is off).
bool recipeRequested(const DataConfig& config);

/// data.source = counts, or config.path as a .h5ad or 10x folder: read, labels matched,
/// the recipe run (z-score off: data.scaling and data.clip follow in the pipeline).
/// Throws ReadError naming file and element, DataError, ConfigError. `onStep` as loadDataset's.
Dataset loadExpression(const DataConfig& config, ImportReport* report = nullptr,
                       const LoadStepCallback& onStep = {});

/// A table loaded by the CSV reader (log1p not yet applied) through the same recipe.
Dataset tableThroughRecipe(Dataset table, const DataConfig& config, ImportReport& report);

/// data.labels_path matched to a table's row names, or to its row numbers from 1 when it has
/// none (no recipe); rows the file does not name are an error or, with data.missing = drop,
/// dropped.
void applyLabelsFile(Dataset& data, const DataConfig& config, ImportReport& report);

}  // namespace latentlab::io
