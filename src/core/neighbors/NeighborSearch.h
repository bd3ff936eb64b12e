// Which k-nearest-neighbour search a method uses: exact (O(n^2 d), blocked GEMMs) or
// approximate (an HNSW graph), or the one umap-learn would take for the data's size.
//
//   KnnGraph knn = nearestNeighbors(points, 15, NeighborSearch::Auto, /*seed*/ 42);
#pragma once

#include "NearestNeighbors.h"

#include <cstdint>
#include <functional>
#include <string>

namespace latentlab {

enum class NeighborSearch { Auto, Exact, Approximate };

/// umap-learn's rule: exact below this many rows, approximate from here on.
constexpr long long kExactNeighborRowLimit = 4096;

/// The search `search` stands for on `rows` rows (Auto resolved by kExactNeighborRowLimit).
NeighborSearch resolved(NeighborSearch search, long long rows);

/// k includes the point itself. Either search returns exactNearestNeighbors' form; the
/// approximate one asks `stopRequested` while it builds its index (Cancelled).
KnnGraph nearestNeighbors(const Eigen::Ref<const Eigen::MatrixXd>& points, int k,
                          NeighborSearch search, std::uint64_t seed,
                          const std::function<bool()>& stopRequested = {});

const char* toString(NeighborSearch value);
/// Parses what toString() gives: "auto", "exact", "approximate".
bool parse(const std::string& text, NeighborSearch& value);

}  // namespace latentlab
