// Whether a grid's run is already done: its folder holds a finished run (FinishedRun.h) of
// the same settings and repeats. A folder without metrics.json, or with files that do not
// read, is half-written and is run again; a finished run of other settings is an error, so
// that a changed grid never overwrites or mixes in results it did not ask for.
//
//   if (finishedAsPlanned(dir + "/run-0003", run.config, repeats)) skip();   // throws Error
#pragma once

#include "Config.h"

#include <QString>
#include <string>

namespace latentlab::cli {

/// The first setting in which `found` (a run folder's config.json) differs from `planned`,
/// as "kmeans.k is 3 there, 4 here"; empty when they agree. What a run resolves (kmeans.k
/// = 0, an empty data.label_column) agrees with whatever it resolved to.
std::string settingsDifference(const Config& planned, const Config& found);

/// True for a finished run of `planned` with `repeats` (0: a single run); false when the
/// folder is missing or half-written. Throws UsageError for a finished run of other settings.
bool finishedAsPlanned(const QString& folder, const Config& planned, int repeats);

}  // namespace latentlab::cli
