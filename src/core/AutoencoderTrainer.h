// Trains an Autoencoder with mini-batch gradient descent, one epoch per call, so callers
// can report, snapshot, pause or stop between epochs. Works in float on a row-major copy
// of the data, so gathering a batch copies whole rows; batches follow a permutation
// reshuffled every epoch. Wide inputs whose columns each hold one common value (z-scored
// counts) train their first layer on the differing entries only (SparseInput.h), the
// same numbers up to rounding. With config.validationSplit a seeded share of the rows is held
// out and validationLoss() measures the network on them.
//
//   AutoencoderTrainer trainer(Autoencoder(10, {8, 6}, 2, Activation::Tanh, 42), scaled, config);
//   while (trainer.epochsDone() < config.epochs) double loss = trainer.runEpoch();
//   Autoencoder trained = trainer.model();
#pragma once

#include "Autoencoder.h"
#include "Optimizer.h"
#include "Random.h"
#include "SparseInput.h"

#include <memory>

namespace latentlab {

/// How the first layer reads the rows: sparse where that is faster (Automatic), or always
/// as a dense product (for benchmarks and tests that compare the two).
enum class InputForm { Automatic, Dense };

class AutoencoderTrainer {
public:
    AutoencoderTrainer(const Autoencoder& initial, const Eigen::Ref<const Eigen::MatrixXd>& data,
                       const AutoencoderConfig& config, InputForm form = InputForm::Automatic);

    /// One pass over the training rows; returns the mean loss over the epoch's batches
    /// (weighted by batch size). Throws TrainingDiverged if the loss stops being finite.
    double runEpoch();
    int epochsDone() const { return m_epochs; }
    /// Weight updates so far (one per batch).
    long long updatesDone() const { return m_updates; }
    /// Whether rows are held out; which ones (indices into the data, increasing).
    bool hasValidation() const { return m_validation.rows() > 0; }
    const std::vector<int>& validationRows() const { return m_validationRows; }
    int trainingRows() const { return int(m_rows.rows()); }
    /// Whether the first layer runs on the sparse form of the training rows.
    bool usesSparseInput() const { return m_sparseRows.rows() > 0; }
    /// Mean squared reconstruction error of the held-out rows (NaN without any).
    double validationLoss() const;

    /// The current weights, to keep the best epoch's (early stopping) ...
    Eigen::VectorXf parameters() const { return m_network.parameters(); }
    /// ... and to put them back. The optimiser's state is left as it is.
    void restoreParameters(const Eigen::VectorXf& parameters);

    /// Latent coordinates of every row, held out or not, in the data's order, under the
    /// current weights (n x latent).
    Eigen::MatrixXd encodeData() const;
    /// The current weights as a double-precision Autoencoder.
    Autoencoder model() const;

private:
    /// The loss and gradient of the batch of training rows `rows[0..size)`: gathered as a
    /// dense matrix, or by column through the sparse first layer.
    float denseLoss(const int* rows, Eigen::Index size);
    float sparseLoss(const int* rows, Eigen::Index size);

    Autoencoder m_shape;
    AutoencoderConfig m_config;
    DenseNetwork<float> m_network;
    DenseNetwork<float>::Workspace m_workspace;
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>
        m_rows;  ///< a row per training sample
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> m_validation;
    std::vector<int> m_validationRows;
    Eigen::MatrixXf m_batch;
    BaselineSparseRows<float> m_sparseRows;  ///< empty unless the rows are sparse enough
    SparseBatch<float> m_sparseBatch;
    Eigen::VectorXf m_gradient;
    std::unique_ptr<Optimizer> m_optimizer;
    Random m_random;
    std::vector<int> m_order;
    int m_epochs = 0;
    long long m_updates = 0;
};

}  // namespace latentlab
