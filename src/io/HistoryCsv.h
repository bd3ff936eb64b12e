// history.csv: one row per finished run of a folder of runs (a grid, or folders gathered by
// `latentlab-cli merge`), settings next to metrics, for a spreadsheet, pandas or the GUI's
// run History. Written and read back here, so both sides agree on one format:
//
//   run               the run folder's name ("run-0001", or any name); never empty
//   finished          when its metrics.json was written, ISO 8601 UTC ("2025-01-31T09:15:02Z");
//                     empty when not known
//   repeats           number of repeats (1 for a single run)
//   <setting> ...     every config key of ConfigKeys.h ("preset", "data.source", ...,
//                     "threads"), all of them, in configKeys() order: numbers in their
//                     shortest round-trip form, true/false, names and texts as they are; a
//                     list with ';' between its items ("8;6", "pca;autoencoder", "-10;10"),
//                     empty for an empty list, or as a JSON array (["a,b", "c"]) when an item
//                     holds ',' ';' or spaces at its ends
//   <method>.<metric> the metrics.json keys of each method: "pca.ari", "pca.silhouette_latent",
//                     "autoencoder.final_loss", ...: every (method, metric) with a value in at
//                     least one row, methods in methodCatalog() order, metrics in
//                     metricCatalog() order; with repeats the mean over the repeats; empty
//                     where a run has no value
//   seconds.total     the run's wall-clock seconds (with repeats: the last repeat's); empty
//                     when not known
// Comma-separated, RFC 4180 quoting where a field needs it (CsvWriter), LF line ends. The
// reader takes the columns in any order and only "run" is required: a missing setting is
// the row's preset's value (else the default), a missing metric is NaN.
//
//   writeFileAtomically(dir + "/history.csv", historyCsv(rows));
//   std::vector<HistoryRow> back = readHistoryCsv(dir + "/history.csv");   // throws ReadError
#pragma once

#include "Config.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <limits>
#include <string>
#include <vector>

namespace latentlab::io {

struct HistoryRow {
    std::string run;       ///< the folder's name
    std::string finished;  ///< ISO 8601 UTC, or empty
    int repeats = 1;
    Config config;
    std::vector<std::string> methods;   ///< methods with at least one metric
    std::vector<MethodMetrics> spaces;  ///< per method; NaN where absent
    double totalSeconds = std::numeric_limits<double>::quiet_NaN();

    /// The metrics of `method`, or null when the run has none.
    const MethodMetrics* find(const std::string& method) const;
};

/// The whole file, header first.
QByteArray historyCsv(const std::vector<HistoryRow>& rows);
/// Throws ReadError naming `source`, the line and the column.
std::vector<HistoryRow> parseHistoryCsv(const QByteArray& bytes, const std::string& source);
std::vector<HistoryRow> readHistoryCsv(const QString& path);

/// A setting's value as a history.csv cell (see above), and back into `config`.
std::string settingCell(const QJsonValue& value);
void applySettingCell(Config& config, const std::string& key, const std::string& cell);

}  // namespace latentlab::io
