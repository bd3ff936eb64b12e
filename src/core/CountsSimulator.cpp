#include "CountsSimulator.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace latentlab {

namespace {

// make_counts.py's biological noise: gamma with CV 0.2, i.e. shape 1 / 0.04.
constexpr double kDispersionShape = 25.0;
constexpr int kCellsPerBlock = 512;

std::string numbered(const char* prefix, int width, int number, const char* suffix) {
    char text[32];
    std::snprintf(text, sizeof text, "%s%0*d%s", prefix, width, number, suffix);
    return text;
}

/// The expected number of non-zero counts, so the arrays are reserved once: grown by
/// doubling they could hold twice the matrix. Per type, P(count > 0) summed over the genes
/// on a grid of library sizes, interpolated per cell (a slight overestimate is enough).
std::size_t expectedNonZeros(const std::vector<std::vector<double>>& profiles,
                             const std::vector<int>& type, const std::vector<double>& library) {
    constexpr int kGrid = 64;
    const double low = std::log(*std::min_element(library.begin(), library.end()));
    const double high = std::log(*std::max_element(library.begin(), library.end())) + 1e-9;
    const double step = (high - low) / (kGrid - 1);
    std::vector<std::vector<double>> detected(profiles.size(), std::vector<double>(kGrid, 0.0));
    for (std::size_t t = 0; t < profiles.size(); ++t)
        for (int k = 0; k < kGrid; ++k) {
            const double size = std::exp(low + step * k);
            for (double p : profiles[t])
                detected[t][std::size_t(k)] +=
                    1.0 - std::exp(-kDispersionShape * std::log1p(p * size / kDispersionShape));
        }
    double total = 0.0;
    for (std::size_t c = 0; c < library.size(); ++c) {
        const double at = std::min((std::log(library[c]) - low) / step, double(kGrid - 1) - 1e-9);
        const int k = int(at);
        const std::vector<double>& f = detected[std::size_t(type[c])];
        total += f[std::size_t(k)] +
                 (at - k) * (f[std::size_t(std::min(k + 1, kGrid - 1))] - f[std::size_t(k)]);
    }
    return std::size_t(1.01 * total) + 1024;
}

}  // namespace

CountsSimulator::CountsSimulator(CountsSimulatorOptions options) : m_options(options) {
    const auto require = [](bool ok, const std::string& what) {
        if (!ok) throw ConfigError(what);
    };
    require(m_options.cells >= 1, "cells must be at least 1");
    require(m_options.genes >= 1, "genes must be at least 1");
    require(m_options.types >= 1, "types must be at least 1");
    require(m_options.markerShare >= 0.0 && m_options.markerShare <= 1.0,
            "marker_share must be between 0 and 1");
    require(m_options.foldChange > 0.0 && std::isfinite(m_options.foldChange),
            "fold_change must be positive");
    require(m_options.depth > 0.0 && std::isfinite(m_options.depth), "depth must be positive");
}

double CountsSimulator::gamma(Random& rng, double shape, double scale) {
    if (shape < 1.0) {
        // Gamma(a) = Gamma(a + 1) * U^(1/a).
        const double u = rng.uniform();
        return gamma(rng, shape + 1.0, scale) * std::pow(1.0 - u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = rng.gauss();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = 1.0 - rng.uniform();  // (0, 1]
        if (u < 1.0 - 0.0331 * x * x * x * x) return d * v * scale;
        if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v * scale;
    }
}

int CountsSimulator::gammaPoisson(Random& rng, double mean, double dispersionShape) {
    if (!(mean > 0.0)) return 0;
    const double u = rng.uniform();
    // P(0) = (1 + mean / r)^-r >= 1 - mean (Bernoulli): most zeros need no logarithm.
    if (u < 1.0 - mean) return 0;
    const double theta = mean / dispersionShape;
    double probability = std::exp(-dispersionShape * std::log1p(theta));
    double cumulative = probability;
    const double ratio = theta / (1.0 + theta);
    int k = 0;
    // The walk is as long as the count; it stops where the tail no longer adds anything.
    while (u >= cumulative) {
        probability *= (k + dispersionShape) / (k + 1.0) * ratio;
        ++k;
        const double next = cumulative + probability;
        if (next == cumulative && k > mean) break;
        cumulative = next;
    }
    return k;
}

ExpressionData CountsSimulator::generate() const {
    const CountsSimulatorOptions& o = m_options;
    Random rng(o.seed);
    std::vector<double> base(std::size_t(o.genes));
    double baseSum = 0.0;
    for (double& b : base) {
        b = gamma(rng, 0.35, 1.0) + 1e-3;  // skewed gene means
        baseSum += b;
    }
    std::vector<std::vector<double>> profiles(std::size_t(o.types));
    const int markers = int(o.markerShare * o.genes);
    for (auto& profile : profiles) {
        profile = base;
        for (int gene : rng.sample(o.genes, markers))
            profile[std::size_t(gene)] *= std::exp(std::log(o.foldChange) + 0.4 * rng.gauss());
        double sum = 0.0;
        for (double p : profile) sum += p;
        for (double& p : profile) p /= sum;
    }
    std::vector<int> type(std::size_t(o.cells));
    std::vector<double> library(std::size_t(o.cells));
    for (int& t : type) t = int(rng.interval(std::uint64_t(o.types - 1)));
    for (double& l : library) l = o.depth * std::exp(0.35 * rng.gauss());

    ExpressionData data;
    SparseMatrix& m = data.values;
    m = SparseMatrix(o.cells, o.genes);
    const std::size_t expected = expectedNonZeros(profiles, type, library);
    m.values.reserve(expected);
    m.indices.reserve(expected);
    std::vector<std::vector<int>> blockColumns(kCellsPerBlock);
    std::vector<std::vector<double>> blockCounts(kCellsPerBlock);
    for (int first = 0; first < o.cells; first += kCellsPerBlock) {
        const int count = std::min(kCellsPerBlock, o.cells - first);
#pragma omp parallel for schedule(dynamic, 8)
        for (int i = 0; i < count; ++i) {
            const int cell = first + i;
            Random cellRng(deriveSeed(o.seed, std::uint64_t(cell)));
            const std::vector<double>& profile = profiles[std::size_t(type[std::size_t(cell)])];
            std::vector<int>& columns = blockColumns[std::size_t(i)];
            std::vector<double>& counts = blockCounts[std::size_t(i)];
            columns.clear();
            counts.clear();
            for (int g = 0; g < o.genes; ++g) {
                const int x =
                    gammaPoisson(cellRng, profile[std::size_t(g)] * library[std::size_t(cell)],
                                 kDispersionShape);
                if (x > 0) {
                    columns.push_back(g);
                    counts.push_back(double(x));
                }
            }
        }
        for (int i = 0; i < count; ++i) {
            m.indices.insert(m.indices.end(), blockColumns[std::size_t(i)].begin(),
                             blockColumns[std::size_t(i)].end());
            m.values.insert(m.values.end(), blockCounts[std::size_t(i)].begin(),
                            blockCounts[std::size_t(i)].end());
            m.indptr[std::size_t(first + i) + 1] = std::int64_t(m.values.size());
        }
    }

    data.cellNames.reserve(std::size_t(o.cells));
    for (int c = 0; c < o.cells; ++c) data.cellNames.push_back(numbered("CELL", 6, c, "-1"));
    for (int g = 0; g < o.genes; ++g) data.geneIds.push_back(numbered("GENE", 5, g, ""));
    data.geneNames = data.geneIds;
    ExpressionData::Annotation cellType{"cell_type", {}};
    cellType.values.reserve(std::size_t(o.cells));
    for (int t : type) cellType.values.push_back("type" + std::to_string(t));
    data.annotations.push_back(std::move(cellType));
    return data;
}

}  // namespace latentlab
