#include "ModelJson.h"

#include "IoErrors.h"
#include "JsonValues.h"

#include <QJsonArray>

namespace latentlab::io {
namespace {

std::string sizeText(Eigen::Index rows, Eigen::Index columns) {
    return std::to_string(rows) + " x " + std::to_string(columns);
}

template <typename Enum>
Enum enumFrom(const QJsonObject& json, const char* key, const std::string& path) {
    const QJsonValue value = member(json, key, path);
    Enum parsed{};
    if (!value.isString() || !parse(value.toString().toStdString(), parsed))
        throw ReadError(path + "." + key + " is not a known name: " + describe(value));
    return parsed;
}

QJsonObject objectAt(const QJsonArray& array, qsizetype index, const std::string& path) {
    if (!array[index].isObject())
        throw ReadError(path + " must be an object, got " + describe(array[index]));
    return array[index].toObject();
}

}  // namespace

QJsonObject autoencoderToJson(const Autoencoder& autoencoder) {
    QJsonArray layers;
    for (const DenseLayer& layer : autoencoder.layers()) {
        layers.append(QJsonObject{{"activation", toString(layer.activation)},
                                  {"weights", matrixToJson(layer.weights)},
                                  {"bias", vectorToJson(layer.bias)}});
    }
    return {{"encoder_layers", autoencoder.encoderLayers()}, {"layers", layers}};
}

Autoencoder autoencoderFromJson(const QJsonObject& json, const std::string& path) {
    const QJsonValue layersValue = member(json, "layers", path);
    const QJsonArray layersJson = layersValue.toArray();
    if (!layersValue.isArray() || layersJson.size() < 2)
        throw ReadError(path + ".layers must be an array of at least 2 layers");
    std::vector<DenseLayer> layers;
    for (qsizetype l = 0; l < layersJson.size(); ++l) {
        const std::string layerPath = path + ".layers[" + std::to_string(l) + "]";
        const QJsonObject layerJson = objectAt(layersJson, l, layerPath);
        DenseLayer layer;
        layer.activation = enumFrom<Activation>(layerJson, "activation", layerPath);
        layer.weights =
            matrixFromJson(member(layerJson, "weights", layerPath), layerPath + ".weights");
        layer.bias = vectorFromJson(member(layerJson, "bias", layerPath), layerPath + ".bias");
        if (layer.weights.size() == 0) throw ReadError(layerPath + ".weights is empty");
        if (layer.bias.size() != layer.weights.rows()) {
            throw ReadError(layerPath + ".bias has " + std::to_string(layer.bias.size()) +
                            " values, the weights have " + std::to_string(layer.weights.rows()) +
                            " rows");
        }
        if (l > 0 && layer.weights.cols() != layers.back().weights.rows()) {
            throw ReadError(layerPath + ".weights is " +
                            sizeText(layer.weights.rows(), layer.weights.cols()) +
                            ", but the previous layer has " +
                            std::to_string(layers.back().weights.rows()) + " outputs");
        }
        layers.push_back(std::move(layer));
    }
    if (layers.back().weights.rows() != layers.front().weights.cols()) {
        throw ReadError(path + ": the last layer has " +
                        std::to_string(layers.back().weights.rows()) +
                        " outputs, but an autoencoder must give back its " +
                        std::to_string(layers.front().weights.cols()) + " inputs");
    }
    const QJsonValue encoderValue = member(json, "encoder_layers", path);
    const int encoderLayers = encoderValue.toInt(-1);
    if (!encoderValue.isDouble() || encoderLayers < 1 || encoderLayers >= int(layers.size())) {
        throw ReadError(path + ".encoder_layers must be between 1 and " +
                        std::to_string(layers.size() - 1) + ", got " + describe(encoderValue));
    }
    return Autoencoder(layers, encoderLayers);
}

QJsonObject pcaToJson(const Pca& pca) {
    return {{"mean", rowVectorToJson(pca.mean())},
            {"components", matrixToJson(pca.componentMatrix())},
            {"explained_variance", vectorToJson(pca.explainedVariance())},
            {"total_variance", pca.totalVariance()}};
}

Pca pcaFromJson(const QJsonObject& json, const std::string& path) {
    const Eigen::RowVectorXd mean =
        vectorFromJson(member(json, "mean", path), path + ".mean").transpose();
    const Eigen::MatrixXd components =
        matrixFromJson(member(json, "components", path), path + ".components");
    const Eigen::VectorXd variance =
        vectorFromJson(member(json, "explained_variance", path), path + ".explained_variance");
    const double total =
        numberFromJson(member(json, "total_variance", path), path + ".total_variance");
    if (components.rows() == 0) throw ReadError(path + ".components is empty");
    if (components.cols() != mean.size()) {
        throw ReadError(path + ".components is " + sizeText(components.rows(), components.cols()) +
                        ", but the mean has " + std::to_string(mean.size()) + " values");
    }
    if (variance.size() != components.rows()) {
        throw ReadError(path + ".explained_variance has " + std::to_string(variance.size()) +
                        " values for " + std::to_string(components.rows()) + " components");
    }
    return Pca(mean, components, variance, total);
}

QJsonObject scalerToJson(const Scaler& scaler) {
    return {{"kind", toString(scaler.kind())},
            {"offset", rowVectorToJson(scaler.offset())},
            {"factor", rowVectorToJson(scaler.factor())}};
}

Scaler scalerFromJson(const QJsonObject& json, const std::string& path) {
    const Scaling kind = enumFrom<Scaling>(json, "kind", path);
    const Eigen::RowVectorXd offset =
        vectorFromJson(member(json, "offset", path), path + ".offset").transpose();
    const Eigen::RowVectorXd factor =
        vectorFromJson(member(json, "factor", path), path + ".factor").transpose();
    if (offset.size() != factor.size()) {
        throw ReadError(path + ": offset has " + std::to_string(offset.size()) +
                        " values, factor has " + std::to_string(factor.size()));
    }
    return Scaler(kind, offset, factor);
}

}  // namespace latentlab::io
