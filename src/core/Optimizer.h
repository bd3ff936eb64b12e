// Gradient-descent update rules on a flat parameter vector, with Keras' definitions:
// SGD with optional momentum (v = m v - lr g; p += v) and Adam (bias-corrected step size,
// epsilon added to sqrt(v)). Moments (and momentum) that decay below 1e-30 are set to 0
// rather than left to become subnormal, which is slow on x86 and changes no weight.
//
//   auto optimizer = Optimizer::create(config.autoencoder, parameters.size());
//   optimizer->step(parameters, gradient);
#pragma once

#include "Config.h"

#include <Eigen/Core>
#include <memory>

namespace latentlab {

class Optimizer {
public:
    virtual ~Optimizer() = default;
    /// Applies one update to `parameters` from `gradient` (same length).
    virtual void step(Eigen::Ref<Eigen::VectorXf> parameters,
                      const Eigen::Ref<const Eigen::VectorXf>& gradient) = 0;

    /// The optimizer the config names, with its learning rate and moments.
    static std::unique_ptr<Optimizer> create(const AutoencoderConfig& config, Eigen::Index size);
};

class SgdOptimizer : public Optimizer {
public:
    SgdOptimizer(double learningRate, double momentum, Eigen::Index size);
    void step(Eigen::Ref<Eigen::VectorXf> parameters,
              const Eigen::Ref<const Eigen::VectorXf>& gradient) override;
    const Eigen::VectorXf& velocity() const { return m_velocity; }

private:
    float m_learningRate;
    float m_momentum;
    Eigen::VectorXf m_velocity;
};

class AdamOptimizer : public Optimizer {
public:
    AdamOptimizer(double learningRate, double beta1, double beta2, double epsilon,
                  Eigen::Index size);
    void step(Eigen::Ref<Eigen::VectorXf> parameters,
              const Eigen::Ref<const Eigen::VectorXf>& gradient) override;
    const Eigen::VectorXf& firstMoment() const { return m_firstMoment; }
    const Eigen::VectorXf& secondMoment() const { return m_secondMoment; }

private:
    double m_learningRate, m_beta1, m_beta2;
    float m_epsilon;
    double m_beta1Power = 1.0, m_beta2Power = 1.0;
    Eigen::VectorXf m_firstMoment, m_secondMoment;
};

}  // namespace latentlab
