#include "KnnConnectivity.h"

#include "FuzzySimplicialSet.h"
#include "NeighborSearch.h"

#include <algorithm>

namespace latentlab {

WeightedGraph knnConnectivity(const Eigen::Ref<const Eigen::MatrixXd>& points, int neighbors,
                              std::uint64_t seed, const std::function<bool()>& stopRequested) {
    const int k = std::min<int>(neighbors, int(points.rows()));
    const KnnGraph knn = nearestNeighbors(points, k, NeighborSearch::Auto, seed, stopRequested);
    return fuzzySimplicialSet(knn, smoothKnnDistances(knn));
}

}  // namespace latentlab
