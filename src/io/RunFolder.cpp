#include "RunFolder.h"

#include "ConfigJson.h"
#include "CsvWriter.h"
#include "EmbeddingCsv.h"
#include "ExpressionOutputs.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "MetricsJson.h"
#include "ModelJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace latentlab::io {
namespace {

constexpr int kModelFormatVersion = 1;

QByteArray dataCsv(const Dataset& data, const std::string& labelColumn) {
    CsvWriter csv;
    std::vector<std::string> header = data.columnNames;
    if (data.hasLabels()) header.push_back(labelColumn);
    csv.addRow(header);
    for (Eigen::Index r = 0; r < data.features.rows(); ++r) {
        for (Eigen::Index c = 0; c < data.features.cols(); ++c) csv.addNumber(data.features(r, c));
        if (data.hasLabels()) csv.addText(labelText(data, r));
        csv.endRow();
    }
    return csv.bytes();
}

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

QStringList RunFolder::fileNames(bool expression) {
    QStringList names{"config.json", "data.csv"};
    if (expression) names << "genes.csv";
    names << "embedding_pca.csv"
          << "embedding_ae.csv"
          << "embeddings.h5ad"
          << "loss.csv"
          << "model_pca.json"
          << "model_ae.json"
          << "metrics.json";
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
    writeFileAtomically(file("data.csv"), dataCsv(shown.data, labelColumn));
    if (shown.data.expression)
        writeFileAtomically(file("genes.csv"), genesCsv(*shown.data.expression));
    writeFileAtomically(file("embedding_pca.csv"), embeddingCsv(shown.pcaSpace, shown.data));
    writeFileAtomically(file("embedding_ae.csv"), embeddingCsv(shown.aeSpace, shown.data));
    writeEmbeddingsH5ad(file("embeddings.h5ad"), shown,
                        QJsonDocument(configJson).toJson(QJsonDocument::Indented).toStdString());
    writeFileAtomically(file("loss.csv"), lossCsv(shown.loss, shown.validationLoss));
    writeJsonObject(file("model_pca.json"),
                    modelFile("latentlab.pca", shown, "pca", pcaToJson(shown.pca)));
    writeJsonObject(file("model_ae.json"), modelFile("latentlab.autoencoder", shown, "autoencoder",
                                                     autoencoderToJson(shown.autoencoder)));
    writeJsonObject(metricsFile, metrics);
}

}  // namespace latentlab::io
