#include "Silhouette.h"

#include "Errors.h"
#include "Random.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <utility>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace latentlab {
namespace {

using Eigen::Index;

// 256 x 256 doubles of Gram block (512 KiB) stay in L2 while the row pass reads them back.
constexpr Index kBlock = 256;
// Up to this many dimensions the distances are cheaper to form directly than through a GEMM
// plus a pass over its output; the direct form is also exact.
constexpr Index kDirectMaxDim = 3;

/// The points regrouped so that every cluster is one contiguous range of positions.
struct ClusterLayout {
    std::vector<int> order;      ///< position -> input row
    std::vector<int> clusterAt;  ///< position -> dense cluster code (labels in ascending order)
    std::vector<Index> begin;    ///< cluster c spans positions [begin[c], begin[c + 1])

    int clusters() const { return static_cast<int>(begin.size()) - 1; }
    Index size(int cluster) const { return begin[cluster + 1] - begin[cluster]; }
};

ClusterLayout groupByCluster(const std::vector<int>& labels) {
    ClusterLayout layout;
    layout.order.resize(labels.size());
    std::iota(layout.order.begin(), layout.order.end(), 0);
    std::stable_sort(layout.order.begin(), layout.order.end(),
                     [&](int a, int b) { return labels[a] < labels[b]; });
    layout.clusterAt.resize(labels.size());
    for (std::size_t p = 0; p < labels.size(); ++p) {
        if (p == 0 || labels[layout.order[p]] != labels[layout.order[p - 1]])
            layout.begin.push_back(static_cast<Index>(p));
        layout.clusterAt[p] = static_cast<int>(layout.begin.size()) - 1;
    }
    layout.begin.push_back(static_cast<Index>(labels.size()));
    return layout;
}

/// A run of positions [start, end) that all belong to `cluster`.
struct Segment {
    int cluster;
    Index start, end;
};

/// Clusters met inside the block [first, first + length), relative to `first`.
std::vector<Segment> segmentsOf(const ClusterLayout& layout, Index first, Index length) {
    std::vector<Segment> segments;
    for (int c = layout.clusterAt[first]; c < layout.clusters() && layout.begin[c] < first + length;
         ++c) {
        const Index start = std::max(layout.begin[c], first) - first;
        const Index end = std::min(layout.begin[c + 1], first + length) - first;
        segments.push_back({c, start, end});
    }
    return segments;
}

/// Sums of distances from every point to every cluster: sums(p, c) for sorted position p.
/// Each pair of blocks (I, J >= I) is computed once and credited to the rows of both.
class DistanceSums {
public:
    DistanceSums(const Eigen::MatrixXd& sorted, const ClusterLayout& layout,
                 const StopRequested& stopRequested)
        : m_points(sorted),
          m_layout(layout),
          m_stopRequested(stopRequested),
          m_direct(sorted.cols() <= kDirectMaxDim) {
        m_squaredNorms = m_points.rowwise().squaredNorm();
    }

    Eigen::MatrixXd compute() const {
        const Index n = m_points.rows();
        const Index blocks = (n + kBlock - 1) / kBlock;
        std::vector<std::pair<Index, Index>> pairs;
        for (Index i = 0; i < blocks; ++i)
            for (Index j = i; j < blocks; ++j) pairs.emplace_back(i, j);

        int threads = 1;
#ifdef _OPENMP
        threads = omp_get_max_threads();
#endif
        // One accumulator per thread and a static schedule: for a fixed thread count every
        // sum is formed in the same order, so results repeat bit for bit.
        std::vector<Eigen::MatrixXd> partial(static_cast<std::size_t>(threads));
        const long pairCount = static_cast<long>(pairs.size());
        std::atomic<bool> stopped{false};
#pragma omp parallel num_threads(threads) if (pairCount > 1)
        {
            int thread = 0;
#ifdef _OPENMP
            thread = omp_get_thread_num();
#endif
            Eigen::MatrixXd& sums = partial[static_cast<std::size_t>(thread)];
            sums.setZero(n, m_layout.clusters());
            Workspace work;
#pragma omp for schedule(static)
            for (long p = 0; p < pairCount; ++p) {
                // Only the calling thread asks (the callback need not be thread-safe); the
                // others see the flag and skip their remaining blocks.
                if (stopped.load(std::memory_order_relaxed)) continue;
                if (thread == 0 && m_stopRequested && m_stopRequested()) {
                    stopped = true;
                    continue;
                }
                addBlockPair(pairs[static_cast<std::size_t>(p)].first,
                             pairs[static_cast<std::size_t>(p)].second, work, sums);
            }
        }
        if (stopped) throw Cancelled();
        Eigen::MatrixXd total = std::move(partial[0]);
        for (std::size_t t = 1; t < partial.size(); ++t)
            if (partial[t].size() != 0) total += partial[t];
        return total;
    }

private:
    struct Workspace {
        Eigen::MatrixXd gram;      ///< column block x row block of dot products
        Eigen::ArrayXd distances;  ///< from one row to the column block
        Eigen::ArrayXd columnRun;  ///< distances summed over a run of same-cluster rows
    };

    void addBlockPair(Index rowBlock, Index columnBlock, Workspace& work,
                      Eigen::MatrixXd& sums) const {
        const Index n = m_points.rows();
        const Index i0 = rowBlock * kBlock, rows = std::min(kBlock, n - i0);
        const Index j0 = columnBlock * kBlock, columns = std::min(kBlock, n - j0);
        const bool diagonal = rowBlock == columnBlock;
        const std::vector<Segment> columnSegments = segmentsOf(m_layout, j0, columns);

        if (!m_direct)
            work.gram.noalias() =
                m_points.middleRows(j0, columns) * m_points.middleRows(i0, rows).transpose();
        work.distances.resize(columns);
        work.columnRun.setZero(columns);

        for (Index r = 0; r < rows; ++r) {
            const Index i = i0 + r;
            distancesFrom(i, j0, columns, r, work);
            double* const run = diagonal ? nullptr : work.columnRun.data();
            for (const Segment& s : columnSegments) {
                // A point's distance to itself is 0 exactly, whatever rounding would say.
                if (diagonal && s.start <= r && r < s.end)
                    sums(i, s.cluster) +=
                        sumOf(work, s.start, r, run) + sumOf(work, r + 1, s.end, run);
                else
                    sums(i, s.cluster) += sumOf(work, s.start, s.end, run);
            }
            if (diagonal) continue;
            // The same distances seen from the column points: a run of rows of one cluster is
            // collected before it touches the (large) accumulator.
            const int cluster = m_layout.clusterAt[i];
            if (r + 1 == rows || m_layout.clusterAt[i + 1] != cluster) {
                sums.col(cluster).segment(j0, columns).array() += work.columnRun;
                work.columnRun.setZero();
            }
        }
    }

    /// Sum of the current row's distances [from, to); also adds each to `run` if given, in
    /// the same pass over the distances.
    static double sumOf(const Workspace& work, Index from, Index to, double* run) {
        const double* distances = work.distances.data();
        double sum = 0.0;
        if (run) {
#pragma omp simd reduction(+ : sum)
            for (Index j = from; j < to; ++j) {
                sum += distances[j];
                run[j] += distances[j];
            }
        } else {
#pragma omp simd reduction(+ : sum)
            for (Index j = from; j < to; ++j) sum += distances[j];
        }
        return sum;
    }

    void distancesFrom(Index i, Index j0, Index columns, Index r, Workspace& work) const {
        if (m_direct) {
            work.distances.setZero();
            for (Index k = 0; k < m_points.cols(); ++k)
                work.distances +=
                    (m_points.col(k).segment(j0, columns).array() - m_points(i, k)).square();
            work.distances = work.distances.sqrt();
        } else {
            // |x|^2 + |y|^2 - 2 x.y can dip below zero by rounding for near-identical points.
            work.distances = (m_squaredNorms.segment(j0, columns).array() + m_squaredNorms(i) -
                              2.0 * work.gram.col(r).array())
                                 .max(0.0)
                                 .sqrt();
        }
    }

    const Eigen::MatrixXd& m_points;
    const ClusterLayout& m_layout;
    const StopRequested& m_stopRequested;
    const bool m_direct;
    Eigen::VectorXd m_squaredNorms;
};

void checkInputs(const Eigen::Ref<const Eigen::MatrixXd>& points, const std::vector<int>& labels) {
    if (static_cast<Index>(labels.size()) != points.rows())
        throw DataError("silhouette: " + std::to_string(labels.size()) + " labels for " +
                        std::to_string(points.rows()) + " points");
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] < 0)
            throw DataError("silhouette: row " + std::to_string(i + 1) + " has cluster label " +
                            std::to_string(labels[i]) + "; labels must be >= 0");
    if (!points.allFinite())
        throw DataError("silhouette: the points contain NaN or infinite values");
}

}  // namespace

Eigen::VectorXd silhouetteSamples(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                  const std::vector<int>& labels,
                                  const StopRequested& stopRequested) {
    checkInputs(points, labels);
    const Index n = points.rows();
    const ClusterLayout layout = groupByCluster(labels);
    if (layout.clusters() < 2 || layout.clusters() > n - 1)
        return Eigen::VectorXd::Constant(n, std::numeric_limits<double>::quiet_NaN());

    // Centring loses nothing (distances are translation invariant) and shrinks the norms
    // that |x|^2 + |y|^2 - 2 x.y cancels against.
    const Eigen::RowVectorXd mean = points.colwise().mean();
    Eigen::MatrixXd sorted(n, points.cols());
    for (Index p = 0; p < n; ++p) sorted.row(p) = points.row(layout.order[p]) - mean;

    const Eigen::MatrixXd sums = DistanceSums(sorted, layout, stopRequested).compute();

    Eigen::VectorXd result(n);
    for (Index p = 0; p < n; ++p) {
        const int own = layout.clusterAt[p];
        const Index ownSize = layout.size(own);
        double nearest = std::numeric_limits<double>::infinity();
        for (int c = 0; c < layout.clusters(); ++c)
            if (c != own)
                nearest = std::min(nearest, sums(p, c) / static_cast<double>(layout.size(c)));
        double score = 0.0;  // a point alone in its cluster, as scikit-learn
        if (ownSize > 1) {
            const double within = sums(p, own) / static_cast<double>(ownSize - 1);
            const double scale = std::max(within, nearest);
            // Coincident points of two clusters give 0/0, which scikit-learn maps to 0.
            if (scale > 0.0) score = (nearest - within) / scale;
        }
        result(layout.order[p]) = score;
    }
    return result;
}

double silhouetteScore(const Eigen::Ref<const Eigen::MatrixXd>& points,
                       const std::vector<int>& labels, const StopRequested& stopRequested) {
    const Eigen::VectorXd samples = silhouetteSamples(points, labels, stopRequested);
    if (samples.size() == 0) return std::numeric_limits<double>::quiet_NaN();
    return samples.mean();
}

SilhouetteEstimate sampledSilhouette(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                     const std::vector<int>& labels, int sampleSize,
                                     std::uint64_t seed) {
    checkInputs(points, labels);
    if (sampleSize < 2)
        throw DataError("silhouette: the sample size is " + std::to_string(sampleSize) +
                        "; it must be at least 2");
    const int n = static_cast<int>(points.rows());
    SilhouetteEstimate estimate;
    if (sampleSize >= n) {
        estimate.rows.resize(static_cast<std::size_t>(n));
        std::iota(estimate.rows.begin(), estimate.rows.end(), 0);
        estimate.samples = silhouetteSamples(points, labels);
    } else {
        // Same subset as scikit-learn's RandomState(seed).permutation(n)[:sampleSize].
        estimate.rows = Random(seed).sample(n, sampleSize);
        Eigen::MatrixXd subset(sampleSize, points.cols());
        std::vector<int> subsetLabels(static_cast<std::size_t>(sampleSize));
        for (int s = 0; s < sampleSize; ++s) {
            subset.row(s) = points.row(estimate.rows[s]);
            subsetLabels[s] = labels[estimate.rows[s]];
        }
        estimate.samples = silhouetteSamples(subset, subsetLabels);
    }
    const Eigen::Index m = estimate.samples.size();
    estimate.sampleSize = static_cast<int>(m);
    estimate.mean = m > 0 ? estimate.samples.mean() : std::numeric_limits<double>::quiet_NaN();
    if (sampleSize >= n || m < 2) {
        estimate.ciHalfWidth = 0.0;  // every point is counted: nothing left to estimate
    } else {
        const double variance =
            (estimate.samples.array() - estimate.mean).square().sum() / static_cast<double>(m - 1);
        estimate.ciHalfWidth = 1.96 * std::sqrt(variance / static_cast<double>(m));
    }
    return estimate;
}

}  // namespace latentlab
