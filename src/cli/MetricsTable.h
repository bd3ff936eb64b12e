// The comparison as an aligned text table for a terminal, like the seed notebook's summary:
// one row per metric of metricCatalog(), columns PCA | Autoencoder | AE − PCA ("n/a" where
// a metric does not apply). With repeats, each cell is mean ± sd over the runs.
#pragma once

#include "Repeats.h"
#include "Result.h"

#include <QString>

namespace latentlab::cli {

QString metricsTable(const MethodMetrics& pca, const MethodMetrics& autoencoder);
QString repeatsTable(const RepeatsResult& repeats);

}  // namespace latentlab::cli
