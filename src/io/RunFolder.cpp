#include "RunFolder.h"

#include "ConfigJson.h"
#include "CsvWriter.h"
#include "DataCsv.h"
#include "EmbeddingCsv.h"
#include "ExpressionOutputs.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "MethodRegistry.h"
#include "MetricsJson.h"
#include "ModelJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace latentlab::io {
namespace {

constexpr int kModelFormatVersion = 1;

QByteArray embeddingCsv(const SpaceResult& space, const Dataset& data) {
    return io::embeddingCsv(space.embedding, space.clustering.labels, space.silhouetteLatent, data);
}

/// epoch,loss,val_loss (val_loss empty without held-out rows, as Keras' history has none).
QByteArray lossCsv(const std::vector<double>& loss, const std::vector<double>& validation) {
    CsvWriter csv;
    csv.addRow({"epoch", "loss", "val_loss"});
    for (std::size_t epoch = 0; epoch < loss.size(); ++epoch) {
        csv.addInteger(static_cast<long long>(epoch + 1));
        csv.addNumber(loss[epoch]);
        if (epoch < validation.size())
            csv.addNumber(validation[epoch]);
        else
            csv.addText("");
        csv.endRow();
    }
    return csv.bytes();
}

QJsonObject modelFile(const char* format, const Result& result, const char* modelKey,
                      const QJsonObject& model) {
    QJsonArray columns;
    for (const std::string& name : result.data.columnNames)
        columns.append(QString::fromStdString(name));
    return {{"format", format},
            {"version", kModelFormatVersion},
            {"columns", columns},
            {"scaler", scalerToJson(result.scaler)},
            {modelKey, model}};
}

}  // namespace

QString RunFolder::embeddingFile(const std::string& method) {
    return QStringLiteral("embedding_%1.csv").arg(QLatin1String(methodInfo(method).fileSuffix));
}

QStringList RunFolder::fileNames(bool expression, const std::vector<std::string>& methods) {
    QStringList names{"config.json", "data.csv"};
    if (expression) names << "genes.csv";
    for (const std::string& method : methods) names << embeddingFile(method);
    names << "embeddings.h5ad";
    const auto runs = [&methods](const char* name) {
        return std::find(methods.begin(), methods.end(), name) != methods.end();
    };
    if (runs("autoencoder")) names << "loss.csv";
    if (runs("pca")) names << "model_pca.json";
    if (runs("autoencoder")) names << "model_ae.json";
    names << "metrics.json";
    return names;
}

QString RunFolder::file(const char* name) const { return QDir(m_path).filePath(name); }

void RunFolder::write(const Result& result) const {
    writeFiles(result, result.config, metricsToJson(result));
}

void RunFolder::write(const RepeatsResult& repeats, const Config& config) const {
    Config resolved = config;
    resolved.kmeans.k = repeats.last.config.kmeans.k;
    writeFiles(repeats.last, resolved, metricsToJson(repeats));
}

void RunFolder::writeFiles(const Result& shown, const Config& config,
                           const QJsonObject& metrics) const {
    if (!QDir().mkpath(m_path))
        throw WriteError("cannot create the folder " + m_path.toStdString());
    // An older metrics.json would vouch for a mix of old and new files if writing stops
    // half-way; it goes first and comes back last.
    const QString metricsFile = file("metrics.json");
    if (QFile::exists(metricsFile) && !QFile::remove(metricsFile))
        throw WriteError("cannot replace " + metricsFile.toStdString());

    // The label column keeps the input's name (the file's header, else the config's choice).
    const std::string labelColumn = !shown.data.labelColumn.empty()    ? shown.data.labelColumn
                                    : !config.data.labelColumn.empty() ? config.data.labelColumn
                                                                       : std::string("label");
    const QJsonObject configJson = configToJson(config);
    writeJsonObject(file("config.json"), configJson);
    writeDataCsv(file("data.csv"), shown.data, labelColumn, config.threads);
    if (shown.data.expression)
        writeFileAtomically(file("genes.csv"), genesCsv(*shown.data.expression));
    for (const SpaceResult& space : shown.spaces) {
        writeFileAtomically(QDir(m_path).filePath(embeddingFile(space.method)),
                            embeddingCsv(space, shown.data));
    }
    writeEmbeddingsH5ad(file("embeddings.h5ad"), shown,
                        QJsonDocument(configJson).toJson(QJsonDocument::Indented).toStdString());
    if (shown.find("autoencoder"))
        writeFileAtomically(file("loss.csv"), lossCsv(shown.loss, shown.validationLoss));
    if (shown.find("pca")) {
        writeJsonObject(file("model_pca.json"),
                        modelFile("latentlab.pca", shown, "pca", pcaToJson(shown.pca)));
    }
    if (shown.find("autoencoder")) {
        writeJsonObject(file("model_ae.json"),
                        modelFile("latentlab.autoencoder", shown, "autoencoder",
                                  autoencoderToJson(shown.autoencoder)));
    }
    writeJsonObject(metricsFile, metrics);
}

}  // namespace latentlab::io
