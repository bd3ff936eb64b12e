#include "KMeans.h"

#include "Errors.h"
#include "Random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace latentlab {
namespace {

/// Points and centres row by row: a point's coordinates are then contiguous (column-major,
/// a row of 50,000 x 50 PCA scores spans 50 cache lines).
using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Nearest centre of every row (first one on ties, as scikit-learn's strict '<').
void assign(const Matrix& points, const Matrix& centers, std::vector<int>& labels) {
    const Eigen::Index n = points.rows();
    const Eigen::Index k = centers.rows();
#pragma omp parallel for schedule(static) if (n > 20000)
    for (Eigen::Index i = 0; i < n; ++i) {
        double best = std::numeric_limits<double>::infinity();
        int bestCenter = 0;
        for (Eigen::Index c = 0; c < k; ++c) {
            const double distance = (points.row(i) - centers.row(c)).squaredNorm();
            if (distance < best) {
                best = distance;
                bestCenter = static_cast<int>(c);
            }
        }
        labels[static_cast<std::size_t>(i)] = bestCenter;
    }
}

double inertiaOf(const Matrix& points, const Matrix& centers, const std::vector<int>& labels) {
    double total = 0.0;
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        total += (points.row(i) - centers.row(labels[static_cast<std::size_t>(i)])).squaredNorm();
    return total;
}

/// M-step with scikit-learn's relocation of empty clusters to the rows farthest from their
/// (old) centres.
Matrix updateCenters(const Matrix& points, const Matrix& oldCenters,
                     const std::vector<int>& labels) {
    const Eigen::Index k = oldCenters.rows();
    Matrix sums = Matrix::Zero(k, points.cols());
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(k);
    for (Eigen::Index i = 0; i < points.rows(); ++i) {
        const int c = labels[static_cast<std::size_t>(i)];
        sums.row(c) += points.row(i);
        counts(c) += 1.0;
    }
    std::vector<int> empty;
    for (Eigen::Index c = 0; c < k; ++c)
        if (counts(c) == 0.0) empty.push_back(static_cast<int>(c));
    if (!empty.empty()) {
        std::vector<double> distance(static_cast<std::size_t>(points.rows()));
        for (Eigen::Index i = 0; i < points.rows(); ++i)
            distance[std::size_t(i)] =
                (points.row(i) - oldCenters.row(labels[std::size_t(i)])).squaredNorm();
        std::vector<int> far(distance.size());
        std::iota(far.begin(), far.end(), 0);
        std::partial_sort(
            far.begin(), far.begin() + long(empty.size()), far.end(),
            [&](int a, int b) { return distance[std::size_t(a)] > distance[std::size_t(b)]; });
        for (std::size_t e = 0; e < empty.size(); ++e) {
            const int row = far[e];
            const int from = labels[std::size_t(row)];
            sums.row(from) -= points.row(row);
            counts(from) -= 1.0;
            sums.row(empty[e]) = points.row(row);
            counts(empty[e]) = 1.0;
        }
    }
    for (Eigen::Index c = 0; c < k; ++c)
        if (counts(c) > 0.0) sums.row(c) /= counts(c);
    return sums;
}

/// Greedy k-means++ (scikit-learn's _kmeans_plusplus with 2 + ln k local trials).
Matrix plusPlusSeeds(const Matrix& points, int k, std::uint64_t seed) {
    Random rng(seed);
    const Eigen::Index n = points.rows();
    const int trials = 2 + static_cast<int>(std::log(double(k)));
    Matrix centers(k, points.cols());
    centers.row(0) = points.row(static_cast<Eigen::Index>(rng.interval(std::uint64_t(n - 1))));
    Eigen::VectorXd closest = (points.rowwise() - centers.row(0)).rowwise().squaredNorm();
    double potential = closest.sum();
    std::vector<double> cumulative(static_cast<std::size_t>(n));
    for (int c = 1; c < k; ++c) {
        std::partial_sum(closest.data(), closest.data() + n, cumulative.begin());
        Eigen::VectorXd bestDistances;
        double bestPotential = std::numeric_limits<double>::infinity();
        Eigen::Index bestRow = 0;
        for (int t = 0; t < trials; ++t) {
            const double target = rng.uniform() * potential;
            auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
            const Eigen::Index row = std::min<Eigen::Index>(it - cumulative.begin(), n - 1);
            Eigen::VectorXd distances =
                (points.rowwise() - points.row(row)).rowwise().squaredNorm().cwiseMin(closest);
            const double candidatePotential = distances.sum();
            if (candidatePotential < bestPotential) {
                bestPotential = candidatePotential;
                bestDistances.swap(distances);
                bestRow = row;
            }
        }
        centers.row(c) = points.row(bestRow);
        closest.swap(bestDistances);
        potential = bestPotential;
    }
    return centers;
}

KMeansResult lloyd(const Matrix& points, Matrix centers, int maxIter, double tolerance) {
    KMeansResult result;
    const auto n = static_cast<std::size_t>(points.rows());
    std::vector<int> labels(n, -1), previous(n, -1);
    bool strictlyConverged = false;
    int iteration = 0;
    for (; iteration < maxIter; ++iteration) {
        assign(points, centers, labels);
        Matrix updated = updateCenters(points, centers, labels);
        const double shift = (updated - centers).rowwise().squaredNorm().sum();
        centers.swap(updated);
        if (labels == previous) {
            strictlyConverged = true;
            break;
        }
        if (shift <= tolerance) break;
        previous = labels;
    }
    // Like scikit-learn: a final E-step so the labels belong to the returned centres.
    if (!strictlyConverged) assign(points, centers, labels);
    result.iterations = std::min(iteration + 1, maxIter);
    result.inertia = inertiaOf(points, centers, labels);
    result.labels = std::move(labels);
    result.centers = centers;
    return result;
}

void requireRows(const Eigen::Ref<const Eigen::MatrixXd>& points, Eigen::Index k) {
    if (k < 1)
        throw ConfigError("kmeans.k = " + std::to_string(k) + " is out of range: must be >= 1");
    if (points.rows() < k) {
        throw DataError("k-means with k = " + std::to_string(k) + " needs at least " +
                        std::to_string(k) + " rows, the data has " + std::to_string(points.rows()));
    }
}

/// scikit-learn's tol is relative to the mean per-column variance of the data.
double absoluteTolerance(const Matrix& centred, double tol) {
    if (centred.rows() == 0) return 0.0;
    return centred.colwise().squaredNorm().mean() / double(centred.rows()) * tol;
}

}  // namespace

KMeansResult KMeans::fit(const Eigen::Ref<const Eigen::MatrixXd>& points) const {
    requireRows(points, m_config.k);
    const Eigen::RowVectorXd mean = points.colwise().mean();
    const Matrix centred = points.rowwise() - mean;  // as scikit-learn, for accuracy
    const double tolerance = absoluteTolerance(centred, m_config.tol);
    std::vector<KMeansResult> runs(static_cast<std::size_t>(m_config.nInit));
#pragma omp parallel for schedule(dynamic, 1)
    for (int run = 0; run < m_config.nInit; ++run) {
        Matrix seeds =
            plusPlusSeeds(centred, m_config.k, deriveSeed(m_config.seed, std::uint64_t(run)));
        runs[std::size_t(run)] = lloyd(centred, std::move(seeds), m_config.maxIter, tolerance);
    }
    std::size_t best = 0;
    for (std::size_t run = 1; run < runs.size(); ++run)
        if (runs[run].inertia < runs[best].inertia) best = run;
    KMeansResult result = std::move(runs[best]);
    result.centers.rowwise() += mean;
    return result;
}

KMeansResult KMeans::fitFrom(const Eigen::Ref<const Eigen::MatrixXd>& points,
                             const Eigen::Ref<const Eigen::MatrixXd>& initialCenters) const {
    requireRows(points, initialCenters.rows());
    if (initialCenters.cols() != points.cols())
        throw DataError("initial centres have " + std::to_string(initialCenters.cols()) +
                        " columns, the data " + std::to_string(points.cols()));
    const Eigen::RowVectorXd mean = points.colwise().mean();
    const Matrix centred = points.rowwise() - mean;
    KMeansResult result = lloyd(centred, Matrix(initialCenters.rowwise() - mean), m_config.maxIter,
                                absoluteTolerance(centred, m_config.tol));
    result.centers.rowwise() += mean;
    return result;
}

std::vector<int> KMeans::predict(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                 const Eigen::Ref<const Eigen::MatrixXd>& centers) {
    std::vector<int> labels(static_cast<std::size_t>(points.rows()));
    assign(Matrix(points), Matrix(centers), labels);
    return labels;
}

}  // namespace latentlab
