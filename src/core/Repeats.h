// The pipeline repeated over seeds, so a difference between two methods can be told from
// seed noise. Repeat r offsets every seed (data, methods, clustering, metrics) by r.
//
//   RepeatsResult repeats = runRepeats(config, 5, nullptr, &observer);
//   MetricSummary s = repeats.summary("ari");     // mean / sd per method and vs the baseline
//   s.of("umap").mean;  s.differenceOf("umap").mean;   // UMAP, and UMAP - baseline
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
    std::vector<std::string> methods;  ///< RepeatsResult::methods
    std::vector<MeanSd> values;        ///< per method
    /// Per method: method - baseline, paired per repeat (the baseline's own has count 0).
    std::vector<MeanSd> differences;

    /// Throw std::out_of_range for a method that was not run.
    const MeanSd& of(const std::string& method) const;
    const MeanSd& differenceOf(const std::string& method) const;
};

struct RepeatsResult {
    std::vector<std::string> methods;              ///< the spaces of every repeat, in order
    std::string baseline;                          ///< the method the differences are taken against
    std::vector<std::vector<MethodMetrics>> runs;  ///< runs[repeat][method]
    Result last;  ///< the final repeat in full (its plots, models and per-row outputs)

    int repeats() const { return static_cast<int>(runs.size()); }
    /// One method's metrics, one entry per repeat; std::out_of_range when it was not run.
    std::vector<MethodMetrics> of(const std::string& method) const;
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
