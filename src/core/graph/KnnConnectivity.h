// The graph Leiden clusters a space on, as scanpy's pp.neighbors builds it: the k nearest
// neighbours (the point included), weighted by UMAP's fuzzy simplicial set (connectivities).
//
//   WeightedGraph graph = knnConnectivity(embedding, 15, /*seed*/ 42);
#pragma once

#include "WeightedGraph.h"

#include <Eigen/Core>
#include <cstdint>
#include <functional>

namespace latentlab {

/// Exact neighbours below kExactNeighborRowLimit rows, approximate above (as UMAP's search).
/// `neighbors` is clamped to the rows. Polls `stopRequested` during a large search.
WeightedGraph knnConnectivity(const Eigen::Ref<const Eigen::MatrixXd>& points, int neighbors,
                              std::uint64_t seed, const std::function<bool()>& stopRequested = {});

}  // namespace latentlab
