// t-SNE (van der Maaten & Hinton 2008) of a scaled matrix to 2-D, following scikit-learn
// 1.2's TSNE(method="barnes_hut"): the same P (JointProbabilities.h), initialisations,
// learning rate, schedule, gains and stops (TsneOptimizer.h). The repulsion is Barnes-Hut
// as scikit-learn's, or on request FFT-accelerated interpolation (Linderman et al. 2019;
// see TsneRepulsion for its accuracy); theta = 0 gives the exact gradient.
// t-SNE has no transform: it embeds the rows it is given and no others.
//
//   TsneSettings settings;                          // perplexity 30, PCA init, seed 42
//   TsneResult r = tsne(scaled, settings, callbacks);
//   r.embedding;  r.klDivergence;  r.iterations;
#pragma once

#include "OptimizationCallbacks.h"
#include "TsneSettings.h"

#include <Eigen/Core>

namespace latentlab {

struct TsneResult {
    Eigen::MatrixXd embedding;  ///< rows x 2
    /// Exact KL(P || Q) of the returned embedding (Z over all pairs). scikit-learn's
    /// kl_divergence_ is instead its Barnes-Hut estimate, computed before the last update;
    /// the two differ by the tree's error in Z (about 1e-3 relative at theta 0.5).
    double klDivergence = 0.0;
    int iterations = 0;         ///< gradient steps taken (settings.iterations unless stopped)
    double learningRate = 0.0;  ///< the one used (auto resolved)
};

/// Validates the settings against the data (ConfigError), rejects non-finite data
/// (DataError). callbacks: progress after every step (done, settings.iterations);
/// snapshot(step, embedding) after step `step` (1-based) when wantsSnapshot(step);
/// stopRequested before every step and between blocks of the other stages (Cancelled).
/// Same data, settings and thread count: the same bits.
TsneResult tsne(const Eigen::Ref<const Eigen::MatrixXd>& data, const TsneSettings& settings,
                const OptimizationCallbacks& callbacks = {});

/// The starting embedding tsne() uses. PCA: our PCA (scikit-learn's sign rule: each
/// component's largest-|score| row positive; scikit-learn's randomized solver may end with
/// the other sign) divided by the standard deviation of its first column, times 1e-4.
/// Random: 1e-4 * Random(seed).gauss(), row by row, which are numpy's
/// RandomState(seed).standard_normal((rows, 2)) draws.
Eigen::MatrixXd tsneInitialEmbedding(const Eigen::Ref<const Eigen::MatrixXd>& data,
                                     const TsneSettings& settings);

/// max(rows / exaggeration / 4, 50) for learningRate 0, else learningRate.
double tsneLearningRate(const TsneSettings& settings, long long rows);

}  // namespace latentlab
