// The GUI's "Repeat × N" written out: repeats_summary.csv (mean ± sd per method and the
// paired difference to the baseline method with its 95 % interval, per metric) and
// repeats.csv (every repeat's metrics, one row per repeat and method). The verdict rule
// lives here too, so the file and the table on screen mark the same rows.
//
//   writeFileAtomically(dir + "/repeats_summary.csv", repeatsSummaryCsv(repeats));
#pragma once

#include "Repeats.h"

#include <QByteArray>
#include <string>

namespace latentlab::io {

/// Which side a paired comparison of a method with the baseline favours at 95 %.
enum class PairedVerdict {
    NotRanked,          ///< the metric cannot be compared across methods (inertia)
    NoClearDifference,  ///< the interval contains 0, or too few paired values
    MethodBetter,
    BaselineBetter,
};

/// Better only when the 95 % interval of the mean (method − baseline) difference excludes 0
/// on the metric's better side (higherIsBetter).
PairedVerdict pairedVerdict(const MetricInfo& info, const MeanSd& difference);
/// The better method's name, or "none" / "not_ranked".
std::string verdictKey(PairedVerdict verdict, const std::string& method,
                       const std::string& baseline);

/// Columns metric, label, higher_is_better, repeats, method, mean, sd, then for every method
/// but the baseline difference_mean, difference_sd, difference_ci_low, difference_ci_high
/// (method − baseline) and better (verdictKey); one row per catalog metric and method with
/// at least one finite value, the baseline's first.
QByteArray repeatsSummaryCsv(const RepeatsResult& repeats);
/// Columns repeat (1-based), method (pca, autoencoder, umap, tsne), then every catalog key.
QByteArray repeatsCsv(const RepeatsResult& repeats);

}  // namespace latentlab::io
