// Trains an Autoencoder with mini-batch gradient descent, one epoch per call, so callers
// can report, snapshot, pause or stop between epochs. Works in float on a row-major copy
// of the data, so gathering a batch copies whole rows; batches follow a permutation
// reshuffled every epoch.
//
//   AutoencoderTrainer trainer(Autoencoder(10, {8, 6}, 2, Activation::Tanh, 42), scaled, config);
//   while (trainer.epochsDone() < config.epochs) double loss = trainer.runEpoch();
//   Autoencoder trained = trainer.model();
#pragma once

#include "Autoencoder.h"
#include "Optimizer.h"
#include "Random.h"

#include <memory>

namespace latentlab {

class AutoencoderTrainer {
public:
    AutoencoderTrainer(const Autoencoder& initial, const Eigen::Ref<const Eigen::MatrixXd>& data,
                       const AutoencoderConfig& config);

    /// One pass over all rows; returns the mean loss over the epoch's batches (weighted by
    /// batch size). Throws TrainingDiverged if the loss stops being finite.
    double runEpoch();
    int epochsDone() const { return m_epochs; }

    /// Latent coordinates of the training rows under the current weights (n x latent).
    Eigen::MatrixXd encodeTrainingData() const;
    /// The current weights as a double-precision Autoencoder.
    Autoencoder model() const;

private:
    Autoencoder m_shape;
    AutoencoderConfig m_config;
    DenseNetwork<float> m_network;
    DenseNetwork<float>::Workspace m_workspace;
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>
        m_rows;  ///< a row per sample
    Eigen::MatrixXf m_batch;
    Eigen::VectorXf m_gradient;
    std::unique_ptr<Optimizer> m_optimizer;
    Random m_random;
    std::vector<int> m_order;
    int m_epochs = 0;
};

}  // namespace latentlab
