// Silhouette coefficients (Rousseeuw 1987) with scikit-learn's conventions, computed
// exactly in O(n^2) by blocks: points are sorted by cluster so each cluster is a contiguous
// range, distances come from a GEMM, and blocks are spread over OpenMP threads.
//
//   Eigen::VectorXd s = silhouetteSamples(points, labels);   // per point, 0 for singletons
//   double mean = s.mean();                                   // == silhouette_score
//   SilhouetteEstimate e = sampledSilhouette(points, labels, 10000, seed);
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <functional>
#include <vector>

namespace latentlab {

/// Asked between blocks of the exact computation (from the calling thread only); returning
/// true abandons it with Cancelled. The O(n^2) work takes seconds at 100 000 rows.
using StopRequested = std::function<bool()>;

/// Per-point silhouette, Euclidean distance. `labels` are cluster codes >= 0 (gaps allowed).
/// A point alone in its cluster scores 0. Needs 2 <= distinct labels <= n-1, else all NaN.
Eigen::VectorXd silhouetteSamples(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                  const std::vector<int>& labels,
                                  const StopRequested& stopRequested = {});

/// Mean of silhouetteSamples (scikit-learn's silhouette_score); NaN when undefined.
double silhouetteScore(const Eigen::Ref<const Eigen::MatrixXd>& points,
                       const std::vector<int>& labels, const StopRequested& stopRequested = {});

/// The silhouette of a seeded random subset, as silhouette_score(sample_size=...) does:
/// distances only among the sampled points.
struct SilhouetteEstimate {
    double mean = 0.0;
    double ciHalfWidth = 0.0;  ///< 95 % normal interval of the mean over sampled points
    int sampleSize = 0;
    std::vector<int> rows;    ///< which input rows were sampled, ascending
    Eigen::VectorXd samples;  ///< silhouette of each sampled row, aligned with `rows`
};

SilhouetteEstimate sampledSilhouette(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                     const std::vector<int>& labels, int sampleSize,
                                     std::uint64_t seed);

}  // namespace latentlab
