// data.csv of a run folder: the scaled matrix the methods saw, one row per data row, the
// label column last. It is most of a run folder's bytes (20,000 cells x 2,000 genes is
// 150 MB), so blocks of rows are formatted on several threads and streamed to the file in
// order: the same bytes as one CsvWriter would give, never the whole text in memory.
//
//   writeDataCsv(dir.filePath("data.csv"), result.data, "species", config.threads);
#pragma once

#include "Dataset.h"

#include <QString>
#include <string>

namespace latentlab::io {

/// Throws WriteError naming the path; an older file stays as it was until the new one is
/// complete. `threads` 0: one per core.
void writeDataCsv(const QString& path, const Dataset& data, const std::string& labelColumn,
                  int threads = 0);

}  // namespace latentlab::io
