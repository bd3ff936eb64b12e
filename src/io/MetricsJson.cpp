#include "MetricsJson.h"

#include "ExpressionSummary.h"
#include "IoErrors.h"
#include "JsonValues.h"
#include "TrainingJson.h"

#include <QJsonArray>
#include <cmath>

namespace latentlab::io {
namespace {

QJsonObject meanSdToJson(const MeanSd& value) {
    return {{"mean", numberOrNull(value.mean)}, {"sd", numberOrNull(value.sd)}};
}

QJsonObject summaryToJson(const RepeatsResult& repeats) {
    QJsonObject summary;
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary s = repeats.summary(info.key);
        QJsonObject perMethod, differences;
        for (std::size_t m = 0; m < s.methods.size(); ++m) {
            if (!info.appliesTo(s.methods[m])) continue;
            if (info.optional && s.values[m].count == 0) continue;
            const QString name = QString::fromStdString(s.methods[m]);
            perMethod.insert(name, meanSdToJson(s.values[m]));
            if (s.methods[m] != repeats.baseline && info.appliesTo(repeats.baseline))
                differences.insert(name, meanSdToJson(s.differences[m]));
        }
        if (perMethod.isEmpty()) continue;
        if (!differences.isEmpty()) perMethod.insert("difference", differences);
        summary.insert(QLatin1String(info.key), perMethod);
    }
    return summary;
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

QJsonArray namesToJson(const std::vector<std::string>& names) {
    QJsonArray array;
    for (const std::string& name : names) array.append(QString::fromStdString(name));
    return array;
}

/// Each catalog metric that applies to both, method minus baseline (null where either is).
QJsonObject differenceToJson(const SpaceResult& space, const SpaceResult& baseline) {
    QJsonObject json;
    for (const MetricInfo& info : metricCatalog()) {
        // Times differ from run to run; their difference is left to the reader.
        if (!info.appliesTo(space.method) || !info.appliesTo(baseline.method) ||
            info.space == MetricSpace::Clock)
            continue;
        const double difference = space.metrics.*info.member - baseline.metrics.*info.member;
        if (info.optional && !std::isfinite(difference)) continue;
        json.insert(QLatin1String(info.key), numberOrNull(difference));
    }
    return json;
}

}  // namespace

QJsonObject methodMetricsToJson(const MethodMetrics& metrics, const std::string& method) {
    QJsonObject json;
    for (const MetricInfo& info : metricCatalog()) {
        if (!info.appliesTo(method)) continue;
        if (info.optional && !std::isfinite(metrics.*info.member)) continue;
        json.insert(QLatin1String(info.key), numberOrNull(metrics.*info.member));
    }
    if (metrics.silhouetteSampleSize > 0) {
        json.insert("silhouette_sample_size", metrics.silhouetteSampleSize);
        json.insert("silhouette_latent_ci", numberOrNull(metrics.silhouetteLatentCi));
        json.insert("silhouette_input_ci", numberOrNull(metrics.silhouetteInputCi));
    }
    return json;
}

QJsonObject stageSecondsToJson(const Result& result) {
    const StageSeconds& seconds = result.seconds;
    QJsonObject json{{"generate", seconds.generate}, {"scale", seconds.scale}};
    for (const SpaceResult& space : result.spaces)
        json.insert(QString::fromStdString(space.method), space.fitSeconds);
    json.insert("fit", seconds.fit);
    json.insert("cluster", seconds.cluster);
    json.insert("metrics", seconds.metrics);
    json.insert("total", seconds.total);
    return json;
}

QJsonObject preprocessingToJson(const PreprocessingCounts& counts) {
    return {{"cells_in", counts.cellsIn},
            {"cells_kept", counts.cellsKept},
            {"genes_in", counts.genesIn},
            {"genes_kept", counts.genesKept},
            {"genes_selected", counts.genesSelected}};
}

QJsonObject metricsToJson(const Result& result) {
    std::vector<std::string> methods;
    for (const SpaceResult& space : result.spaces) methods.push_back(space.method);
    QJsonObject json{{"n", result.data.rows()},
                     {"columns", result.data.columns()},
                     {"methods", namesToJson(methods)},
                     {"clustering", toString(result.config.clustering.method)}};
    QJsonObject differences, notes;
    if (!result.spaces.empty()) {
        const SpaceResult& baseline = result.baseline();
        json.insert("baseline", QString::fromStdString(baseline.method));
        for (const SpaceResult& space : result.spaces) {
            const QString name = QString::fromStdString(space.method);
            json.insert(name, methodMetricsToJson(space.metrics, space.method));
            if (&space != &baseline) differences.insert(name, differenceToJson(space, baseline));
            if (!space.note.empty()) notes.insert(name, QString::fromStdString(space.note));
        }
    }
    if (!differences.isEmpty()) json.insert("difference", differences);
    if (!notes.isEmpty()) json.insert("notes", notes);
    if (result.find("autoencoder")) {
        json.insert("training", trainingToJson(result.training));
        json.insert("warnings", warningsToJson(result.warnings));
    }
    json.insert("seconds", stageSecondsToJson(result));
    if (result.data.expression)
        json.insert("preprocessing", preprocessingToJson(result.data.expression->counts));
    return json;
}

QJsonObject metricsToJson(const RepeatsResult& repeats) {
    QJsonObject json = metricsToJson(repeats.last);
    QJsonArray runs;
    for (const std::vector<MethodMetrics>& run : repeats.runs) {
        QJsonObject entry;
        for (std::size_t m = 0; m < run.size() && m < repeats.methods.size(); ++m)
            entry.insert(QString::fromStdString(repeats.methods[m]),
                         methodMetricsToJson(run[m], repeats.methods[m]));
        runs.append(entry);
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

const MethodMetrics& StoredMetrics::of(const std::string& method) const {
    for (std::size_t m = 0; m < methods.size(); ++m)
        if (methods[m] == method) return spaces[m];
    throw ReadError("metrics.json has no " + method + " metrics");
}

double StoredMetrics::secondsOf(const std::string& key) const {
    for (const auto& [name, value] : seconds)
        if (name == key) return value;
    return std::nan("");
}

StoredMetrics metricsFromJson(const QJsonObject& json) {
    StoredMetrics stored;
    stored.rows = countFrom(json, "n");
    stored.columns = countFrom(json, "columns");
    if (json.contains("methods")) {
        const QJsonValue names = json.value("methods");
        if (!names.isArray()) throw ReadError("methods must be a list, got " + describe(names));
        for (const QJsonValue name : names.toArray()) {
            if (!name.isString())
                throw ReadError("methods must be a list of names, got " + describe(name));
            stored.methods.push_back(name.toString().toStdString());
        }
    } else {
        stored.methods = {"pca", "autoencoder"};
    }
    for (const std::string& method : stored.methods) {
        stored.spaces.push_back(
            methodMetricsFromJson(objectFrom(member(json, method.c_str(), ""), method), method));
    }
    const QJsonObject seconds = objectFrom(member(json, "seconds", ""), "seconds");
    for (auto it = seconds.begin(); it != seconds.end(); ++it) {
        stored.seconds.emplace_back(it.key().toStdString(),
                                    numberOrNaN(it.value(), "seconds." + it.key().toStdString()));
    }
    const QJsonArray runs = json.value("repeats").toArray();
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const std::string path = "repeats[" + std::to_string(r) + "]";
        const QJsonObject run = objectFrom(runs[r], path);
        std::vector<MethodMetrics> metrics;
        for (const std::string& method : stored.methods) {
            const std::string at = path + "." + method;
            metrics.push_back(
                methodMetricsFromJson(objectFrom(member(run, method.c_str(), path), at), at));
        }
        stored.repeats.push_back(std::move(metrics));
    }
    return stored;
}

}  // namespace latentlab::io
