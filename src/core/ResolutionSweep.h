// How the Leiden clustering of each latent space changes with the resolution: the number of
// clusters, the modularity, the latent silhouette and (with labels) the ARI for every
// resolution asked, on the same kNN graph and settings as the run, so each value equals a
// single run at that resolution. It is the k sweep of Leiden (sweep_resolution.csv).
//
//   ResolutionSweep sweep = sweepResolution(result, resolutionRange(0.2, 2.0, 0.2));
//   sweep.of("umap")[0].clusters;     // at resolution 0.2 in the UMAP space
#pragma once

#include "PipelineObserver.h"
#include "Result.h"

#include <string>
#include <vector>

namespace latentlab {

struct ResolutionPoint {
    double resolution = 0.0;
    int clusters = 0;
    double modularity = kNotAvailable;
    double silhouette = kNotAvailable;  ///< in the latent space; sampled for large data
    double ari = kNotAvailable;         ///< against the true labels; NaN without them
};

struct ResolutionSweep {
    std::vector<std::string> methods;                  ///< the run's spaces, in order
    std::vector<std::vector<ResolutionPoint>> curves;  ///< per method, one per resolution
    double chosenResolution = 0.0;                     ///< the run's leiden.resolution
    int silhouetteSampleSize = 0;                      ///< 0 when the silhouettes are exact

    /// One method's curve; std::out_of_range when the sweep has none for it.
    const std::vector<ResolutionPoint>& of(const std::string& method) const;
};

/// first, first + step, ... up to last (within a hair of rounding). Throws ConfigError
/// unless 0 < first <= last and step > 0, or for more than 200 values.
std::vector<double> resolutionRange(double first, double last, double step);

/// Leiden (the run's leiden.* but the resolution) at each resolution, in every space. Polls
/// the observer's shouldStop() between resolutions (Cancelled).
ResolutionSweep sweepResolution(const Result& result, const std::vector<double>& resolutions,
                                PipelineObserver* observer = nullptr);

}  // namespace latentlab
