#include "Autoencoder.h"

#include "Errors.h"
#include "Random.h"

#include <cmath>
#include <string>

namespace latentlab {
namespace {

/// Widths input -> encoder -> latent -> mirrored encoder -> input, and each layer's activation.
DenseNetwork<double> buildNetwork(int inputWidth, const std::vector<int>& encoderWidths,
                                  int latentWidth, Activation hidden) {
    std::vector<int> widths{inputWidth};
    std::vector<Activation> activations;
    for (int width : encoderWidths) {
        widths.push_back(width);
        activations.push_back(hidden);
    }
    widths.push_back(latentWidth);
    activations.push_back(Activation::Linear);
    for (auto it = encoderWidths.rbegin(); it != encoderWidths.rend(); ++it) {
        widths.push_back(*it);
        activations.push_back(hidden);
    }
    widths.push_back(inputWidth);
    activations.push_back(Activation::Linear);
    return DenseNetwork<double>(widths, activations);
}

}  // namespace

Autoencoder::Autoencoder(int inputWidth, const std::vector<int>& encoderWidths, int latentWidth,
                         Activation hidden, std::uint64_t seed)
    : m_network(buildNetwork(inputWidth, encoderWidths, latentWidth, hidden)),
      m_encoderLayers(static_cast<int>(encoderWidths.size()) + 1) {
    if (inputWidth < 1) throw DataError("the autoencoder needs at least one input column");
    Random rng(seed);
    for (int layer = 0; layer < m_network.layerCount(); ++layer) {
        auto weights = m_network.weights(layer);
        // Glorot/Xavier uniform: U(-l, l) with l = sqrt(6 / (fan_in + fan_out)).
        const double limit = std::sqrt(6.0 / double(weights.rows() + weights.cols()));
        for (Eigen::Index r = 0; r < weights.rows(); ++r)
            for (Eigen::Index c = 0; c < weights.cols(); ++c)
                weights(r, c) = rng.uniform(-limit, limit);
        m_network.bias(layer).setZero();
    }
}

Autoencoder::Autoencoder(const std::vector<DenseLayer>& layers, int encoderLayers)
    : m_encoderLayers(encoderLayers) {
    if (layers.empty() || encoderLayers < 1 || encoderLayers >= int(layers.size()))
        throw DataError("autoencoder model: needs encoder and decoder layers");
    std::vector<int> widths{static_cast<int>(layers.front().weights.cols())};
    std::vector<Activation> activations;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const DenseLayer& layer = layers[l];
        if (layer.weights.cols() != widths.back() || layer.bias.size() != layer.weights.rows()) {
            throw DataError("autoencoder model: layer " + std::to_string(l + 1) +
                            " does not fit the layer before it");
        }
        widths.push_back(static_cast<int>(layer.weights.rows()));
        activations.push_back(layer.activation);
    }
    if (widths.back() != widths.front())
        throw DataError("autoencoder model: output width differs from input width");
    m_network = DenseNetwork<double>(widths, activations);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        m_network.weights(int(l)) = layers[l].weights;
        m_network.bias(int(l)) = layers[l].bias;
    }
}

std::vector<DenseLayer> Autoencoder::layers() const {
    std::vector<DenseLayer> out;
    for (int l = 0; l < m_network.layerCount(); ++l)
        out.push_back({m_network.weights(l), m_network.bias(l), m_network.activation(l)});
    return out;
}

Eigen::MatrixXd Autoencoder::encode(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    if (data.cols() != inputWidth()) {
        throw DataError("the autoencoder expects " + std::to_string(inputWidth()) +
                        " columns, got " + std::to_string(data.cols()));
    }
    return m_network.apply(data, 0, m_encoderLayers);
}

Eigen::MatrixXd Autoencoder::decode(const Eigen::Ref<const Eigen::MatrixXd>& latent) const {
    if (latent.cols() != latentWidth()) {
        throw DataError("the decoder expects " + std::to_string(latentWidth()) +
                        " latent columns, got " + std::to_string(latent.cols()));
    }
    return m_network.apply(latent, m_encoderLayers, -1);
}

Eigen::MatrixXd Autoencoder::reconstruct(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    return decode(encode(data));
}

double Autoencoder::reconstructionMse(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    return (reconstruct(data) - data).squaredNorm() / double(data.size());
}

void Autoencoder::setParameters(const Eigen::Ref<const Eigen::VectorXd>& parameters) {
    if (parameters.size() != m_network.parameterCount())
        throw DataError("autoencoder: parameter vector has the wrong length");
    m_network.parameters() = parameters;
}

}  // namespace latentlab
