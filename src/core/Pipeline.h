// The whole comparison in one call: data -> scale -> every configured method (config.methods)
// -> the same clustering in each latent space -> the same metrics. Front ends (CLI, GUI
// worker) call this and nothing else.
//
//   Config config;                                // the seed notebook
//   Result result = runPipeline(config);          // generates blobs
//   Result other  = runPipeline(config, loadedDataset, &observer);
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "PipelineObserver.h"
#include "Result.h"

namespace latentlab {

/// Blobs from config.data; any other data.source is std::invalid_argument (load it with
/// io::loadDataset and use the overload below). Throws ConfigError/DataError/TrainingDiverged/
/// Cancelled.
Result runPipeline(const Config& config, PipelineObserver* observer = nullptr);
/// On given data (e.g. a loaded CSV); config.data's generator fields are ignored.
Result runPipeline(const Config& config, Dataset data, PipelineObserver* observer = nullptr);

/// k-means' k for this data: config.kmeans.k if set, else the number of true classes, else 8.
int resolveK(const KMeansConfig& config, const Dataset& data);

}  // namespace latentlab
