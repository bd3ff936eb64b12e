#include "Trustworthiness.h"

#include "Errors.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

namespace latentlab {
namespace {

using Eigen::Index;

// Up to this many dimensions distances are formed coordinate by coordinate (exact
// differences, no |x|^2 + |y|^2 - 2 x.y cancellation); wider points (genes, 50 PCs) take a
// GEMM per block of rows, 20-50x faster at 2 000 columns.
constexpr Index kDirectMaxDim = 16;
constexpr Index kRowBlock = 64;

/// Squared Euclidean distances from a block of rows to every row, column r for row
/// first + r.
class SquaredDistances {
public:
    explicit SquaredDistances(const Eigen::Ref<const Eigen::MatrixXd>& points)
        : m_points(points), m_direct(points.cols() <= kDirectMaxDim) {
        if (m_direct) return;
        // Centring changes no distance and shrinks the norms the GEMM form cancels against.
        m_centred = points.rowwise() - points.colwise().mean();
        m_norms = m_centred.rowwise().squaredNorm();
    }

    void fromBlock(Index first, Index rows, Eigen::MatrixXd& out) const {
        const Index n = m_points.rows();
        out.resize(n, rows);
        if (m_direct) {
            for (Index r = 0; r < rows; ++r) {
                auto column = out.col(r).array();
                column.setZero();
                for (Index k = 0; k < m_points.cols(); ++k)
                    column += (m_points.col(k).array() - m_points(first + r, k)).square();
            }
            return;
        }
        out.noalias() = m_centred * m_centred.middleRows(first, rows).transpose();
        for (Index r = 0; r < rows; ++r)
            out.col(r) =
                (m_norms.array() + m_norms(first + r) - 2.0 * out.col(r).array()).max(0.0).matrix();
    }

private:
    const Eigen::Ref<const Eigen::MatrixXd> m_points;  ///< a view: the caller's matrix lives on
    const bool m_direct;
    Eigen::MatrixXd m_centred;
    Eigen::VectorXd m_norms;
};

/// Sum over the k embedded nearest neighbours j of point i of max(rank_i(j) - k, 0), where
/// rank_i(j) is j's 1-based place among i's input-space neighbours. The distance columns
/// are i's squared distances to every point; they are modified.
std::int64_t penaltyOf(Index i, int neighbors, Eigen::Ref<Eigen::VectorXd> inputDistances,
                       Eigen::Ref<Eigen::VectorXd> embeddedDistances,
                       std::vector<Index>& candidates) {
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    embeddedDistances(i) = kInfinity;  // a point is not its own neighbour
    std::iota(candidates.begin(), candidates.end(), Index(0));
    // Equal distances are broken by row index, so the neighbour set never depends on the
    // selection algorithm.
    std::nth_element(candidates.begin(), candidates.begin() + (neighbors - 1), candidates.end(),
                     [&](Index a, Index b) {
                         return embeddedDistances(a) < embeddedDistances(b) ||
                                (embeddedDistances(a) == embeddedDistances(b) && a < b);
                     });
    inputDistances(i) = kInfinity;
    std::int64_t penalty = 0;
    for (int m = 0; m < neighbors; ++m) {
        const double distance = inputDistances(candidates[static_cast<std::size_t>(m)]);
        // Ties in the input space take the best rank they share.
        const std::int64_t rank = 1 + (inputDistances.array() < distance).count();
        penalty += std::max<std::int64_t>(rank - neighbors, 0);
    }
    return penalty;
}

}  // namespace

double trustworthiness(const Eigen::Ref<const Eigen::MatrixXd>& input,
                       const Eigen::Ref<const Eigen::MatrixXd>& embedded, int neighbors) {
    const Eigen::MatrixXd copy = embedded;
    return trustworthinessOfEach(input, {&copy}, neighbors).front();
}

std::vector<double> trustworthinessOfEach(const Eigen::Ref<const Eigen::MatrixXd>& input,
                                          const std::vector<const Eigen::MatrixXd*>& embeddings,
                                          int neighbors) {
    const Index n = input.rows();
    for (const Eigen::MatrixXd* embedded : embeddings)
        if (embedded->rows() != n)
            throw DataError("trustworthiness: the embedding has " +
                            std::to_string(embedded->rows()) + " rows but the input has " +
                            std::to_string(n));
    if (neighbors < 1)
        throw DataError("trustworthiness: the number of neighbours is " +
                        std::to_string(neighbors) + "; it must be at least 1");
    if (2 * static_cast<Index>(neighbors) >= n)
        throw DataError("trustworthiness: " + std::to_string(neighbors) +
                        " neighbours need more than " + std::to_string(2 * neighbors) +
                        " points, but there are " + std::to_string(n) +
                        "; use fewer neighbours or more points");
    bool finite = input.allFinite();
    for (const Eigen::MatrixXd* embedded : embeddings) finite = finite && embedded->allFinite();
    if (!finite) throw DataError("trustworthiness: the data contain NaN or infinite values");

    const SquaredDistances inputSpace(input);
    std::vector<std::unique_ptr<SquaredDistances>> embeddedSpaces;
    for (const Eigen::MatrixXd* embedded : embeddings)
        embeddedSpaces.push_back(std::make_unique<SquaredDistances>(*embedded));
    const std::size_t count = embeddings.size();
    const Index blocks = (n + kRowBlock - 1) / kRowBlock;
    // Integer penalties add up exactly, so the result does not depend on the schedule.
    std::vector<std::int64_t> penalties(count, 0);
#pragma omp parallel if (n > 64)
    {
        Eigen::MatrixXd inputDistances, embeddedDistances;
        std::vector<Index> candidates(static_cast<std::size_t>(n));
        std::vector<std::int64_t> mine(count, 0);
#pragma omp for schedule(dynamic, 1)
        for (Index b = 0; b < blocks; ++b) {
            const Index first = b * kRowBlock, rows = std::min(kRowBlock, n - first);
            inputSpace.fromBlock(first, rows, inputDistances);
            for (std::size_t e = 0; e < count; ++e) {
                embeddedSpaces[e]->fromBlock(first, rows, embeddedDistances);
                for (Index r = 0; r < rows; ++r)
                    mine[e] += penaltyOf(first + r, neighbors, inputDistances.col(r),
                                         embeddedDistances.col(r), candidates);
            }
        }
#pragma omp critical(trustworthiness_penalties)
        for (std::size_t e = 0; e < count; ++e) penalties[e] += mine[e];
    }
    const double nd = static_cast<double>(n), k = neighbors;
    const double scale = 2.0 / (static_cast<double>(n * neighbors) * (2.0 * nd - 3.0 * k - 1.0));
    std::vector<double> result;
    for (std::int64_t penalty : penalties) result.push_back(1.0 - double(penalty) * scale);
    return result;
}

}  // namespace latentlab
