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
#include <utility>
#include <vector>

namespace latentlab::io {

/// One latent space's metrics: every catalog metric that applies to `method`
/// (MetricInfo::appliesTo; final_loss only for the autoencoder, kl_divergence only for
/// t-SNE), and the silhouette's sample size and 95 % half-widths when it was sampled.
QJsonObject methodMetricsToJson(const MethodMetrics& metrics, const std::string& method);
/// {"generate", "scale", one key per method (its fit alone), "fit", "cluster", "metrics",
/// "total"}.
QJsonObject stageSecondsToJson(const Result& result);
/// {"cells_in", "cells_kept", "genes_in", "genes_kept", "genes_selected"}.
QJsonObject preprocessingToJson(const PreprocessingCounts& counts);
/// {"n", "columns", "methods": [...], "baseline", "clustering", one object per method under
/// its name ("pca", "autoencoder", "umap", "tsne"), "difference": {method: {metric: method -
/// baseline}} for every other method, "notes": {method: text} when a method left one,
/// "training" and "warnings" (the autoencoder's), "seconds"}, and "preprocessing"
/// (preprocessingToJson) when the expression recipe made the data.
QJsonObject metricsToJson(const Result& result);
/// The last repeat as above, plus "repeats": [{method: {...}, ...}, ...] and "summary":
/// {metric: {method: {"mean", "sd"}, ..., "difference": {method: {"mean", "sd"}}}}.
QJsonObject metricsToJson(const RepeatsResult& repeats);

/// metrics.json read back (for sessions and comparisons).
struct StoredMetrics {
    int rows = 0;
    int columns = 0;
    std::vector<std::string> methods;   ///< in the file's order
    std::vector<MethodMetrics> spaces;  ///< per method
    /// "seconds" as written: stage and method names to seconds.
    std::vector<std::pair<std::string, double>> seconds;
    std::vector<std::vector<MethodMetrics>> repeats;  ///< [repeat][method]; empty for one run

    /// Throws ReadError for a method the file does not have.
    const MethodMetrics& of(const std::string& method) const;
    double secondsOf(const std::string& key) const;  ///< NaN when absent
};

/// Missing metrics read as NaN; wrong types are ReadErrors naming the key.
MethodMetrics methodMetricsFromJson(const QJsonObject& json, const std::string& path);
/// Files written before "methods" existed read as pca and autoencoder.
StoredMetrics metricsFromJson(const QJsonObject& json);

}  // namespace latentlab::io
