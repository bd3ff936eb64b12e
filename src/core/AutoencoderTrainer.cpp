#include "AutoencoderTrainer.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace latentlab {

AutoencoderTrainer::AutoencoderTrainer(const Autoencoder& initial,
                                       const Eigen::Ref<const Eigen::MatrixXd>& data,
                                       const AutoencoderConfig& config, InputForm form)
    : m_shape(initial),
      m_config(config),
      m_network(initial.network().cast<float>()),
      m_random(deriveSeed(config.seed, 1)) {
    if (data.cols() != initial.inputWidth()) {
        throw DataError("the autoencoder expects " + std::to_string(initial.inputWidth()) +
                        " columns, got " + std::to_string(data.cols()));
    }
    if (data.rows() < 1) throw DataError("cannot train on data without rows");
    const int n = int(data.rows());
    // Held out: a seeded sample of its own stream (the batch order's is untouched), at
    // least one row on either side.
    const int heldOut = config.validationSplit > 0.0 && n >= 2
                            ? std::clamp(int(std::lround(config.validationSplit * n)), 1, n - 1)
                            : 0;
    if (heldOut > 0) {
        m_validationRows = Random(deriveSeed(config.seed, 2)).sample(n, heldOut);
        std::sort(m_validationRows.begin(), m_validationRows.end());
    }
    std::vector<bool> held(std::size_t(n), false);
    for (int row : m_validationRows) held[std::size_t(row)] = true;
    m_rows.resize(n - heldOut, data.cols());
    m_validation.resize(heldOut, data.cols());
    for (int row = 0, t = 0, v = 0; row < n; ++row) {
        if (held[std::size_t(row)])
            m_validation.row(v++) = data.row(row).cast<float>();
        else
            m_rows.row(t++) = data.row(row).cast<float>();
    }
    // Narrow inputs gain nothing; a baseline per column is exact, the density decides.
    constexpr Eigen::Index kSparseInputWidth = 256;
    if (form == InputForm::Automatic && m_rows.cols() >= kSparseInputWidth) {
        auto sparse = BaselineSparseRows<float>::fromRows(m_rows);
        if (sparse.density() < kSparseInputDensity) m_sparseRows = std::move(sparse);
    }
    m_optimizer = Optimizer::create(config, m_network.parameterCount());
    m_order.resize(static_cast<std::size_t>(m_rows.rows()));
    for (std::size_t i = 0; i < m_order.size(); ++i) m_order[i] = static_cast<int>(i);
}

double AutoencoderTrainer::runEpoch() {
    m_random.shuffle(m_order);
    const Eigen::Index n = m_rows.rows();
    const Eigen::Index batchSize = std::min<Eigen::Index>(m_config.batchSize, n);
    double weightedLoss = 0.0;
    for (Eigen::Index start = 0; start < n; start += batchSize) {
        const Eigen::Index size = std::min(batchSize, n - start);
        m_batch.resize(size, m_rows.cols());
        for (Eigen::Index j = 0; j < size; ++j)
            m_batch.row(j) = m_rows.row(m_order[static_cast<std::size_t>(start + j)]);
        const float loss = usesSparseInput() ? sparseLoss(m_order.data() + start, size)
                                             : m_network.lossAndGradient(m_batch, m_batch,
                                                                         m_workspace, m_gradient);
        if (!std::isfinite(loss)) {
            std::ostringstream message;
            message << "training diverged in epoch " << (m_epochs + 1) << " (loss is " << loss
                    << "); try a lower learning rate than " << m_config.learningRate;
            throw TrainingDiverged(message.str());
        }
        m_optimizer->step(m_network.parameters(), m_gradient);
        ++m_updates;
        weightedLoss += double(loss) * double(size);
    }
    ++m_epochs;
    return weightedLoss / double(n);
}

float AutoencoderTrainer::denseLoss(const int* rows, Eigen::Index size) {
    m_batch.resize(size, m_rows.cols());
    for (Eigen::Index j = 0; j < size; ++j) m_batch.row(j) = m_rows.row(rows[j]);
    return m_network.lossAndGradient(m_batch, m_batch, m_workspace, m_gradient);
}

float AutoencoderTrainer::sparseLoss(const int* rows, Eigen::Index size) {
    m_sparseRows.gatherBatch(rows, size, m_sparseBatch);
    return m_network.lossAndGradient(m_sparseBatch, m_workspace, m_gradient);
}

double AutoencoderTrainer::validationLoss() const {
    if (m_validation.rows() == 0) return std::numeric_limits<double>::quiet_NaN();
    const auto output = m_network.apply(m_validation);
    return double((output - m_validation).squaredNorm()) / double(m_validation.size());
}

void AutoencoderTrainer::restoreParameters(const Eigen::VectorXf& parameters) {
    if (parameters.size() != m_network.parameters().size())
        throw DataError("autoencoder: parameter vector has the wrong length");
    m_network.parameters() = parameters;
}

Eigen::MatrixXd AutoencoderTrainer::encodeData() const {
    const int encoder = m_shape.encoderLayers();
    if (m_validation.rows() == 0) return m_network.apply(m_rows, 0, encoder).cast<double>();
    const auto trained = m_network.apply(m_rows, 0, encoder);
    const auto held = m_network.apply(m_validation, 0, encoder);
    Eigen::MatrixXd latent(trained.rows() + held.rows(), trained.cols());
    std::size_t next = 0;  // into m_validationRows, which is sorted
    for (Eigen::Index row = 0, t = 0, v = 0; row < latent.rows(); ++row) {
        const bool isHeld = next < m_validationRows.size() && m_validationRows[next] == int(row);
        if (isHeld) ++next;
        latent.row(row) = (isHeld ? held.row(v++) : trained.row(t++)).cast<double>();
    }
    return latent;
}

Autoencoder AutoencoderTrainer::model() const {
    Autoencoder trained = m_shape;
    trained.setParameters(m_network.parameters().cast<double>());
    return trained;
}

}  // namespace latentlab
