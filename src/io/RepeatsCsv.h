// The GUI's "Repeat × N" written out: repeats_summary.csv (mean ± sd per method and the
// paired AE − PCA difference with its 95 % interval, per metric) and repeats.csv (every
// repeat's metrics, one row per repeat and method). The verdict rule lives here too, so
// the file and the table on screen mark the same rows.
//
//   writeFileAtomically(dir + "/repeats_summary.csv", repeatsSummaryCsv(repeats));
#pragma once

#include "Repeats.h"

#include <QByteArray>

namespace latentlab::io {

/// Which method a paired comparison favours at 95 %.
enum class PairedVerdict {
    NotRanked,          ///< the metric cannot be compared across methods (inertia)
    NoClearDifference,  ///< the interval contains 0, or too few paired values
    AutoencoderBetter,
    PcaBetter,
};

/// Better only when the 95 % interval of the mean AE − PCA difference excludes 0 on the
/// metric's better side (higherIsBetter).
PairedVerdict pairedVerdict(const MetricInfo& info, const MetricSummary& summary);
/// "autoencoder", "pca", "none" or "not_ranked".
const char* verdictKey(PairedVerdict verdict);

/// Columns metric, label, higher_is_better, repeats, pca_mean, pca_sd, ae_mean, ae_sd,
/// difference_mean, difference_sd, difference_ci_low, difference_ci_high, better; one row
/// per catalog metric with at least one finite value.
QByteArray repeatsSummaryCsv(const RepeatsResult& repeats);
/// Columns repeat (1-based), method (pca / autoencoder), then every catalog key.
QByteArray repeatsCsv(const RepeatsResult& repeats);

}  // namespace latentlab::io
