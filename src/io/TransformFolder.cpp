#include "TransformFolder.h"

#include "EmbeddingCsv.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "MetricsJson.h"
#include "RunFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace latentlab::io {
namespace {

constexpr int kFormatVersion = 1;

QString absolute(const QString& path) {
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

QJsonArray namesToJson(const std::vector<std::string>& names) {
    QJsonArray array;
    for (const std::string& name : names) array.append(QString::fromStdString(name));
    return array;
}

QJsonObject spaceToJson(const AppliedSpace& space) {
    QJsonObject metrics = methodMetricsToJson(space.metrics, space.method);
    // Not measured on new rows: trustworthiness is a property of the fit, the rest of training.
    for (const char* key :
         {"trustworthiness", "final_loss", "kl_divergence", "modularity", "seconds"})
        metrics.remove(key);
    QJsonArray sizes;
    for (int size : space.clusterSizes) sizes.append(size);
    return {{"cluster_sizes", sizes}, {"metrics", metrics}};
}

}  // namespace

QStringList TransformFolder::fileNames(const std::vector<std::string>& methods) {
    QStringList names;
    for (const std::string& method : methods) names << RunFolder::embeddingFile(method);
    names << "transform.json";
    return names;
}

QJsonObject TransformFolder::summaryJson(const ModelApplication& applied,
                                         const TransformSources& sources) {
    const ColumnMatch& match = applied.columns;
    const Dataset& data = applied.data;
    const QJsonObject model{
        {"source", sources.modelKind},
        {"path", absolute(sources.modelPath)},
        {"columns", namesToJson(data.columnNames)},
        {"k", applied.spaces.empty() ? 0 : int(applied.spaces.front().clusterSizes.size())}};
    QJsonObject input{{"path", absolute(sources.inputPath)},
                      {"rows", data.rows()},
                      {"labelled", data.hasLabels()},
                      {"row_names", !data.rowNames.empty()}};
    if (data.hasLabels()) {
        input.insert("label_column", QString::fromStdString(data.labelColumn));
        input.insert("classes", data.classes());
    }
    const QJsonObject columns{{"status", match.reordered ? "reordered" : "same order"},
                              {"message", QString::fromStdString(match.describe())}};
    QJsonObject json{{"format", "latentlab-transform"},
                     {"version", kFormatVersion},
                     {"model", model},
                     {"input", input},
                     {"columns", columns}};
    std::vector<std::string> methods;
    for (const AppliedSpace& space : applied.spaces) {
        json.insert(QString::fromStdString(space.method), spaceToJson(space));
        methods.push_back(space.method);
    }
    json.insert("methods", namesToJson(methods));
    // What the saved run had but could not map: said, not silently left out.
    if (!applied.withoutTransform.empty())
        json.insert("without_transform", namesToJson(applied.withoutTransform));
    return json;
}

void TransformFolder::write(const ModelApplication& applied,
                            const TransformSources& sources) const {
    const QFileInfo folder(m_path);
    if (folder.exists() && !folder.isDir())
        throw WriteError(m_path.toStdString() + " is a file, not a folder: choose a folder");
    if (!QDir().mkpath(m_path))
        throw WriteError("cannot create the folder " + m_path.toStdString());
    const QDir dir(m_path);
    // An older transform.json would vouch for a mix of old and new files if writing stops
    // half-way; it goes first and comes back last.
    const QString summaryFile = dir.filePath("transform.json");
    if (QFile::exists(summaryFile) && !QFile::remove(summaryFile))
        throw WriteError("cannot replace " + summaryFile.toStdString());
    for (const AppliedSpace& space : applied.spaces) {
        writeFileAtomically(
            dir.filePath(RunFolder::embeddingFile(space.method)),
            embeddingCsv(space.embedding, space.clusters, space.silhouetteLatent, applied.data));
    }
    writeJsonObject(summaryFile, summaryJson(applied, sources));
}

}  // namespace latentlab::io
