// A run folder read back as one history row (HistoryCsv.h): its config.json and
// metrics.json, for grids, `latentlab-cli merge` and the GUI's History. RunFolder writes
// metrics.json last, so a folder holding both files is a finished run.
//
//   for (const QString& folder : subfolders(dir))
//       if (hasRunFiles(folder)) rows.push_back(readFinishedRun(folder));   // throws ReadError
#pragma once

#include "HistoryCsv.h"
#include "MetricsJson.h"

#include <QString>
#include <QStringList>

namespace latentlab::io {

/// config.json and metrics.json are both there (whether they parse is readFinishedRun's).
bool hasRunFiles(const QString& folder);
/// The folder as a history row: its name, metrics.json's time, the config, the metrics (with
/// repeats, each metric's mean over them). Throws ReadError / ConfigError naming the file.
HistoryRow readFinishedRun(const QString& folder);
/// metrics.json of `folder` read back; throws ReadError starting with the file's path.
StoredMetrics readStoredMetrics(const QString& folder);
/// The folders directly under `dir` (hidden ones left out), sorted by name.
QStringList subfolders(const QString& dir);

}  // namespace latentlab::io
