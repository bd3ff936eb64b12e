#include "JointProbabilities.h"

#include "Errors.h"
#include "TsneSettings.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace latentlab {
namespace {

// scikit-learn declares both as C floats; their single-precision values are what it uses.
constexpr double kEntropyTolerance = static_cast<double>(1e-5f);
constexpr double kEmptySum = static_cast<double>(1e-8f);
constexpr int kSearchSteps = 100;
constexpr int kRowsPerBlock = 4096;  // between two stop checks

/// One row of conditional probabilities p_{j|i} over its neighbours' squared distances:
/// the precision beta is halved, doubled or bisected until the entropy matches.
void searchRow(const double* squared, int k, double desiredEntropy, double* p) {
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    double beta = 1.0, betaMin = -kInfinity, betaMax = kInfinity;
    for (int step = 0; step < kSearchSteps; ++step) {
        double sum = 0.0;
        for (int j = 0; j < k; ++j) {
            p[j] = std::exp(-squared[j] * beta);
            sum += p[j];
        }
        if (sum == 0.0) sum = kEmptySum;
        double weightedDistance = 0.0;
        for (int j = 0; j < k; ++j) {
            p[j] /= sum;
            weightedDistance += squared[j] * p[j];
        }
        const double entropyExcess = std::log(sum) + beta * weightedDistance - desiredEntropy;
        if (std::fabs(entropyExcess) <= kEntropyTolerance) break;
        if (entropyExcess > 0.0) {
            betaMin = beta;
            beta = betaMax == kInfinity ? beta * 2.0 : (beta + betaMax) / 2.0;
        } else {
            betaMax = beta;
            beta = betaMin == -kInfinity ? beta / 2.0 : (beta + betaMin) / 2.0;
        }
    }
}

/// Row-sorted (column, value) lists of C, the conditional probabilities without zeros.
struct Conditional {
    std::vector<std::int64_t> start;  ///< rows + 1
    std::vector<int> columns;
    std::vector<double> values;
};

Conditional conditionalProbabilities(const KnnGraph& knn, double perplexity,
                                     const std::function<bool()>& stopRequested) {
    const int n = knn.rows(), k = knn.neighbors() - 1;
    // The perplexity reaches scikit-learn's search as a C float.
    const double desiredEntropy = std::log(static_cast<double>(static_cast<float>(perplexity)));
    std::vector<double> p(static_cast<std::size_t>(n) * k);
    for (int first = 0; first < n; first += kRowsPerBlock) {
        if (stopRequested && stopRequested()) throw Cancelled();
        const int last = std::min(n, first + kRowsPerBlock);
#pragma omp parallel if (last - first > 64)
        {
            std::vector<double> squared(static_cast<std::size_t>(k));
#pragma omp for schedule(static)
            for (int i = first; i < last; ++i) {
                for (int j = 0; j < k; ++j) {
                    const double d = knn.distances(i, j + 1);
                    squared[j] = static_cast<double>(static_cast<float>(d * d));
                }
                searchRow(squared.data(), k, desiredEntropy, &p[std::size_t(i) * k]);
            }
        }
    }
    Conditional c;
    c.start.assign(std::size_t(n) + 1, 0);
    c.columns.reserve(p.size());
    c.values.reserve(p.size());
    std::vector<std::pair<int, double>> row;
    for (int i = 0; i < n; ++i) {
        row.clear();
        for (int j = 0; j < k; ++j)
            if (p[std::size_t(i) * k + j] > 0.0)
                row.emplace_back(knn.indices(i, j + 1), p[std::size_t(i) * k + j]);
        std::sort(row.begin(), row.end());
        for (const auto& [column, value] : row) {
            c.columns.push_back(column);
            c.values.push_back(value);
        }
        c.start[std::size_t(i) + 1] = std::int64_t(c.columns.size());
    }
    return c;
}

/// C^T in the same layout: scattering rows in order leaves every column list sorted.
Conditional transposed(const Conditional& c, int n) {
    Conditional t;
    t.start.assign(std::size_t(n) + 1, 0);
    for (int column : c.columns) ++t.start[std::size_t(column) + 1];
    std::partial_sum(t.start.begin(), t.start.end(), t.start.begin());
    t.columns.resize(c.columns.size());
    t.values.resize(c.values.size());
    std::vector<std::int64_t> next(t.start.begin(), t.start.end() - 1);
    for (int i = 0; i < n; ++i)
        for (std::int64_t e = c.start[i]; e < c.start[std::size_t(i) + 1]; ++e) {
            const std::int64_t at = next[std::size_t(c.columns[e])]++;
            t.columns[at] = i;
            t.values[at] = c.values[e];
        }
    return t;
}

}  // namespace

int tsneNeighborCount(int rows, double perplexity) {
    return std::min(rows - 1, static_cast<int>(3.0 * perplexity + 1.0));
}

SparseMatrix tsneJointProbabilities(const KnnGraph& knn, double perplexity,
                                    const std::function<bool()>& stopRequested) {
    const int n = knn.rows();
    if (knn.neighbors() < 2)
        throw DataError("t-SNE: the neighbour graph has no neighbours besides the points "
                        "themselves; it needs at least one per row");
    if (!(perplexity > 0.0))
        throw ConfigError("tsne.perplexity = " + std::to_string(perplexity) +
                          " is out of range: must be > 0");
    const Conditional c = conditionalProbabilities(knn, perplexity, stopRequested);
    const Conditional t = transposed(c, n);

    // P = C + C^T, row by row as the merge of two sorted lists.
    std::vector<double> values;
    std::vector<int> indices;
    std::vector<std::int64_t> indptr(std::size_t(n) + 1, 0);
    values.reserve(c.values.size() * 3 / 2);
    indices.reserve(c.values.size() * 3 / 2);
    double total = 0.0;
    for (int i = 0; i < n; ++i) {
        std::int64_t a = c.start[i], aEnd = c.start[std::size_t(i) + 1];
        std::int64_t b = t.start[i], bEnd = t.start[std::size_t(i) + 1];
        while (a < aEnd || b < bEnd) {
            int column;
            double value;
            if (b == bEnd || (a < aEnd && c.columns[a] < t.columns[b])) {
                column = c.columns[a];
                value = c.values[a++];
            } else if (a == aEnd || t.columns[b] < c.columns[a]) {
                column = t.columns[b];
                value = t.values[b++];
            } else {
                column = c.columns[a];
                value = c.values[a++] + t.values[b++];
            }
            indices.push_back(column);
            values.push_back(value);
            total += value;
        }
        indptr[std::size_t(i) + 1] = std::int64_t(values.size());
    }
    const double scale = 1.0 / std::max(total, DBL_EPSILON);
    for (double& value : values) value *= scale;
    return SparseMatrix::fromCsr(n, n, std::move(values), std::move(indices), std::move(indptr));
}

SparseMatrix tsneJointProbabilities(const Eigen::Ref<const Eigen::MatrixXd>& data,
                                    double perplexity,
                                    const std::function<bool()>& stopRequested) {
    TsneSettings settings;
    settings.perplexity = perplexity;
    settings.validate(data.rows());
    const int n = static_cast<int>(data.rows());
    const KnnGraph knn = exactNearestNeighbors(data, tsneNeighborCount(n, perplexity) + 1);
    return tsneJointProbabilities(knn, perplexity, stopRequested);
}

}  // namespace latentlab
