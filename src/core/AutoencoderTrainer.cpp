#include "AutoencoderTrainer.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace latentlab {

AutoencoderTrainer::AutoencoderTrainer(const Autoencoder& initial,
                                       const Eigen::Ref<const Eigen::MatrixXd>& data,
                                       const AutoencoderConfig& config)
    : m_shape(initial),
      m_config(config),
      m_network(initial.network().cast<float>()),
      m_rows(data.cast<float>()),
      m_random(deriveSeed(config.seed, 1)) {
    if (data.cols() != initial.inputWidth()) {
        throw DataError("the autoencoder expects " + std::to_string(initial.inputWidth()) +
                        " columns, got " + std::to_string(data.cols()));
    }
    if (data.rows() < 1) throw DataError("cannot train on data without rows");
    m_optimizer = Optimizer::create(config, m_network.parameterCount());
    m_order.resize(static_cast<std::size_t>(data.rows()));
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
        const float loss = m_network.lossAndGradient(m_batch, m_batch, m_workspace, m_gradient);
        if (!std::isfinite(loss)) {
            std::ostringstream message;
            message << "training diverged in epoch " << (m_epochs + 1) << " (loss is " << loss
                    << "); try a lower learning rate than " << m_config.learningRate;
            throw TrainingDiverged(message.str());
        }
        m_optimizer->step(m_network.parameters(), m_gradient);
        weightedLoss += double(loss) * double(size);
    }
    ++m_epochs;
    return weightedLoss / double(n);
}

Eigen::MatrixXd AutoencoderTrainer::encodeTrainingData() const {
    return m_network.apply(m_rows, 0, m_shape.encoderLayers()).cast<double>();
}

Autoencoder AutoencoderTrainer::model() const {
    Autoencoder trained = m_shape;
    trained.setParameters(m_network.parameters().cast<double>());
    return trained;
}

}  // namespace latentlab
