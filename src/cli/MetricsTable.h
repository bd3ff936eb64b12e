// The comparison as an aligned text table for a terminal, like the seed notebook's summary:
// one row per metric of metricCatalog(), columns PCA | Autoencoder | AE − PCA ("—" where a
// metric does not apply), numbers as the GUI shows them. With repeats, mean ± sd per cell.
#pragma once

#include "Repeats.h"
#include "Result.h"

#include <QString>

namespace latentlab::cli {

QString metricsTable(const MethodMetrics& pca, const MethodMetrics& autoencoder);
QString repeatsTable(const RepeatsResult& repeats);
/// report::warningLine() per training diagnostic, a line each; empty without any.
QString warningsText(const std::vector<TrainingWarning>& warnings);

}  // namespace latentlab::cli
