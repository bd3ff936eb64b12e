#include "ClusterMetrics.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace latentlab {
namespace {

using Eigen::Index;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Labels recoded densely as 0..count-1 in ascending label order, as scikit-learn's
/// LabelEncoder does: a clustering may use any integers, with gaps.
struct DenseLabels {
    std::vector<int> codes;
    int count = 0;
};

DenseLabels encode(const std::vector<int>& labels) {
    std::vector<int> distinct(labels);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    DenseLabels dense;
    dense.count = static_cast<int>(distinct.size());
    dense.codes.reserve(labels.size());
    for (int label : labels)
        dense.codes.push_back(static_cast<int>(
            std::lower_bound(distinct.begin(), distinct.end(), label) - distinct.begin()));
    return dense;
}

/// The non-zero cells of the contingency table, in row-major order (scipy's `find` order),
/// with the row and column totals. Sparse, so that many distinct labels cost no n^2 memory.
struct Contingency {
    struct Cell {
        int row, column;
        std::int64_t count;
    };
    std::vector<Cell> cells;
    std::vector<std::int64_t> rowTotals, columnTotals;
    std::int64_t total = 0;
};

Contingency contingency(const std::vector<int>& truth, const std::vector<int>& predicted,
                        const char* metric) {
    if (truth.size() != predicted.size())
        throw DataError(std::string(metric) + ": " + std::to_string(truth.size()) +
                        " true labels but " + std::to_string(predicted.size()) + " clusters");
    const DenseLabels rows = encode(truth), columns = encode(predicted);
    std::vector<std::int64_t> keys(truth.size());
    for (std::size_t i = 0; i < truth.size(); ++i)
        keys[i] = std::int64_t(rows.codes[i]) * columns.count + columns.codes[i];
    std::sort(keys.begin(), keys.end());

    Contingency table;
    table.rowTotals.assign(static_cast<std::size_t>(rows.count), 0);
    table.columnTotals.assign(static_cast<std::size_t>(columns.count), 0);
    table.total = static_cast<std::int64_t>(keys.size());
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t end = i;
        while (end < keys.size() && keys[end] == keys[i]) ++end;
        const int row = static_cast<int>(keys[i] / columns.count);
        const int column = static_cast<int>(keys[i] % columns.count);
        const std::int64_t count = static_cast<std::int64_t>(end - i);
        table.cells.push_back({row, column, count});
        table.rowTotals[row] += count;
        table.columnTotals[column] += count;
        i = end;
    }
    return table;
}

/// scikit-learn's entropy(labels), natural log, from the label counts.
double entropy(const std::vector<std::int64_t>& counts) {
    if (counts.size() == 1) return 0.0;
    double total = 0.0;
    for (std::int64_t c : counts) total += static_cast<double>(c);
    double sum = 0.0;
    for (std::int64_t c : counts) {
        const double count = static_cast<double>(c);
        sum += (count / total) * (std::log(count) - std::log(total));
    }
    return -sum;
}

/// scikit-learn's mutual_info_score, term by term in the same arrangement of logarithms.
double mutualInfo(const Contingency& table) {
    if (table.rowTotals.size() == 1 || table.columnTotals.size() == 1) return 0.0;
    const double total = static_cast<double>(table.total);
    const double logTotal = std::log(total);
    double sum = 0.0;
    for (const Contingency::Cell& cell : table.cells) {
        const double count = static_cast<double>(cell.count);
        const double share = count / total;
        const std::int64_t outer = table.rowTotals[cell.row] * table.columnTotals[cell.column];
        const double logOuter = -std::log(static_cast<double>(outer)) + logTotal + logTotal;
        const double term = share * (std::log(count) - logTotal) + share * logOuter;
        // scikit-learn zeroes round-off sized terms before summing.
        if (std::abs(term) >= std::numeric_limits<double>::epsilon()) sum += term;
    }
    return std::max(sum, 0.0);
}

/// Dense cluster codes of `labels` checked against the points, or count 0 when the score is
/// undefined (scikit-learn needs 2 <= clusters <= n - 1).
DenseLabels clustersFor(const Eigen::Ref<const Eigen::MatrixXd>& points,
                        const std::vector<int>& labels, const char* metric) {
    if (static_cast<Index>(labels.size()) != points.rows())
        throw DataError(std::string(metric) + ": " + std::to_string(labels.size()) +
                        " labels for " + std::to_string(points.rows()) + " points");
    DenseLabels dense = encode(labels);
    if (dense.count < 2 || dense.count >= points.rows()) dense.count = 0;
    return dense;
}

/// Per-cluster centroids (rows) and sizes.
void centroids(const Eigen::Ref<const Eigen::MatrixXd>& points, const DenseLabels& clusters,
               Eigen::MatrixXd& centres, Eigen::VectorXd& sizes) {
    centres.setZero(clusters.count, points.cols());
    sizes.setZero(clusters.count);
    for (Index i = 0; i < points.rows(); ++i) {
        centres.row(clusters.codes[i]) += points.row(i);
        sizes(clusters.codes[i]) += 1.0;
    }
    centres.array().colwise() /= sizes.array();
}

}  // namespace

double adjustedRandIndex(const std::vector<int>& truth, const std::vector<int>& predicted) {
    const Contingency table = contingency(truth, predicted, "adjusted Rand index");
    // scikit-learn's pair confusion matrix: pairs of points counted by whether the two
    // labelings put them together.
    std::int64_t sumSquares = 0, rowWeighted = 0, columnWeighted = 0;
    for (const Contingency::Cell& cell : table.cells) {
        sumSquares += cell.count * cell.count;
        rowWeighted += cell.count * table.rowTotals[cell.row];
        columnWeighted += cell.count * table.columnTotals[cell.column];
    }
    const std::int64_t n = table.total;
    const std::int64_t togetherBoth = sumSquares - n;
    const std::int64_t togetherPredictedOnly = columnWeighted - sumSquares;
    const std::int64_t togetherTruthOnly = rowWeighted - sumSquares;
    const std::int64_t apartBoth = n * n - togetherPredictedOnly - togetherTruthOnly - sumSquares;
    if (togetherPredictedOnly == 0 && togetherTruthOnly == 0) return 1.0;

        // The products overflow 64 bits from about 50 000 points; scikit-learn uses Python's
        // exact integers here, and so do we.
#ifdef __SIZEOF_INT128__
    using Wide = __int128;
#else
    using Wide = long double;
#endif
    const Wide tp = togetherBoth, tn = apartBoth, fp = togetherPredictedOnly,
               fn = togetherTruthOnly;
    const Wide numerator = tp * tn - fn * fp;
    const Wide denominator = (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn);
    return 2.0 * static_cast<double>(numerator) / static_cast<double>(denominator);
}

double normalizedMutualInfo(const std::vector<int>& truth, const std::vector<int>& predicted) {
    const Contingency table = contingency(truth, predicted, "normalized mutual information");
    const std::size_t classes = table.rowTotals.size(), clusters = table.columnTotals.size();
    // Both labelings unsplit (or empty): a perfect match, as scikit-learn decides.
    if (classes == clusters && classes <= 1) return 1.0;
    const double mi = mutualInfo(table);
    if (mi == 0.0) return 0.0;
    const double normaliser = (entropy(table.rowTotals) + entropy(table.columnTotals)) / 2.0;
    return mi / normaliser;
}

double calinskiHarabasz(const Eigen::Ref<const Eigen::MatrixXd>& points,
                        const std::vector<int>& labels) {
    const DenseLabels clusters = clustersFor(points, labels, "Calinski-Harabasz");
    if (clusters.count == 0) return kNaN;
    Eigen::MatrixXd centres;
    Eigen::VectorXd sizes;
    centroids(points, clusters, centres, sizes);
    const Eigen::RowVectorXd mean = points.colwise().mean();

    double between = 0.0, within = 0.0;
    for (int c = 0; c < clusters.count; ++c)
        between += sizes(c) * (centres.row(c) - mean).squaredNorm();
    for (Index i = 0; i < points.rows(); ++i)
        within += (points.row(i) - centres.row(clusters.codes[i])).squaredNorm();
    if (within == 0.0) return 1.0;  // scikit-learn's value for clusters that are single points
    const double n = static_cast<double>(points.rows()), k = clusters.count;
    return between * (n - k) / (within * (k - 1.0));
}

double daviesBouldin(const Eigen::Ref<const Eigen::MatrixXd>& points,
                     const std::vector<int>& labels) {
    const DenseLabels clusters = clustersFor(points, labels, "Davies-Bouldin");
    if (clusters.count == 0) return kNaN;
    Eigen::MatrixXd centres;
    Eigen::VectorXd sizes;
    centroids(points, clusters, centres, sizes);

    Eigen::VectorXd spread = Eigen::VectorXd::Zero(clusters.count);
    for (Index i = 0; i < points.rows(); ++i)
        spread(clusters.codes[i]) += (points.row(i) - centres.row(clusters.codes[i])).norm();
    spread.array() /= sizes.array();

    Eigen::MatrixXd separation(clusters.count, clusters.count);
    for (int a = 0; a < clusters.count; ++a)
        for (int b = 0; b < clusters.count; ++b)
            separation(a, b) = (centres.row(a) - centres.row(b)).norm();

    // numpy.allclose(x, 0): every |x| <= 1e-8. Then the index is 0 by scikit-learn's convention.
    constexpr double kTiny = 1e-8;
    if (spread.cwiseAbs().maxCoeff() <= kTiny || separation.cwiseAbs().maxCoeff() <= kTiny)
        return 0.0;
    // Coinciding centroids (and each cluster with itself) drop out of the maximum.
    separation =
        (separation.array() == 0.0).select(std::numeric_limits<double>::infinity(), separation);

    double sum = 0.0;
    for (int a = 0; a < clusters.count; ++a) {
        double worst = 0.0;
        for (int b = 0; b < clusters.count; ++b)
            worst = std::max(worst, (spread(a) + spread(b)) / separation(a, b));
        sum += worst;
    }
    return sum / clusters.count;
}

double totalSumOfSquares(const Eigen::Ref<const Eigen::MatrixXd>& points) {
    if (points.rows() == 0) return 0.0;
    const Eigen::RowVectorXd mean = points.colwise().mean();
    return (points.rowwise() - mean).squaredNorm();
}

Eigen::MatrixXi confusionMatrix(const std::vector<int>& truth, const std::vector<int>& predicted,
                                int truthClasses, int clusters) {
    if (truth.size() != predicted.size())
        throw DataError("confusion matrix: " + std::to_string(truth.size()) + " true labels but " +
                        std::to_string(predicted.size()) + " clusters");
    Eigen::MatrixXi counts = Eigen::MatrixXi::Zero(truthClasses, clusters);
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (truth[i] < 0 || truth[i] >= truthClasses || predicted[i] < 0 ||
            predicted[i] >= clusters)
            throw DataError("confusion matrix: row " + std::to_string(i + 1) + " has true label " +
                            std::to_string(truth[i]) + " and cluster " +
                            std::to_string(predicted[i]) + ", outside " +
                            std::to_string(truthClasses) + " classes x " +
                            std::to_string(clusters) + " clusters");
        ++counts(truth[i], predicted[i]);
    }
    return counts;
}

}  // namespace latentlab
