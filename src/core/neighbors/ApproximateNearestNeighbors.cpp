#include "ApproximateNearestNeighbors.h"

#include "Errors.h"

#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace latentlab {
namespace {

using Eigen::Index;

constexpr Index kInsertionsBetweenChecks = 4096;

void requireSettings(const HnswSettings& settings) {
    if (settings.connections < 2 || settings.connections > 512)
        throw ConfigError("approximate neighbours: connections = " +
                          std::to_string(settings.connections) + " is out of range: use 2 to 512");
    if (settings.constructionBreadth < 1)
        throw ConfigError("approximate neighbours: construction breadth = " +
                          std::to_string(settings.constructionBreadth) + " must be >= 1");
    if (settings.searchBreadth < 0)
        throw ConfigError("approximate neighbours: search breadth = " +
                          std::to_string(settings.searchBreadth) + " must be >= 0 (0: auto)");
}

/// Row i's candidates as found by hnswlib, put in exactNearestNeighbors' order from exact
/// double distances: i itself first, then ascending distance, ties by the lower index.
void finishRow(const Eigen::Ref<const Eigen::MatrixXd>& points, Index i,
               std::vector<std::pair<double, int>>& candidates, KnnGraph& knn) {
    const int k = knn.neighbors();
    for (auto& candidate : candidates)
        candidate.first = candidate.second == i
                              ? -1.0  // sorts first: the row itself, whatever else ties at 0
                              : (points.row(candidate.second) - points.row(i)).norm();
    // The graph may miss the row itself among many duplicates of it: add it.
    if (std::none_of(candidates.begin(), candidates.end(),
                     [i](const auto& c) { return c.second == i; }))
        candidates.emplace_back(-1.0, static_cast<int>(i));
    std::sort(candidates.begin(), candidates.end());
    for (int m = 0; m < k; ++m) {
        const bool found = m < static_cast<int>(candidates.size());
        // Fewer than k found (only on degenerate graphs): repeat the last one found.
        const auto& c = candidates[found ? m : candidates.size() - 1];
        knn.indices(i, m) = c.second;
        knn.distances(i, m) = std::max(c.first, 0.0);
    }
}

}  // namespace

KnnGraph approximateNearestNeighbors(const Eigen::Ref<const Eigen::MatrixXd>& points, int k,
                                     std::uint64_t seed, const HnswSettings& settings,
                                     const std::function<bool()>& stopRequested) {
    const Index n = points.rows(), dims = points.cols();
    if (k < 1 || k > n)
        throw DataError("nearest neighbours: " + std::to_string(k) + " neighbours (the point " +
                        "itself included) asked of " + std::to_string(n) +
                        " rows; use between 1 and the number of rows");
    if (!points.allFinite())
        throw DataError("nearest neighbours: the data contain NaN or infinite values");
    if (dims < 1) throw DataError("nearest neighbours: the data have no columns");
    requireSettings(settings);

    // hnswlib reads float rows; centring shrinks the values their squared distances sum.
    // Zero columns up to a multiple of 16 change no distance and let hnswlib take its
    // 16-wide kernel (one AVX-512 step for 10 columns) instead of 4-wide steps plus a tail.
    using FloatRows = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Index padded = (dims + 15) / 16 * 16;
    FloatRows rows = FloatRows::Zero(n, padded);
    rows.leftCols(dims) = (points.rowwise() - points.colwise().mean()).cast<float>();
    hnswlib::L2Space space(static_cast<std::size_t>(padded));
    hnswlib::HierarchicalNSW<float> index(
        &space, static_cast<std::size_t>(n), static_cast<std::size_t>(settings.connections),
        static_cast<std::size_t>(settings.constructionBreadth), static_cast<std::size_t>(seed));
    // One thread, rows in order: the levels come from hnswlib's seeded generator and each
    // insertion sees exactly the rows before it, so the graph is the same on every run.
    for (Index i = 0; i < n; ++i) {
        if (stopRequested && i % kInsertionsBetweenChecks == 0 && stopRequested())
            throw Cancelled();
        index.addPoint(rows.row(i).data(), static_cast<hnswlib::labeltype>(i));
    }
    const int breadth = settings.searchBreadth > 0 ? settings.searchBreadth : std::max(3 * k, 40);
    index.setEf(static_cast<std::size_t>(std::max(breadth, k)));

    KnnGraph knn;
    knn.indices.resize(n, k);
    knn.distances.resize(n, k);
    if (stopRequested && stopRequested()) throw Cancelled();
#pragma omp parallel if (n > 1024)
    {
        std::vector<std::pair<double, int>> candidates;
#pragma omp for schedule(dynamic, 256)
        for (Index i = 0; i < n; ++i) {
            auto found = index.searchKnn(rows.row(i).data(), static_cast<std::size_t>(k));
            candidates.clear();
            for (; !found.empty(); found.pop())
                candidates.emplace_back(0.0, static_cast<int>(found.top().second));
            finishRow(points, i, candidates, knn);
        }
    }
    return knn;
}

}  // namespace latentlab
