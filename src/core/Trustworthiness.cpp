#include "Trustworthiness.h"

#include "Errors.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

namespace latentlab {
namespace {

using Eigen::Index;

/// Squared Euclidean distances from row `i` of `points` to every row, formed coordinate by
/// coordinate (exact differences, no |x|^2 + |y|^2 - 2 x.y cancellation).
void squaredDistancesFrom(const Eigen::Ref<const Eigen::MatrixXd>& points, Index i,
                          Eigen::ArrayXd& out) {
    out.setZero(points.rows());
    for (Index k = 0; k < points.cols(); ++k)
        out += (points.col(k).array() - points(i, k)).square();
}

/// Sum over the k embedded nearest neighbours j of point i of max(rank_i(j) - k, 0), where
/// rank_i(j) is j's 1-based place among i's input-space neighbours.
std::int64_t penaltyOf(const Eigen::Ref<const Eigen::MatrixXd>& input,
                       const Eigen::Ref<const Eigen::MatrixXd>& embedded, Index i, int neighbors,
                       Eigen::ArrayXd& inputDistances, Eigen::ArrayXd& embeddedDistances,
                       std::vector<Index>& candidates) {
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    squaredDistancesFrom(embedded, i, embeddedDistances);
    embeddedDistances(i) = kInfinity;  // a point is not its own neighbour
    std::iota(candidates.begin(), candidates.end(), Index(0));
    // Equal distances are broken by row index, so the neighbour set never depends on the
    // selection algorithm.
    std::nth_element(candidates.begin(), candidates.begin() + (neighbors - 1), candidates.end(),
                     [&](Index a, Index b) {
                         return embeddedDistances(a) < embeddedDistances(b) ||
                                (embeddedDistances(a) == embeddedDistances(b) && a < b);
                     });

    squaredDistancesFrom(input, i, inputDistances);
    inputDistances(i) = kInfinity;
    std::int64_t penalty = 0;
    for (int m = 0; m < neighbors; ++m) {
        const double distance = inputDistances(candidates[static_cast<std::size_t>(m)]);
        // Ties in the input space take the best rank they share.
        const std::int64_t rank = 1 + (inputDistances < distance).count();
        penalty += std::max<std::int64_t>(rank - neighbors, 0);
    }
    return penalty;
}

}  // namespace

double trustworthiness(const Eigen::Ref<const Eigen::MatrixXd>& input,
                       const Eigen::Ref<const Eigen::MatrixXd>& embedded, int neighbors) {
    const Index n = input.rows();
    if (embedded.rows() != n)
        throw DataError("trustworthiness: the embedding has " + std::to_string(embedded.rows()) +
                        " rows but the input has " + std::to_string(n));
    if (neighbors < 1)
        throw DataError("trustworthiness: the number of neighbours is " +
                        std::to_string(neighbors) + "; it must be at least 1");
    if (2 * static_cast<Index>(neighbors) >= n)
        throw DataError("trustworthiness: " + std::to_string(neighbors) +
                        " neighbours need more than " + std::to_string(2 * neighbors) +
                        " points, but there are " + std::to_string(n) +
                        "; use fewer neighbours or more points");
    if (!input.allFinite() || !embedded.allFinite())
        throw DataError("trustworthiness: the data contain NaN or infinite values");

    // Integer penalties add up exactly, so the result does not depend on the schedule.
    std::int64_t penalty = 0;
#pragma omp parallel reduction(+ : penalty) if (n > 64)
    {
        Eigen::ArrayXd inputDistances, embeddedDistances;
        std::vector<Index> candidates(static_cast<std::size_t>(n));
#pragma omp for schedule(dynamic, 16)
        for (Index i = 0; i < n; ++i)
            penalty += penaltyOf(input, embedded, i, neighbors, inputDistances, embeddedDistances,
                                 candidates);
    }
    const double nd = static_cast<double>(n), k = neighbors;
    const double scale = 2.0 / (static_cast<double>(n * neighbors) * (2.0 * nd - 3.0 * k - 1.0));
    return 1.0 - static_cast<double>(penalty) * scale;
}

}  // namespace latentlab
