// The pipeline repeated over seeds, so a difference between PCA and the autoencoder can be
// told from seed noise. Repeat r offsets the data, autoencoder and k-means seeds by r.
//
//   RepeatsResult repeats = runRepeats(config, 5, nullptr, &observer);
//   MetricSummary s = repeats.summary("ari");     // mean / sd per method and of AE - PCA
#pragma once

#include "Pipeline.h"

#include <string>
#include <vector>

namespace latentlab {

struct MeanSd {
    double mean = kNotAvailable;
    double sd = kNotAvailable;  ///< sample standard deviation (n - 1); NaN for one value
    int count = 0;              ///< finite values used
    /// Half-width of the 95 % t interval of the mean; NaN for fewer than 2 values.
    double ciHalfWidth = kNotAvailable;
};

struct MetricSummary {
    MeanSd pca, autoencoder, difference;  ///< difference = autoencoder - pca, paired per repeat
};

struct RepeatsResult {
    std::vector<MethodMetrics> pca;
    std::vector<MethodMetrics> autoencoder;
    Result last;  ///< the final repeat in full (its plots, models and per-row outputs)

    /// Summary of one metric by its catalog key; throws std::out_of_range for unknown keys.
    MetricSummary summary(const std::string& key) const;
};

MeanSd meanSd(const std::vector<double>& values);

/// Config with every seed moved on by `repeat` (repeat 0 is the config itself).
Config configForRepeat(const Config& config, int repeat);

/// `data` null: blobs per repeat (each with its own seed); else the same data every time.
RepeatsResult runRepeats(const Config& config, int repeats, const Dataset* data,
                         PipelineObserver* observer = nullptr);

}  // namespace latentlab
