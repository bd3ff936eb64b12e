#include "FuzzySimplicialSet.h"

#include "Errors.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace latentlab {
namespace {

using Eigen::Index;

constexpr int kSearchSteps = 64;           // umap-learn's n_iter
constexpr double kSearchTolerance = 1e-5;  // SMOOTH_K_TOLERANCE
constexpr double kMinScale = 1e-3;         // MIN_K_DIST_SCALE

void requireSelfFirst(const KnnGraph& knn) {
    if (knn.rows() < 1 || knn.neighbors() < 2)
        throw DataError(
            "UMAP graph: the neighbour graph needs at least 2 columns (the point "
            "itself and one neighbour); it has " +
            std::to_string(knn.neighbors()));
    for (Index i = 0; i < knn.indices.rows(); ++i)
        if (knn.indices(i, 0) != i)
            throw DataError("UMAP graph: row " + std::to_string(i) + " of the neighbour graph " +
                            "does not start with the point itself");
}

/// One row of smooth_knn_dist in umap-learn's arithmetic: numba compiles it with psum, lo,
/// mid and hi in float32 and fastmath, which turns d / mid into d * (1 / mid). Both matter:
/// the search stops within 1e-5 of log2(k), and a different rounding of psum ends it a step
/// earlier or later (sigma then differs by ~3e-6 relative; tst_umapgraph).
void smoothRow(const float* distances, int k, double target, double meanOfAll, double& rho,
               double& sigma) {
    float nearest = 0.0f;
    for (int j = 0; j < k; ++j)
        if (distances[j] > 0.0f) {
            nearest = distances[j];
            break;
        }
    constexpr float kInfinity = std::numeric_limits<float>::infinity();
    float lo = 0.0f, hi = kInfinity, mid = 1.0f;
    for (int step = 0; step < kSearchSteps; ++step) {
        float psum = 0.0f;
        const float inverse = 1.0f / mid;
        for (int j = 1; j < k; ++j) {
            const float d = distances[j] - nearest;
            psum += d > 0.0f ? std::exp(-(d * inverse)) : 1.0f;
        }
        if (std::fabs(double(psum) - target) < kSearchTolerance) break;
        if (double(psum) > target) {
            hi = mid;
            mid = (lo + hi) / 2.0f;
        } else {
            lo = mid;
            mid = hi == kInfinity ? mid * 2.0f : (lo + hi) / 2.0f;
        }
    }
    double mean = 0.0;
    for (int j = 0; j < k; ++j) mean += distances[j];
    mean /= k;
    const double floor = kMinScale * (nearest > 0.0f ? mean : meanOfAll);
    rho = nearest;
    sigma = double(mid) < floor ? double(float(floor)) : double(mid);
}

}  // namespace

SmoothKnnDistances smoothKnnDistances(const KnnGraph& knn) {
    requireSelfFirst(knn);
    const Index n = knn.rows();
    const int k = knn.neighbors();
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> distances =
        knn.distances.cast<float>();
    const double meanOfAll = distances.cast<double>().mean();
    const double target = std::log2(double(k));
    SmoothKnnDistances smooth;
    smooth.rhos.resize(n);
    smooth.sigmas.resize(n);
#pragma omp parallel for schedule(static) if (n > 4096)
    for (Index i = 0; i < n; ++i)
        smoothRow(distances.row(i).data(), k, target, meanOfAll, smooth.rhos(i), smooth.sigmas(i));
    return smooth;
}

Memberships membershipStrengths(const KnnGraph& knn, const SmoothKnnDistances& smooth) {
    requireSelfFirst(knn);
    const Index n = knn.rows();
    if (smooth.rhos.size() != n || smooth.sigmas.size() != n)
        throw DataError("UMAP graph: " + std::to_string(smooth.rhos.size()) +
                        " smoothed distances for " + std::to_string(n) + " rows");
    Memberships memberships(n, knn.neighbors());
#pragma omp parallel for schedule(static) if (n > 4096)
    for (Index i = 0; i < n; ++i) {
        // float32 throughout, as compute_membership_strengths.
        const float rho = float(smooth.rhos(i)), sigma = float(smooth.sigmas(i));
        for (Index m = 0; m < knn.neighbors(); ++m) {
            const float excess = float(knn.distances(i, m)) - rho;
            float value = 1.0f;
            if (knn.indices(i, m) == i)
                value = 0.0f;
            else if (excess > 0.0f && sigma != 0.0f)
                value = std::exp(-(excess / sigma));
            memberships(i, m) = value;
        }
    }
    return memberships;
}

WeightedGraph fuzzyUnion(const KnnGraph& knn, const Memberships& memberships) {
    const Index n = knn.rows(), k = knn.neighbors();
    if (memberships.rows() != n || memberships.cols() != k)
        throw DataError("UMAP graph: the memberships do not match the neighbour graph's shape");
    // i's membership in j's set: 0 unless i is among j's neighbours.
    const auto reverse = [&](Index j, int i) {
        for (Index m = 0; m < k; ++m)
            if (knn.indices(j, m) == i) return memberships(j, m);
        return 0.0;
    };
    WeightedGraph graph;
    graph.vertices = static_cast<int>(n);
    for (Index i = 0; i < n; ++i)
        for (Index m = 0; m < k; ++m) {
            const double a = memberships(i, m);
            const int j = knn.indices(i, m);
            if (!(a > 0.0) || j == i) continue;
            const double b = reverse(j, static_cast<int>(i));
            // Each edge once: from its lower end, or from here if the lower end lacks it.
            if (j > i)
                graph.add(static_cast<int>(i), j, a + b - a * b);
            else if (!(b > 0.0))
                graph.add(j, static_cast<int>(i), a);
        }
    return graph;
}

WeightedGraph fuzzySimplicialSet(const KnnGraph& knn, const SmoothKnnDistances& smooth) {
    return fuzzyUnion(knn, membershipStrengths(knn, smooth));
}

}  // namespace latentlab
