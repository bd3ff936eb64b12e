#include "NearestNeighbors.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace latentlab {
namespace {

using Eigen::Index;

constexpr Index kBlock = 256;        // query rows per GEMM
constexpr Index kDirectMaxDim = 16;  // up to here distances are summed coordinate by coordinate

/// Squared distances from rows [first, first + rows) to every row: out(j, r) for query r.
void squaredDistances(const Eigen::MatrixXd& centred, const Eigen::VectorXd& norms, Index first,
                      Index rows, Eigen::MatrixXd& out) {
    const Index n = centred.rows();
    out.resize(n, rows);
    if (centred.cols() <= kDirectMaxDim) {
        for (Index r = 0; r < rows; ++r) {
            auto column = out.col(r).array();
            column.setZero();
            for (Index c = 0; c < centred.cols(); ++c)
                column += (centred.col(c).array() - centred(first + r, c)).square();
        }
        return;
    }
    out.noalias() = centred * centred.middleRows(first, rows).transpose();
    for (Index r = 0; r < rows; ++r)
        out.col(r) =
            (norms.array() + norms(first + r) - 2.0 * out.col(r).array()).max(0.0).matrix();
}

}  // namespace

KnnGraph exactNearestNeighbors(const Eigen::Ref<const Eigen::MatrixXd>& points, int k) {
    const Index n = points.rows();
    if (k < 1 || k > n)
        throw DataError("nearest neighbours: " + std::to_string(k) + " neighbours (the point " +
                        "itself included) asked of " + std::to_string(n) +
                        " rows; use between 1 and the number of rows");
    if (!points.allFinite())
        throw DataError("nearest neighbours: the data contain NaN or infinite values");
    // Centring changes no distance and shrinks the norms the GEMM form cancels against.
    const Eigen::MatrixXd centred = points.rowwise() - points.colwise().mean();
    const Eigen::VectorXd norms = centred.rowwise().squaredNorm();

    KnnGraph knn;
    knn.indices.resize(n, k);
    knn.distances.resize(n, k);
    const Index blocks = (n + kBlock - 1) / kBlock;
#pragma omp parallel if (n > kBlock)
    {
        Eigen::MatrixXd distances;
        std::vector<int> order(static_cast<std::size_t>(n));
#pragma omp for schedule(dynamic, 1)
        for (Index b = 0; b < blocks; ++b) {
            const Index first = b * kBlock, rows = std::min(kBlock, n - first);
            squaredDistances(centred, norms, first, rows, distances);
            for (Index r = 0; r < rows; ++r) {
                const Index i = first + r;
                const double* d = distances.col(r).data();
                // The point itself comes first whatever rounding says its distance is.
                const auto closer = [d, i](int a, int c) {
                    if (a == i || c == i) return a == i && c != i;
                    return d[a] < d[c] || (d[a] == d[c] && a < c);
                };
                std::iota(order.begin(), order.end(), 0);
                std::partial_sort(order.begin(), order.begin() + k, order.end(), closer);
                for (int m = 0; m < k; ++m) {
                    const int j = order[static_cast<std::size_t>(m)];
                    knn.indices(i, m) = j;
                    knn.distances(i, m) = j == i ? 0.0 : std::sqrt(d[j]);
                }
            }
        }
    }
    return knn;
}

}  // namespace latentlab
