// Approximate k nearest neighbours (Euclidean) from an HNSW graph (hnswlib 0.6): the search
// for large n, where the exact O(n^2 d) scan is too slow. hnswlib proposes candidates from
// single-precision squared distances; the kept neighbours' distances are then recomputed in
// double, so the result has exactNearestNeighbors' form: the row itself first (distance 0),
// the others ascending, ties by the lower row index.
//
//   KnnGraph knn = approximateNearestNeighbors(points, 15, /*seed*/ 42);
//   HnswSettings wide;  wide.searchBreadth = 200;   // more recall, slower queries
//   KnnGraph better = approximateNearestNeighbors(points, 15, 42, wide);
#pragma once

#include "NearestNeighbors.h"

#include <Eigen/Core>
#include <cstdint>
#include <functional>

namespace latentlab {

/// hnswlib's knobs. The index is built by one thread, inserting rows in order, so the graph
/// (and with it every answer) depends only on the data and the seed; the queries then run
/// on all threads, each reading the finished graph.
struct HnswSettings {
    int connections = 16;           ///< M: links per node and layer (2 M on the ground layer)
    int constructionBreadth = 100;  ///< ef_construction: candidates kept while inserting
    int searchBreadth = 0;          ///< ef at query time; 0: max(3 k, 40)
};

/// k includes the point itself, so 1 <= k <= rows. `stopRequested` is asked every few
/// thousand insertions (the build is most of the time); true throws Cancelled. Throws
/// DataError on non-finite values or an impossible k, ConfigError on bad settings.
KnnGraph approximateNearestNeighbors(const Eigen::Ref<const Eigen::MatrixXd>& points, int k,
                                     std::uint64_t seed, const HnswSettings& settings = {},
                                     const std::function<bool()>& stopRequested = {});

}  // namespace latentlab
