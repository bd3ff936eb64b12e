// How the k-means clustering of each latent space changes with k: inertia, inertia / TSS
// and silhouette for every k in a range, with the k-means and silhouette settings of the
// run, so each value equals the single run's value at that k. Elbow and silhouette charts
// (and the CLI's sweep_k.csv) are drawn from it.
//
//   KSweep sweep = sweepK(result, 2, 15);
//   sweep.of("pca")[0].silhouette;    // k = 2 in the PCA space
#pragma once

#include "PipelineObserver.h"
#include "Result.h"

#include <string>
#include <vector>

namespace latentlab {

struct KSweepPoint {
    int k = 0;
    double inertia = kNotAvailable;
    double inertiaOverTss = kNotAvailable;
    double silhouette = kNotAvailable;  ///< in the latent space; sampled for large data
};

struct KSweep {
    std::vector<std::string> methods;              ///< the run's spaces, in order
    std::vector<std::vector<KSweepPoint>> curves;  ///< per method, one point per k
    int chosenK = 0;                               ///< the run's k, marked on the charts
    int silhouetteSampleSize = 0;                  ///< 0 when the silhouettes are exact

    /// One method's curve; std::out_of_range when the sweep has none for it.
    const std::vector<KSweepPoint>& of(const std::string& method) const;
    bool empty() const { return curves.empty() || curves.front().empty(); }
};

/// Needs 2 <= kMin <= kMax < rows; throws ConfigError otherwise. Polls the observer's
/// shouldStop() between values of k and inside exact silhouettes (throws Cancelled).
KSweep sweepK(const Result& result, int kMin, int kMax, PipelineObserver* observer = nullptr);

}  // namespace latentlab
