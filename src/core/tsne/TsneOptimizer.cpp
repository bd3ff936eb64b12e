#include "TsneOptimizer.h"

#include "Errors.h"

#include <cfloat>
#include <cmath>
#include <string>

namespace latentlab {
namespace {

// scikit-learn's TSNE constants (_EXPLORATION_N_ITER, _N_ITER_CHECK and the defaults of
// n_iter_without_progress, min_grad_norm and min_gain).
constexpr int kExplorationSteps = 250;
constexpr int kCheckEvery = 50;
constexpr int kWithoutProgress = 300;
constexpr double kMinGradientNorm = 1e-7;
constexpr double kMinGain = 0.01;

}  // namespace

int TsneOptimizer::run(TsnePoints& y) {
    m_probabilitySum = 0.0;
    for (double value : m_p.values) m_probabilitySum += value;
    m_steps = 0;
    const int last = runPhase({0, kExplorationSteps, 0.5, m_settings.earlyExaggeration,
                               kExplorationSteps},
                              y);
    runPhase({last + 1, m_settings.iterations, 0.8, 1.0, kWithoutProgress}, y);
    return m_steps;
}

int TsneOptimizer::runPhase(const Phase& phase, TsnePoints& y) {
    const Eigen::Index n = y.rows();
    m_update.setZero(n, 2);
    m_gains.setOnes(n, 2);
    double bestCost = DBL_MAX;
    int bestStep = phase.first;
    int step = phase.first - 1;
    for (int i = phase.first; i < phase.end; ++i) {
        step = i;
        if (m_callbacks.stopRequested && m_callbacks.stopRequested()) throw Cancelled();
        const bool check = (i + 1) % kCheckEvery == 0;
        const bool withCost = check || i == phase.end - 1;
        const double cost = gradient(y, phase.exaggeration, withCost);
        if (withCost) m_lastCost = cost;
        // Delta-bar-delta: a coordinate whose step keeps its direction gains speed.
        auto gains = m_gains.array();
        const auto grad = m_gradient.array();
        gains = ((m_update.array() * grad < 0.0).select(gains + 0.2, gains * 0.8)).max(kMinGain);
        m_gradient.array() *= gains;
        m_update = phase.momentum * m_update - m_learningRate * m_gradient;
        y += m_update;
        ++m_steps;
        report(i + 1, y);
        if (!check) continue;
        if (!y.allFinite())
            throw TrainingDiverged("t-SNE diverged at iteration " + std::to_string(i + 1) +
                                   "; lower tsne.learning_rate");
        const double gradientNorm = m_gradient.norm();
        if (cost < bestCost) {
            bestCost = cost;
            bestStep = i;
        } else if (i - bestStep > phase.withoutProgress) {
            break;
        }
        if (gradientNorm <= kMinGradientNorm) break;
    }
    return step;
}

double TsneOptimizer::gradient(const TsnePoints& y, double exaggeration, bool withCost) {
    const double attractionCost = attractiveForces(m_p, y, m_attraction, withCost);
    m_repulsion.compute(y, m_repulsive);
    const double z = m_repulsive.z;
    m_gradient = 4.0 * (exaggeration * m_attraction - m_repulsive.forces / z);
    if (!withCost) return 0.0;
    // sum (e p) log(e p / (w / Z)) = e (sum p log(p / w) + S log e + S log Z), S = sum p.
    return exaggeration * (attractionCost + m_probabilitySum * (std::log(exaggeration) +
                                                                std::log(z)));
}

void TsneOptimizer::report(int step, const TsnePoints& y) const {
    if (m_callbacks.progress) m_callbacks.progress(step, m_settings.iterations);
    if (m_callbacks.snapshot && m_callbacks.wantsSnapshot && m_callbacks.wantsSnapshot(step)) {
        const Eigen::MatrixXd embedding = y;
        m_callbacks.snapshot(step, embedding);
    }
}

}  // namespace latentlab
