// t-SNE's input affinities P, as scikit-learn 1.2's Barnes-Hut TSNE builds them: for every
// point a Gaussian over its k = min(n - 1, int(3 perplexity + 1)) nearest neighbours whose
// precision is binary-searched to the perplexity, then P = (C + C^T) / sum as a sparse CSR
// matrix (symmetric, no diagonal, sums to 1).
//
//   KnnGraph knn = exactNearestNeighbors(data, tsneNeighborCount(n, 30.0) + 1);
//   SparseMatrix p = tsneJointProbabilities(knn, 30.0);
//   for (std::int64_t e = p.rowStart(i); e < p.rowEnd(i); ++e) use(p.indices[e], p.values[e]);
#pragma once

#include "NearestNeighbors.h"
#include "SparseMatrix.h"

#include <functional>

namespace latentlab {

/// Neighbours (the point itself not counted) scikit-learn's TSNE uses for `rows` points.
int tsneNeighborCount(int rows, double perplexity);

/// From a neighbour graph with each row itself in column 0 (exactNearestNeighbors with
/// k + 1): the other columns' Euclidean distances are squared and, as in scikit-learn,
/// rounded to single precision so the search takes the same steps (100 at most, stopping
/// when the entropy is within 1e-5 nats of log(perplexity)). Entries that underflow to 0
/// are not stored. stopRequested is asked between blocks of rows (Cancelled).
SparseMatrix tsneJointProbabilities(const KnnGraph& knn, double perplexity,
                                    const std::function<bool()>& stopRequested = {});

/// The same from the data: exact neighbours, then the above. Throws ConfigError for a
/// perplexity out of range (> 0, < rows) and DataError for non-finite data.
SparseMatrix tsneJointProbabilities(const Eigen::Ref<const Eigen::MatrixXd>& data,
                                    double perplexity,
                                    const std::function<bool()>& stopRequested = {});

}  // namespace latentlab
