#include "MetricsJson.h"

#include "ExpressionSummary.h"

#include "TrainingJson.h"

#include "IoErrors.h"
#include "JsonValues.h"

#include <QJsonArray>

namespace latentlab::io {
namespace {

bool autoencoderOnly(const MetricInfo& info) { return info.space == MetricSpace::Training; }

QJsonObject meanSdToJson(const MeanSd& value) {
    return {{"mean", numberOrNull(value.mean)}, {"sd", numberOrNull(value.sd)}};
}

QJsonObject summaryToJson(const RepeatsResult& repeats) {
    QJsonObject summary;
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary s = repeats.summary(info.key);
        summary.insert(QLatin1String(info.key),
                       QJsonObject{{"pca", meanSdToJson(s.pca)},
                                   {"autoencoder", meanSdToJson(s.autoencoder)},
                                   {"difference", meanSdToJson(s.difference)}});
    }
    return summary;
}

double secondsFrom(const QJsonObject& json, const char* key) {
    return numberOrNaN(json.value(QLatin1String(key)), std::string("seconds.") + key);
}

int countFrom(const QJsonObject& json, const char* key) {
    const QJsonValue value = member(json, key, "");
    if (!value.isDouble()) throw ReadError(std::string(key) + " must be a number");
    return value.toInt();
}

QJsonObject objectFrom(const QJsonValue& value, const std::string& path) {
    if (!value.isObject()) throw ReadError(path + " must be an object, got " + describe(value));
    return value.toObject();
}

}  // namespace

QJsonObject methodMetricsToJson(const MethodMetrics& metrics, bool autoencoder) {
    QJsonObject json;
    for (const MetricInfo& info : metricCatalog()) {
        if (autoencoderOnly(info) && !autoencoder) continue;
        json.insert(QLatin1String(info.key), numberOrNull(metrics.*info.member));
    }
    if (metrics.silhouetteSampleSize > 0) {
        json.insert("silhouette_sample_size", metrics.silhouetteSampleSize);
        json.insert("silhouette_latent_ci", numberOrNull(metrics.silhouetteLatentCi));
        json.insert("silhouette_input_ci", numberOrNull(metrics.silhouetteInputCi));
    }
    return json;
}

QJsonObject stageSecondsToJson(const StageSeconds& seconds) {
    return {{"generate", seconds.generate}, {"scale", seconds.scale},
            {"pca", seconds.pca},           {"train", seconds.train},
            {"kmeans", seconds.kmeans},     {"metrics", seconds.metrics},
            {"total", seconds.total}};
}

QJsonObject preprocessingToJson(const PreprocessingCounts& counts) {
    return {{"cells_in", counts.cellsIn},
            {"cells_kept", counts.cellsKept},
            {"genes_in", counts.genesIn},
            {"genes_kept", counts.genesKept},
            {"genes_selected", counts.genesSelected}};
}

QJsonObject metricsToJson(const Result& result) {
    QJsonObject json{{"n", result.data.rows()},
                     {"columns", result.data.columns()},
                     {"pca", methodMetricsToJson(result.pcaSpace.metrics, false)},
                     {"autoencoder", methodMetricsToJson(result.aeSpace.metrics, true)},
                     {"training", trainingToJson(result.training)},
                     {"warnings", warningsToJson(result.warnings)},
                     {"seconds", stageSecondsToJson(result.seconds)}};
    if (result.data.expression)
        json.insert("preprocessing", preprocessingToJson(result.data.expression->counts));
    return json;
}

QJsonObject metricsToJson(const RepeatsResult& repeats) {
    QJsonObject json = metricsToJson(repeats.last);
    QJsonArray runs;
    for (std::size_t r = 0; r < repeats.pca.size(); ++r) {
        runs.append(
            QJsonObject{{"pca", methodMetricsToJson(repeats.pca[r], false)},
                        {"autoencoder", methodMetricsToJson(repeats.autoencoder[r], true)}});
    }
    json.insert("repeats", runs);
    json.insert("summary", summaryToJson(repeats));
    return json;
}

MethodMetrics methodMetricsFromJson(const QJsonObject& json, const std::string& path) {
    MethodMetrics metrics;
    for (const MetricInfo& info : metricCatalog()) {
        const QJsonValue value = json.value(QLatin1String(info.key));
        if (!value.isUndefined()) metrics.*info.member = numberOrNaN(value, path + "." + info.key);
    }
    if (json.contains("silhouette_sample_size")) {
        metrics.silhouetteSampleSize =
            countFromJson(json.value("silhouette_sample_size"), path + ".silhouette_sample_size");
        metrics.silhouetteLatentCi =
            numberOrNaN(json.value("silhouette_latent_ci"), path + ".silhouette_latent_ci");
        metrics.silhouetteInputCi =
            numberOrNaN(json.value("silhouette_input_ci"), path + ".silhouette_input_ci");
    }
    return metrics;
}

StoredMetrics metricsFromJson(const QJsonObject& json) {
    StoredMetrics stored;
    stored.rows = countFrom(json, "n");
    stored.columns = countFrom(json, "columns");
    stored.pca = methodMetricsFromJson(objectFrom(member(json, "pca", ""), "pca"), "pca");
    stored.autoencoder = methodMetricsFromJson(
        objectFrom(member(json, "autoencoder", ""), "autoencoder"), "autoencoder");
    const QJsonObject seconds = objectFrom(member(json, "seconds", ""), "seconds");
    stored.seconds = {secondsFrom(seconds, "generate"), secondsFrom(seconds, "scale"),
                      secondsFrom(seconds, "pca"),      secondsFrom(seconds, "train"),
                      secondsFrom(seconds, "kmeans"),   secondsFrom(seconds, "metrics"),
                      secondsFrom(seconds, "total")};
    const QJsonArray runs = json.value("repeats").toArray();
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const std::string path = "repeats[" + std::to_string(r) + "]";
        const QJsonObject run = objectFrom(runs[r], path);
        stored.repeatsPca.push_back(methodMetricsFromJson(
            objectFrom(member(run, "pca", path), path + ".pca"), path + ".pca"));
        stored.repeatsAutoencoder.push_back(methodMetricsFromJson(
            objectFrom(member(run, "autoencoder", path), path + ".autoencoder"),
            path + ".autoencoder"));
    }
    return stored;
}

}  // namespace latentlab::io
