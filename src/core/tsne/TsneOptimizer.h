// scikit-learn 1.2's t-SNE gradient descent: two phases (250 steps with P exaggerated and
// momentum 0.5, then the rest at momentum 0.8), each restarting the update and the
// delta-bar-delta gains (+0.2 where the step keeps its sign, x0.8 where it flips, at least
// 0.01), and scikit-learn's stops checked every 50 steps: no better cost for more than 300
// steps (250 in the first phase, so never there), or a gradient norm <= 1e-7.
//
//   TsneOptimizer optimizer(p, settings, learningRate, *makeRepulsion(...), callbacks);
//   int steps = optimizer.run(points);     // points: the initial embedding, moved in place
#pragma once

#include "OptimizationCallbacks.h"
#include "SparseMatrix.h"
#include "TsneForces.h"
#include "TsneSettings.h"

namespace latentlab {

class TsneOptimizer {
public:
    TsneOptimizer(const SparseMatrix& p, const TsneSettings& settings, double learningRate,
                  RepulsionMethod& repulsion, const OptimizationCallbacks& callbacks)
        : m_p(p),
          m_settings(settings),
          m_learningRate(learningRate),
          m_repulsion(repulsion),
          m_callbacks(callbacks) {}

    /// Moves `y` through the schedule; returns the steps taken (settings.iterations unless a
    /// stop rule ended it early). Throws Cancelled when asked to stop, TrainingDiverged if
    /// the embedding stops being finite.
    int run(TsnePoints& y);

    /// What scikit-learn reports as kl_divergence_: the cost computed at the last step, before
    /// its update (KL of P, exaggerated in the first phase, with Z from the repulsion method).
    double lastCheckedCost() const { return m_lastCost; }

private:
    struct Phase {
        int first, end;  ///< steps [first, end)
        double momentum, exaggeration;
        int withoutProgress;
    };
    /// One phase; returns the index of its last step (first - 1 if it had none).
    int runPhase(const Phase& phase, TsnePoints& y);
    /// Gradient of the current embedding (exaggerated P) into m_gradient; the cost if asked.
    double gradient(const TsnePoints& y, double exaggeration, bool withCost);
    void report(int step, const TsnePoints& y) const;

    const SparseMatrix& m_p;
    const TsneSettings& m_settings;
    double m_learningRate;
    RepulsionMethod& m_repulsion;
    const OptimizationCallbacks& m_callbacks;
    TsnePoints m_gradient, m_attraction, m_update, m_gains;
    RepulsiveForces m_repulsive;
    double m_probabilitySum = 1.0;
    double m_lastCost = 0.0;
    int m_steps = 0;
};

}  // namespace latentlab
