// t-SNE's cost on a given 2-D embedding: the KL divergence of P and the Student-t Q, and its
// gradient, as scikit-learn's _kl_divergence (exact) and _kl_divergence_bh (Barnes-Hut)
// return them. The gradient is dKL/dY = 4 sum_j (p_ij - q_ij) w_ij (y_i - y_j).
//
//   double kl = tsneKlDivergence(p, embedding);                  // exact, O(n^2)
//   TsneObjective bh = tsneObjective(p, embedding, TsneRepulsion::BarnesHut, 0.5);
//   bh.klDivergence;   // with Z from the tree, as scikit-learn reports it while optimising
#pragma once

#include "SparseMatrix.h"
#include "TsneForces.h"
#include "TsneSettings.h"

#include <Eigen/Core>
#include <functional>
#include <memory>

namespace latentlab {

struct TsneObjective {
    double klDivergence = 0.0;  ///< sum p log(p / q); q's normalisation Z from the method used
    Eigen::MatrixXd gradient;   ///< n x 2
};

/// KL(P || Q) exactly: Z over every pair (half of them, in a fixed order). P must be a
/// joint distribution over the embedding's rows (tsneJointProbabilities).
double tsneKlDivergence(const SparseMatrix& p, const Eigen::Ref<const Eigen::MatrixXd>& embedding,
                        const std::function<bool()>& stopRequested = {});

/// The cost and gradient with the repulsion of `repulsion` (Auto resolved by the embedding's rows,
/// as tsne() does); theta = 0 is the exact O(n^2) sum whatever the method.
TsneObjective tsneObjective(const SparseMatrix& p,
                            const Eigen::Ref<const Eigen::MatrixXd>& embedding,
                            TsneRepulsion repulsion, double theta);

/// The repulsion tsne() uses with these choices on `rows` rows (Auto: resolveRepulsion).
std::unique_ptr<RepulsionMethod> makeRepulsion(TsneRepulsion repulsion, double theta,
                                               long long rows);

}  // namespace latentlab
