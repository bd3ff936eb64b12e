// UMAP's high-dimensional graph, as umap-learn 0.5.3 builds it from a kNN graph: per point a
// distance to the nearest neighbour (rho) and a bandwidth (sigma) binary-searched so that
// the memberships exp(-(d - rho) / sigma) sum to log2(k); then the fuzzy union of the
// directed memberships, w_ij = a + b - a b (set_op_mix_ratio 1, local_connectivity 1).
//
//   KnnGraph knn = exactNearestNeighbors(data, 15);
//   SmoothKnnDistances smooth = smoothKnnDistances(knn);     // smooth.sigmas, smooth.rhos
//   WeightedGraph graph = fuzzySimplicialSet(knn, smooth);   // each edge once, 0 < w <= 1
#pragma once

#include "NearestNeighbors.h"
#include "WeightedGraph.h"

#include <Eigen/Core>

namespace latentlab {

struct SmoothKnnDistances {
    Eigen::VectorXd rhos;    ///< distance to the nearest neighbour at a distance > 0 (or 0)
    Eigen::VectorXd sigmas;  ///< the bandwidth; at least 1e-3 times the mean kNN distance
};

/// Directed memberships, n x k: (i, m) is knn.indices(i, m)'s membership in i's fuzzy set;
/// 0 for the point itself.
using Memberships = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// umap-learn's smooth_knn_dist. Column 0 of each row must be the point itself (as every
/// search here returns it). As umap-learn, the distances are taken in single precision,
/// so the binary search (64 steps at most, stopping within 1e-5 of log2(k)) takes umap-learn's
/// steps and sigma agrees with its value to single precision.
SmoothKnnDistances smoothKnnDistances(const KnnGraph& knn);

/// umap-learn's compute_membership_strengths from the same single-precision distances.
Memberships membershipStrengths(const KnnGraph& knn, const SmoothKnnDistances& smooth);

/// The fuzzy union of the directed memberships: an edge wherever either direction is > 0.
WeightedGraph fuzzyUnion(const KnnGraph& knn, const Memberships& memberships);

/// All three steps.
WeightedGraph fuzzySimplicialSet(const KnnGraph& knn, const SmoothKnnDistances& smooth);

}  // namespace latentlab
