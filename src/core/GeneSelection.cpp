#include "GeneSelection.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace latentlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Per-column sums of two terms over the stored entries, in one pass: add(j, x, a, b) adds
/// entry x of column j's terms to a and b.
/// Each thread sums a fixed block of rows into its own arrays and the blocks are added in
/// thread order, so the result depends on the thread count only, never on scheduling.
template <typename Add>
void sumColumns(const SparseMatrix& m, Add add, std::vector<double>& sumFirst,
                std::vector<double>& sumSecond) {
    const std::size_t columns = std::size_t(m.columns());
    int threads = 1;
#ifdef _OPENMP
    if (m.nonZeros() > 200000) threads = omp_get_max_threads();
#endif
    std::vector<std::vector<double>> partial(std::size_t(threads) * 2);
#pragma omp parallel num_threads(threads) if (threads > 1)
    {
        int thread = 0, team = 1;
#ifdef _OPENMP
        thread = omp_get_thread_num();
        team = omp_get_num_threads();
#endif
        std::vector<double>& a = partial[std::size_t(thread) * 2];
        std::vector<double>& b = partial[std::size_t(thread) * 2 + 1];
        a.assign(columns, 0.0);
        b.assign(columns, 0.0);
        const int begin = int(std::int64_t(m.rows()) * thread / team);
        const int end = int(std::int64_t(m.rows()) * (thread + 1) / team);
        for (int row = begin; row < end; ++row)
            for (std::int64_t k = m.rowStart(row); k < m.rowEnd(row); ++k) {
                const int j = m.indices[std::size_t(k)];
                add(j, m.values[std::size_t(k)], a[std::size_t(j)], b[std::size_t(j)]);
            }
    }
    sumFirst.assign(columns, 0.0);
    sumSecond.assign(columns, 0.0);
    for (int t = 0; t < threads; ++t) {
        if (partial[std::size_t(t) * 2].empty()) continue;  // a thread the team did not get
        for (std::size_t j = 0; j < columns; ++j) {
            sumFirst[j] += partial[std::size_t(t) * 2][j];
            sumSecond[j] += partial[std::size_t(t) * 2 + 1][j];
        }
    }
}

void requireCells(const SparseMatrix& values) {
    if (values.rows() < 2)
        throw DataError("gene selection needs at least 2 cells, got " +
                        std::to_string(values.rows()));
}

GeneTable emptyTable(int genes) {
    GeneTable table;
    table.gene.resize(std::size_t(genes));
    std::iota(table.gene.begin(), table.gene.end(), 0);
    table.means.assign(std::size_t(genes), kNaN);
    table.dispersions.assign(std::size_t(genes), kNaN);
    table.dispersionsNorm.assign(std::size_t(genes), kNaN);
    table.variances.assign(std::size_t(genes), kNaN);
    table.highlyVariable.assign(std::size_t(genes), false);
    return table;
}

/// Mean and ddof-1 standard deviation of the non-NaN values of each bin, in the arithmetic
/// pandas' groupby uses (Kahan-summed mean, Welford's variance), visiting genes in order.
void binMoments(const std::vector<double>& values, const std::vector<int>& bin, int bins,
                std::vector<double>& mean, std::vector<double>& sd) {
    std::vector<double> sum(std::size_t(bins), 0.0), compensation(std::size_t(bins), 0.0);
    std::vector<double> welfordMean(std::size_t(bins), 0.0), squares(std::size_t(bins), 0.0);
    std::vector<double> count(std::size_t(bins), 0.0);
    for (std::size_t g = 0; g < values.size(); ++g) {
        const double x = values[g];
        if (std::isnan(x)) continue;
        const std::size_t b = std::size_t(bin[g]);
        count[b] += 1.0;
        const double y = x - compensation[b];
        const double t = sum[b] + y;
        compensation[b] = (t - sum[b]) - y;
        sum[b] = t;
        const double previous = welfordMean[b];
        welfordMean[b] += (x - previous) / count[b];
        squares[b] += (x - welfordMean[b]) * (x - previous);
    }
    mean.assign(std::size_t(bins), kNaN);
    sd.assign(std::size_t(bins), kNaN);
    for (std::size_t b = 0; b < std::size_t(bins); ++b) {
        if (count[b] > 0) mean[b] = sum[b] / count[b];
        if (count[b] > 1) sd[b] = std::sqrt(squares[b] / (count[b] - 1.0));
    }
}

}  // namespace

std::vector<int> GeneTable::selected() const {
    std::vector<int> chosen;
    for (std::size_t g = 0; g < highlyVariable.size(); ++g)
        if (highlyVariable[g]) chosen.push_back(gene[g]);
    return chosen;
}

GeneSelection::GeneSelection(GeneSelectionOptions options) : m_options(options) {
    if (m_options.topGenes < 0)
        throw ConfigError("top_genes = " + std::to_string(m_options.topGenes) +
                          ": must be 0 (all genes) or a positive number of genes");
    if (m_options.bins < 1)
        throw ConfigError("gene selection bins = " + std::to_string(m_options.bins) +
                          ": at least one bin is needed");
}

GeneTable GeneSelection::apply(const SparseMatrix& values) const {
    return m_options.flavor == GeneSelectionFlavor::Seurat
               ? seurat(values, m_options.topGenes, m_options.bins)
               : variance(values, m_options.topGenes);
}

std::vector<int> GeneSelection::equalWidthBins(const std::vector<double>& x, int bins) {
    if (x.empty()) return {};
    double low = *std::min_element(x.begin(), x.end());
    double high = *std::max_element(x.begin(), x.end());
    std::vector<double> edges(std::size_t(bins) + 1);
    const auto linspace = [&](double start, double stop) {
        const double step = (stop - start) / double(bins);
        for (int i = 0; i < bins; ++i) {
            // numpy's linspace: i * step + start, rounded twice (never fused into an FMA,
            // which could move an edge by one ulp and a mean into the neighbouring bin).
            volatile double offset = double(i) * step;
            edges[std::size_t(i)] = offset + start;
        }
        edges[std::size_t(bins)] = stop;
    };
    if (low == high) {
        low -= low != 0.0 ? 0.001 * std::abs(low) : 0.001;
        high += high != 0.0 ? 0.001 * std::abs(high) : 0.001;
        linspace(low, high);
    } else {
        linspace(low, high);
        edges[0] -= (high - low) * 0.001;
    }
    std::vector<int> bin(x.size());
    for (std::size_t g = 0; g < x.size(); ++g) {
        // searchsorted(side="left"): the first edge >= x closes x's bin on the right.
        const auto at = std::lower_bound(edges.begin(), edges.end(), x[g]) - edges.begin();
        bin[g] = std::clamp(int(at) - 1, 0, bins - 1);
    }
    return bin;
}

GeneTable GeneSelection::seurat(const SparseMatrix& values, int topGenes, int bins) {
    requireCells(values);
    const int genes = values.columns();
    const double n = double(values.rows());
    GeneTable table = emptyTable(genes);

    // One pass: sums of expm1(x) and of its square (zeros add nothing).
    std::vector<double> sum, sumSquares;
    sumColumns(
        values,
        [](int, double x, double& a, double& b) {
            const double e = std::expm1(x);
            a += e;
            b += e * e;
        },
        sum, sumSquares);
    std::vector<double>& means = table.means;
    std::vector<double>& dispersions = table.dispersions;
    for (std::size_t g = 0; g < std::size_t(genes); ++g) {
        double mean = sum[g] / n;
        const double meanSquare = sumSquares[g] / n;
        // E[x^2] - E[x]^2 with Bessel's correction, as scanpy and the reference compute it.
        const double variance = (meanSquare - mean * mean) * n / (n - 1.0);
        table.variances[g] = variance;
        if (mean == 0.0) mean = 1e-12;
        double dispersion = variance / mean;
        if (dispersion == 0.0) dispersion = kNaN;
        dispersions[g] = std::log(dispersion);
        means[g] = std::log1p(mean);
    }

    const std::vector<int> bin = equalWidthBins(means, bins);
    std::vector<double> binMean, binSd;
    binMoments(dispersions, bin, bins, binMean, binSd);
    for (std::size_t b = 0; b < std::size_t(bins); ++b)
        if (std::isnan(binSd[b])) {  // one gene (or none) in the bin: it scores 1
            binSd[b] = binMean[b];
            binMean[b] = 0.0;
        }
    std::vector<double> valid;
    for (std::size_t g = 0; g < std::size_t(genes); ++g) {
        const std::size_t b = std::size_t(bin[g]);
        table.dispersionsNorm[g] = (dispersions[g] - binMean[b]) / binSd[b];
        if (!std::isnan(table.dispersionsNorm[g])) valid.push_back(table.dispersionsNorm[g]);
    }

    if (topGenes == 0) {
        table.highlyVariable.assign(std::size_t(genes), true);
        return table;
    }
    if (valid.empty())
        throw DataError("no gene has a finite normalised dispersion: the genes cannot be ranked");
    const std::size_t rank = std::min(std::size_t(topGenes), valid.size()) - 1;
    std::nth_element(valid.begin(), valid.begin() + std::ptrdiff_t(rank), valid.end(),
                     std::greater<double>());
    const double cut = valid[rank];
    for (std::size_t g = 0; g < std::size_t(genes); ++g)
        table.highlyVariable[g] = table.dispersionsNorm[g] >= cut;  // false for NaN
    return table;
}

GeneTable GeneSelection::variance(const SparseMatrix& values, int topGenes) {
    requireCells(values);
    const int genes = values.columns();
    const double n = double(values.rows());
    GeneTable table = emptyTable(genes);

    // Two passes, each over the non-zeros: the means, then the squared deviations (the
    // zeros' share added per gene), so a large mean does not cancel a small variance.
    std::vector<double> sum, stored;
    sumColumns(
        values,
        [](int, double x, double& a, double& b) {
            a += x;
            b += 1.0;
        },
        sum, stored);
    for (std::size_t g = 0; g < std::size_t(genes); ++g) table.means[g] = sum[g] / n;
    std::vector<double> deviations, correction;
    const std::vector<double>& means = table.means;
    sumColumns(
        values,
        [&means](int j, double x, double& a, double& b) {
            const double d = x - means[std::size_t(j)];
            a += d * d;
            b += d;
        },
        deviations, correction);
    for (std::size_t g = 0; g < std::size_t(genes); ++g) {
        // The implicit zeros deviate by -mean each; the corrected two-pass formula
        // (sum d^2 - (sum d)^2 / n) removes the rounding of the mean itself.
        const double zeros = n - stored[g];
        const double squares = deviations[g] + zeros * means[g] * means[g];
        const double total = correction[g] - zeros * means[g];
        // ddof 1 as scanpy's var["variances"]; the ranking is the same for ddof 0.
        table.variances[g] = (squares - total * total / n) / (n - 1.0);
    }

    if (topGenes == 0 || topGenes >= genes) {
        for (std::size_t g = 0; g < std::size_t(genes); ++g)
            table.highlyVariable[g] = topGenes == 0 || !std::isnan(table.variances[g]);
        return table;
    }
    std::vector<int> order(static_cast<std::size_t>(genes));
    std::iota(order.begin(), order.end(), 0);
    const std::vector<double>& variances = table.variances;
    // Largest variance first, NaN last, equal variances by column: a fixed, total order.
    const auto before = [&variances](int a, int b) {
        const double va = variances[std::size_t(a)], vb = variances[std::size_t(b)];
        if (std::isnan(va) != std::isnan(vb)) return std::isnan(vb);
        if (va != vb && !std::isnan(va)) return va > vb;
        return a < b;
    };
    std::partial_sort(order.begin(), order.begin() + topGenes, order.end(), before);
    int chosen = 0;
    for (int k = 0; k < topGenes; ++k)
        if (!std::isnan(variances[std::size_t(order[std::size_t(k)])])) {
            table.highlyVariable[std::size_t(order[std::size_t(k)])] = true;
            ++chosen;
        }
    if (chosen == 0) throw DataError("no gene has a finite variance: the genes cannot be ranked");
    return table;
}

}  // namespace latentlab
