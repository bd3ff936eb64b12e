#include "Optimizer.h"

#include <cmath>

namespace latentlab {

std::unique_ptr<Optimizer> Optimizer::create(const AutoencoderConfig& config, Eigen::Index size) {
    if (config.optimizer == OptimizerKind::Adam) {
        return std::make_unique<AdamOptimizer>(config.learningRate, config.beta1, config.beta2,
                                               config.epsilon, size);
    }
    return std::make_unique<SgdOptimizer>(config.learningRate, config.momentum, size);
}

SgdOptimizer::SgdOptimizer(double learningRate, double momentum, Eigen::Index size)
    : m_learningRate(float(learningRate)),
      m_momentum(float(momentum)),
      m_velocity(Eigen::VectorXf::Zero(momentum > 0 ? size : 0)) {}

void SgdOptimizer::step(Eigen::Ref<Eigen::VectorXf> parameters,
                        const Eigen::Ref<const Eigen::VectorXf>& gradient) {
    if (m_velocity.size() == 0) {
        parameters.noalias() -= m_learningRate * gradient;
        return;
    }
    // As Adam's moments below: a velocity that decays into subnormals is set to 0.
    constexpr float kTiny = 1e-30f;
    m_velocity = (m_momentum * m_velocity - m_learningRate * gradient).unaryExpr([](float v) {
        return std::fabs(v) < kTiny ? 0.0f : v;
    });
    parameters += m_velocity;
}

AdamOptimizer::AdamOptimizer(double learningRate, double beta1, double beta2, double epsilon,
                             Eigen::Index size)
    : m_learningRate(learningRate),
      m_beta1(beta1),
      m_beta2(beta2),
      m_epsilon(float(epsilon)),
      m_firstMoment(Eigen::VectorXf::Zero(size)),
      m_secondMoment(Eigen::VectorXf::Zero(size)) {}

void AdamOptimizer::step(Eigen::Ref<Eigen::VectorXf> parameters,
                         const Eigen::Ref<const Eigen::VectorXf>& gradient) {
    m_beta1Power *= m_beta1;
    m_beta2Power *= m_beta2;
    const float b1 = float(m_beta1), b2 = float(m_beta2);
    // Keras folds both bias corrections into the step size.
    const float stepSize =
        float(m_learningRate * std::sqrt(1.0 - m_beta2Power) / (1.0 - m_beta1Power));
    // One pass over the four vectors instead of three: at a million parameters (2000-wide
    // input) the update is memory-bound. Element by element, so threads don't change it.
    const Eigen::Index count = parameters.size();
    float* const p = parameters.data();
    const float* const g = gradient.data();
    float* const m = m_firstMoment.data();
    float* const v = m_secondMoment.data();
    const float epsilon = m_epsilon;
    // A weight whose gradient stays 0 (a ReLU unit that never fires) has moments that decay
    // geometrically into float's subnormal range within ~800 steps, where every operation on
    // them takes a slow microcode path: an epoch then took 4x as long. Moments below kTiny are
    // set to 0 instead. Their effect on the step is below float rounding of the weights:
    // |m| < 1e-30 moves a weight by < stepSize * 1e-30 / epsilon, and v < 1e-30 is invisible
    // next to epsilon in sqrt(v) + epsilon. Gradients below 1e-18 are squared as 0 for the same
    // reason (their square would be subnormal).
    constexpr float kTiny = 1e-30f, kTinyGradient = 1e-18f;
#pragma omp parallel for simd schedule(static) if (count > 65536)
    for (Eigen::Index i = 0; i < count; ++i) {
        const float gi = g[i];
        const float gSquared = std::fabs(gi) < kTinyGradient ? 0.0f : gi * gi;
        const float mi = b1 * m[i] + (1.0f - b1) * gi;
        const float vi = b2 * v[i] + (1.0f - b2) * gSquared;
        m[i] = std::fabs(mi) < kTiny ? 0.0f : mi;
        v[i] = vi < kTiny ? 0.0f : vi;
        p[i] -= stepSize * m[i] / (std::sqrt(v[i]) + epsilon);
    }
}

}  // namespace latentlab
