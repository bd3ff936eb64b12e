// The k nearest neighbours of every row, Euclidean, as umap-learn and scikit-learn return
// them: each row's own index first (distance 0), then the others by increasing distance, ties
// broken by the lower row index. Exact: blocked GEMM distances, O(n^2 d); for large n see
// ApproximateNearestNeighbors.h, and NeighborSearch.h to choose between them.
//
//   KnnGraph knn = exactNearestNeighbors(points, 15);
//   knn.indices(i, 0) == i;  knn.distances(i, 1) is i's nearest other point.
#pragma once

#include <Eigen/Core>

namespace latentlab {

struct KnnGraph {
    using IndexMatrix = Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    using DistanceMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    IndexMatrix indices;       ///< n x k; column 0 is the row itself
    DistanceMatrix distances;  ///< n x k, Euclidean (not squared), ascending along a row

    int rows() const { return static_cast<int>(indices.rows()); }
    int neighbors() const { return static_cast<int>(indices.cols()); }
};

/// k includes the point itself, so 1 <= k <= rows. Throws DataError on non-finite values or
/// an impossible k, naming both.
KnnGraph exactNearestNeighbors(const Eigen::Ref<const Eigen::MatrixXd>& points, int k);

}  // namespace latentlab
