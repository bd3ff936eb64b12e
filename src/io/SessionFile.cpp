#include "SessionFile.h"

#include "TrainingJson.h"

#include "ConfigJson.h"
#include "Errors.h"
#include "ExpressionJson.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "JsonValues.h"
#include "MethodRegistry.h"
#include "MetricsJson.h"
#include "ModelJson.h"
#include "PrintableText.h"

#include <QByteArray>
#include <QJsonArray>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace latentlab::io {
namespace {

// Large arrays (data, embeddings, per-row values) are stored as base64 of little-endian
// binary: exact, and a tenth of the size of JSON number text at a million rows.
template <typename Scalar>
QJsonObject blob(const Scalar* values, Eigen::Index rows, Eigen::Index columns) {
    static_assert(sizeof(Scalar) == 8 || sizeof(Scalar) == 4, "8-byte floats or 4-byte ints");
    const QByteArray bytes(reinterpret_cast<const char*>(values),
                           qsizetype(rows * columns * Eigen::Index(sizeof(Scalar))));
    return {{"rows", qint64(rows)},
            {"columns", qint64(columns)},
            {sizeof(Scalar) == 8 ? "float64_base64" : "int32_base64",
             QString::fromLatin1(bytes.toBase64())}};
}

QJsonObject matrixBlob(const Eigen::MatrixXd& matrix) {  // column-major, as Eigen stores it
    return blob(matrix.data(), matrix.rows(), matrix.cols());
}

QJsonObject intsBlob(const std::vector<int>& values) {
    return blob(values.data(), Eigen::Index(values.size()), 1);
}

QByteArray blobBytes(const QJsonValue& value, const char* key, std::size_t scalarSize,
                     Eigen::Index& rows, Eigen::Index& columns, const std::string& path) {
    const QJsonObject object = value.toObject();
    rows = countFromJson(member(object, "rows", path), path + ".rows");
    columns = countFromJson(member(object, "columns", path), path + ".columns");
    const QByteArray bytes =
        QByteArray::fromBase64(member(object, key, path).toString().toLatin1());
    // Both below 2^31, so the product cannot overflow; dividing the byte count cannot either.
    if (std::size_t(bytes.size()) % scalarSize != 0 ||
        qint64(std::size_t(bytes.size()) / scalarSize) != qint64(rows) * qint64(columns))
        throw ReadError(path + ": stored size does not match rows x columns");
    return bytes;
}

Eigen::MatrixXd matrixFromBlob(const QJsonValue& value, const std::string& path) {
    Eigen::Index rows = 0, columns = 0;
    const QByteArray bytes = blobBytes(value, "float64_base64", 8, rows, columns, path);
    Eigen::MatrixXd matrix(rows, columns);
    // An empty blob gives an empty matrix, whose data() may be null: memcpy must not see it.
    if (!bytes.isEmpty()) std::memcpy(matrix.data(), bytes.constData(), std::size_t(bytes.size()));
    return matrix;
}

std::vector<int> intsFromBlob(const QJsonValue& value, const std::string& path) {
    Eigen::Index rows = 0, columns = 0;
    const QByteArray bytes = blobBytes(value, "int32_base64", 4, rows, columns, path);
    std::vector<int> values(std::size_t(rows * columns));
    if (!bytes.isEmpty()) std::memcpy(values.data(), bytes.constData(), std::size_t(bytes.size()));
    return values;
}

QJsonArray stringsToJson(const std::vector<std::string>& strings) {
    QJsonArray array;
    for (const std::string& text : strings) array.append(QString::fromStdString(text));
    return array;
}

std::vector<std::string> stringsFromJson(const QJsonValue& value, const std::string& path) {
    if (!value.isArray()) throw ReadError(path + " must be an array of strings");
    std::vector<std::string> out;
    for (const QJsonValue& item : value.toArray()) out.push_back(item.toString().toStdString());
    return out;
}

QJsonObject spaceToJson(const SpaceResult& space) {
    Eigen::MatrixXd confusion = space.confusion.cast<double>();
    return {{"method", QString::fromStdString(space.method)},
            {"fit_seconds", space.fitSeconds},
            {"note", QString::fromStdString(space.note)},
            {"embedding", matrixBlob(space.embedding)},
            {"clusters", intsBlob(space.clustering.labels)},
            {"centers", matrixToJson(space.clustering.centers)},
            {"inertia", numberOrNull(space.clustering.inertia)},
            {"iterations", space.clustering.iterations},
            {"silhouette_latent", matrixBlob(space.silhouetteLatent)},
            {"confusion", matrixToJson(confusion)},
            {"metrics", methodMetricsToJson(space.metrics, space.method)}};
}

/// A matrix of counts (the confusion matrix): each entry a whole number from 0 to INT_MAX.
Eigen::MatrixXi countsFromJson(const QJsonValue& value, const std::string& path) {
    const Eigen::MatrixXd shape = matrixFromJson(value, path);  // rows of numbers, not ragged
    Eigen::MatrixXi counts(shape.rows(), shape.cols());
    const QJsonArray rows = value.toArray();
    for (Eigen::Index r = 0; r < counts.rows(); ++r) {
        const QJsonArray row = rows[qsizetype(r)].toArray();
        for (Eigen::Index c = 0; c < counts.cols(); ++c)
            counts(r, c) = countFromJson(
                row[qsizetype(c)], path + "[" + std::to_string(r) + "][" + std::to_string(c) + "]");
    }
    return counts;
}

SpaceResult spaceFromJson(const QJsonObject& json, const std::string& path,
                          const std::string& method) {
    SpaceResult space;
    space.method = method;
    space.fitSeconds = json.value("fit_seconds").toDouble();
    space.note = json.value("note").toString().toStdString();
    space.embedding = matrixFromBlob(member(json, "embedding", path), path + ".embedding");
    space.clustering.labels = intsFromBlob(member(json, "clusters", path), path + ".clusters");
    space.clustering.centers = matrixFromJson(member(json, "centers", path), path + ".centers");
    space.clustering.inertia = numberOrNaN(member(json, "inertia", path), path + ".inertia");
    space.clustering.iterations = member(json, "iterations", path).toInt();
    space.silhouetteLatent =
        matrixFromBlob(member(json, "silhouette_latent", path), path + ".silhouette_latent");
    space.confusion = countsFromJson(member(json, "confusion", path), path + ".confusion");
    space.metrics =
        methodMetricsFromJson(member(json, "metrics", path).toObject(), path + ".metrics");
    if (space.clustering.labels.size() != std::size_t(space.embedding.rows()) ||
        space.silhouetteLatent.rows() != space.embedding.rows()) {
        throw ReadError(path + ": clusters, silhouettes and embedding have different row counts");
    }
    return space;
}

std::string count(Eigen::Index value) { return std::to_string(value); }

/// "spaces": [{method, ...}] since version 2; version 1 had "pca_space" and "ae_space".
void readSpaces(const QJsonObject& json, Result& result) {
    if (!json.contains("spaces")) {
        result.spaces.push_back(
            spaceFromJson(member(json, "pca_space", "").toObject(), "pca_space", "pca"));
        result.spaces.push_back(
            spaceFromJson(member(json, "ae_space", "").toObject(), "ae_space", "autoencoder"));
        result.config.methods = {"pca", "autoencoder"};
        return;
    }
    const QJsonValue spaces = json.value("spaces");
    if (!spaces.isArray() || spaces.toArray().isEmpty())
        throw ReadError("spaces must be a non-empty list, got " + describe(spaces));
    std::vector<std::string> methods;
    for (qsizetype s = 0; s < spaces.toArray().size(); ++s) {
        const std::string path = "spaces[" + std::to_string(s) + "]";
        const QJsonObject space = spaces.toArray()[s].toObject();
        const std::string method = member(space, "method", path).toString().toStdString();
        if (!findMethod(method))
            throw ReadError(path + ".method: " + quotedForMessage(method) + " is not a method (" +
                            methodChoices() + ")");
        result.spaces.push_back(spaceFromJson(space, path, method));
        methods.push_back(method);
    }
    try {
        validateMethods(methods);
    } catch (const ConfigError& error) {
        throw ReadError(std::string("spaces: ") + error.what());
    }
    result.config.methods = methods;
}

/// The parts of a session must fit each other, or reopening would show (or compute with)
/// nonsense: widths follow the data's columns, labels and clusters index what exists.
void requireConsistent(const Result& result) {
    const Eigen::Index columns = result.data.columns();
    const auto requireWidth = [&](const char* part, Eigen::Index width) {
        if (width != columns)
            throw ReadError(std::string(part) + " expects " + count(width) +
                            " columns, but the data has " + count(columns));
    };
    requireWidth("scaler", result.scaler.columns());
    if (result.find("pca")) requireWidth("pca", result.pca.mean().size());
    if (result.find("autoencoder")) requireWidth("autoencoder", result.autoencoder.inputWidth());
    const int classes = result.data.classes();
    if (!result.data.labels.empty() && result.data.labels.size() != std::size_t(result.data.rows()))
        throw ReadError("data.labels: one label per row is needed");
    for (int label : result.data.labels)
        if (label < 0 || label >= classes)
            throw ReadError("data.labels: label code " + std::to_string(label) + " has no name (" +
                            std::to_string(classes) + " label names)");
    const auto requireSpace = [](const SpaceResult& space, Eigen::Index width,
                                 const std::string& path) {
        if (space.embedding.cols() != width)
            throw ReadError(path + ".embedding has " + count(space.embedding.cols()) +
                            " columns, but its model gives " + count(width));
        const Eigen::Index centers = space.clustering.centers.rows();
        if (centers == 0 || space.clustering.centers.cols() != width)
            throw ReadError(path + ".centers must be k x " + count(width));
        for (int cluster : space.clustering.labels)
            if (cluster < 0 || cluster >= centers)
                throw ReadError(path + ".clusters: cluster " + std::to_string(cluster) +
                                " does not exist (k = " + count(centers) + ")");
    };
    for (std::size_t s = 0; s < result.spaces.size(); ++s) {
        const SpaceResult& space = result.spaces[s];
        // The methods with a saved model fix the width; the others keep their embedding's.
        const Eigen::Index width = space.method == "pca" ? result.pca.components()
                                   : space.method == "autoencoder"
                                       ? result.autoencoder.latentWidth()
                                       : space.embedding.cols();
        requireSpace(space, width, "spaces[" + std::to_string(s) + "]");
    }
}

}  // namespace

void SessionFile::save(const QString& path, const Result& result, const QJsonObject& window) {
    writeJsonObject(path, toJson(result, window));
}

QJsonObject SessionFile::toJson(const Result& result, const QJsonObject& window) {
    const Dataset& data = result.data;
    QJsonArray loss, validationLoss;
    for (double value : result.loss) loss.append(numberOrNull(value));
    for (double value : result.validationLoss) validationLoss.append(numberOrNull(value));
    QJsonArray spaces;
    for (const SpaceResult& space : result.spaces) spaces.append(spaceToJson(space));
    QJsonObject session{
        {"format", kFormat},
        {"version", kVersion},
        {"config", configToJson(result.config)},
        {"data", QJsonObject{{"features", matrixBlob(data.features)},
                             {"column_names", stringsToJson(data.columnNames)},
                             {"labels", intsBlob(data.labels)},
                             {"label_names", stringsToJson(data.labelNames)},
                             {"label_column", QString::fromStdString(data.labelColumn)},
                             {"row_names", stringsToJson(data.rowNames)}}},
        {"scaler", scalerToJson(result.scaler)},
        {"loss", loss},
        {"validation_loss", validationLoss},
        {"training", trainingToJson(result.training)},
        {"warnings", warningsToJson(result.warnings)},
        {"spaces", spaces},
        {"seconds", stageSecondsToJson(result)}};
    if (result.find("pca")) session.insert("pca", pcaToJson(result.pca));
    if (result.find("autoencoder"))
        session.insert("autoencoder", autoencoderToJson(result.autoencoder));
    if (data.expression) session.insert("expression", expressionToJson(*data.expression));
    if (!window.isEmpty()) session.insert("window", window);
    return session;
}

Result SessionFile::load(const QString& path, QJsonObject* window) {
    return fromJson(readJsonObject(path), path.toStdString(), window);
}

Result SessionFile::fromJson(const QJsonObject& json, const std::string& path,
                             QJsonObject* window) {
    const std::string file = printable(path);
    if (json.value("format").toString() != QLatin1String(kFormat))
        throw ReadError(file + " is not a LatentLab session (no \"format\": \"" + kFormat + "\")");
    if (json.value("version").toInt() > kVersion)
        throw ReadError(file + " was written by a newer LatentLab (session version " +
                        std::to_string(json.value("version").toInt()) + ")");
    try {
        Result result;
        result.config = configFromJson(member(json, "config", "").toObject());
        const QJsonObject data = member(json, "data", "").toObject();
        result.data.features = matrixFromBlob(member(data, "features", "data"), "data.features");
        result.data.columnNames =
            stringsFromJson(member(data, "column_names", "data"), "data.column_names");
        result.data.labels = intsFromBlob(member(data, "labels", "data"), "data.labels");
        result.data.labelNames =
            stringsFromJson(member(data, "label_names", "data"), "data.label_names");
        result.data.labelColumn = data.value("label_column").toString().toStdString();
        if (result.data.columnNames.size() != std::size_t(result.data.columns()))
            throw ReadError("data.column_names: one name per column is needed");
        // Sessions written before row names and expression inputs have neither.
        if (data.contains("row_names"))
            result.data.rowNames = stringsFromJson(data.value("row_names"), "data.row_names");
        if (!result.data.rowNames.empty() &&
            result.data.rowNames.size() != std::size_t(result.data.rows()))
            throw ReadError("data.row_names: one name per row is needed");
        if (json.contains("expression"))
            result.data.expression = expressionFromJson(json.value("expression"), "expression");
        result.scaler = scalerFromJson(member(json, "scaler", "").toObject(), "scaler");
        readSpaces(json, result);
        if (result.find("pca")) result.pca = pcaFromJson(member(json, "pca", "").toObject(), "pca");
        if (result.find("autoencoder")) {
            result.autoencoder =
                autoencoderFromJson(member(json, "autoencoder", "").toObject(), "autoencoder");
        }
        for (const QJsonValue& value : member(json, "loss", "").toArray())
            result.loss.push_back(numberOrNaN(value, "loss"));
        // Sessions written before validation and diagnostics have none of these.
        for (const QJsonValue& value : json.value("validation_loss").toArray())
            result.validationLoss.push_back(numberOrNaN(value, "validation_loss"));
        if (!result.validationLoss.empty() && result.validationLoss.size() != result.loss.size())
            throw ReadError("validation_loss: one value per epoch of loss is needed");
        if (json.contains("training"))
            result.training = trainingFromJson(json.value("training"), "training");
        if (json.contains("warnings"))
            result.warnings = warningsFromJson(json.value("warnings"), "warnings");
        for (const SpaceResult& space : result.spaces)
            if (space.embedding.rows() != result.data.rows())
                throw ReadError("the embeddings do not have one row per data row");
        requireConsistent(result);
        const QJsonObject seconds = json.value("seconds").toObject();
        StageSeconds& s = result.seconds;
        for (auto [key, field] : {std::pair{"generate", &s.generate},
                                  {"scale", &s.scale},
                                  {"fit", &s.fit},
                                  {"cluster", &s.cluster},
                                  {"metrics", &s.metrics},
                                  {"total", &s.total}})
            *field = seconds.value(key).toDouble();
        if (window) {
            const QJsonValue saved = json.value("window");
            if (!saved.isUndefined() && !saved.isObject())
                throw ReadError("window must be an object { ... }");
            *window = saved.toObject();
        }
        return result;
    } catch (const ReadError& error) {
        throw ReadError(file + ": " + error.what());
    } catch (const ConfigError& error) {
        throw ReadError(file + ": config: " + error.what());
    }
}

}  // namespace latentlab::io
