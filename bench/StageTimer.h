// Times the seed pipeline stage by stage on the core alone (no Qt, no I/O), the way
// ../shared/reference/seed_pipeline.py times its own stages, so the two can be divided.
#pragma once

#include "Config.h"

#include <map>
#include <string>

namespace latentlab::bench {

/// Seconds per stage: generate, scale, pca, train, kmeans, silhouette (the same four
/// silhouettes the reference computes), pipeline (the full runPipeline call).
std::map<std::string, double> timeStages(const Config& config);

/// Peak resident memory of this process so far, in MiB.
double peakResidentMiB();

}  // namespace latentlab::bench
