// What the report's summary says: the setup in one sentence and, for every method against
// the baseline (compare.baseline), which scores better on ARI and on the input-space
// silhouette; over repeats, whether the difference exceeds the seed-to-seed noise.
//
//   QString summary = verdictText(input);
#pragma once

#include "Report.h"

#include <QString>

namespace latentlab::report {

/// One paragraph: the setup, then a clause per method and compared metric with the numbers;
/// for a single run, the caveat that one seed cannot tell.
QString verdictText(const ReportInput& input);

/// The settings as given: with repeats, those of the first repeat.
Config givenConfig(const ReportInput& input);
/// 1, or the number of repeats.
int runCount(const ReportInput& input);
/// "generated blobs (seed 42)", or the data file's name.
QString sourceText(const ReportInput& input);
/// "PCA, autoencoder, UMAP and t-SNE" from the run's methods.
QString methodsText(const Result& result);

}  // namespace latentlab::report
