// metrics.json: a run's numbers keyed by metricCatalog(), so the file, the CLI's table and
// the GUI name every metric alike. A metric that does not apply (NaN) is written as null.
//
//   writeJsonObject("out/metrics.json", metricsToJson(result));
//   StoredMetrics back = metricsFromJson(readJsonObject("out/metrics.json"));
#pragma once

#include "ExpressionRecipe.h"
#include "Repeats.h"
#include "Result.h"

#include <QJsonObject>
#include <string>
#include <vector>

namespace latentlab::io {

/// One latent space's metrics. Training metrics (final_loss) only for the autoencoder; the
/// silhouette's sample size and 95 % half-widths only when it was sampled.
QJsonObject methodMetricsToJson(const MethodMetrics& metrics, bool autoencoder);
QJsonObject stageSecondsToJson(const StageSeconds& seconds);
/// {"cells_in", "cells_kept", "genes_in", "genes_kept", "genes_selected"}.
QJsonObject preprocessingToJson(const PreprocessingCounts& counts);

/// {"n", "columns", "pca", "autoencoder", "training", "warnings", "seconds"}, and
/// "preprocessing" (preprocessingToJson) when the expression recipe made the data.
QJsonObject metricsToJson(const Result& result);
/// The last repeat as above, plus "repeats": [{"pca", "autoencoder"}, ...] and
/// "summary": {metric: {"pca", "autoencoder", "difference"}: {"mean", "sd"}}.
QJsonObject metricsToJson(const RepeatsResult& repeats);

/// metrics.json read back (for sessions and comparisons).
struct StoredMetrics {
    int rows = 0;
    int columns = 0;
    MethodMetrics pca;
    MethodMetrics autoencoder;
    StageSeconds seconds;
    std::vector<MethodMetrics> repeatsPca;  ///< empty for a single run
    std::vector<MethodMetrics> repeatsAutoencoder;
};

/// Missing metrics read as NaN; wrong types are ReadErrors naming the key.
MethodMetrics methodMetricsFromJson(const QJsonObject& json, const std::string& path);
StoredMetrics metricsFromJson(const QJsonObject& json);

}  // namespace latentlab::io
