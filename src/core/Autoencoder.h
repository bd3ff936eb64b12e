// A dense autoencoder input -> encoder widths -> latent -> mirrored decoder -> input.
// Hidden layers use the chosen activation; the latent (bottleneck) and output layers are
// linear. Weights are Glorot-uniform, biases zero. Encoder and decoder work separately.
//
//   Autoencoder ae(10, {8, 6}, 2, Activation::Tanh, /*seed*/ 42);
//   Eigen::MatrixXd z = ae.encode(scaled);          // n x 2
//   Eigen::MatrixXd x = ae.decode(z);                // n x 10
//   (AutoencoderTrainer fits it; io/ModelJson saves and loads it.)
#pragma once

#include "Config.h"
#include "DenseNetwork.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace latentlab {

/// One fully connected layer as stored and exchanged: y = activation(W x + b).
struct DenseLayer {
    Eigen::MatrixXd weights;  ///< outputs x inputs
    Eigen::VectorXd bias;     ///< outputs
    Activation activation = Activation::Linear;
};

class Autoencoder {
public:
    Autoencoder() = default;
    /// Fresh network with Glorot-uniform weights drawn from `seed`.
    Autoencoder(int inputWidth, const std::vector<int>& encoderWidths, int latentWidth,
                Activation hidden, std::uint64_t seed);
    /// Restores trained layers; the first `encoderLayers` of them form the encoder.
    Autoencoder(const std::vector<DenseLayer>& layers, int encoderLayers);

    int inputWidth() const { return m_network.inputWidth(); }
    int latentWidth() const { return m_network.width(m_encoderLayers); }
    int encoderLayers() const { return m_encoderLayers; }
    int layerCount() const { return m_network.layerCount(); }
    bool isEmpty() const { return m_network.layerCount() == 0; }
    /// Widths from input to output, e.g. 10 8 6 2 6 8 10.
    std::vector<int> widths() const { return m_network.widths(); }

    std::vector<DenseLayer> layers() const;

    Eigen::MatrixXd encode(const Eigen::Ref<const Eigen::MatrixXd>& data) const;
    Eigen::MatrixXd decode(const Eigen::Ref<const Eigen::MatrixXd>& latent) const;
    Eigen::MatrixXd reconstruct(const Eigen::Ref<const Eigen::MatrixXd>& data) const;
    /// Mean over all cells of (data - reconstruct(data))^2.
    double reconstructionMse(const Eigen::Ref<const Eigen::MatrixXd>& data) const;

    /// The network in double precision (for gradient checks and conversion to float).
    const DenseNetwork<double>& network() const { return m_network; }
    /// Replaces the parameters with those of a trained copy of the same shape.
    void setParameters(const Eigen::Ref<const Eigen::VectorXd>& parameters);

private:
    DenseNetwork<double> m_network;
    int m_encoderLayers = 0;
};

}  // namespace latentlab
