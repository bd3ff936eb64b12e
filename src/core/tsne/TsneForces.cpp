#include "TsneForces.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace latentlab {
namespace {

// Sums are formed per block of rows, then over blocks in order: the same bits for any
// thread count (an OpenMP reduction would combine in arrival order).
constexpr int kRowBlock = 256;

int blockCount(int n) { return (n + kRowBlock - 1) / kRowBlock; }

}  // namespace

TsnePoints toTsnePoints(const Eigen::Ref<const Eigen::MatrixXd>& embedding) {
    if (embedding.cols() != 2)
        throw ConfigError("t-SNE: an embedding of " + std::to_string(embedding.cols()) +
                          " components was asked for; only 2 are supported");
    return embedding;
}

double attractiveForces(const SparseMatrix& p, const TsnePoints& y, TsnePoints& out,
                        bool withCost) {
    const int n = static_cast<int>(y.rows());
    out.resize(n, 2);
    const double* points = y.data();
    const int* columns = p.indices.data();
    const double* values = p.values.data();
    const int blocks = blockCount(n);
    std::vector<double> blockCost(static_cast<std::size_t>(blocks), 0.0);
#pragma omp parallel for schedule(static) if (n > 2 * kRowBlock)
    for (int b = 0; b < blocks; ++b) {
        double cost = 0.0;
        const int last = std::min(n, (b + 1) * kRowBlock);
        for (int i = b * kRowBlock; i < last; ++i) {
            const double xi = points[2 * i], yi = points[2 * i + 1];
            double fx = 0.0, fy = 0.0;
            for (std::int64_t e = p.rowStart(i); e < p.rowEnd(i); ++e) {
                const int j = columns[e];
                const double dx = xi - points[2 * j], dy = yi - points[2 * j + 1];
                const double w = 1.0 / (1.0 + dx * dx + dy * dy);
                const double pw = values[e] * w;
                fx += pw * dx;
                fy += pw * dy;
                if (withCost) cost += values[e] * std::log(values[e] / w);
            }
            out(i, 0) = fx;
            out(i, 1) = fy;
        }
        blockCost[static_cast<std::size_t>(b)] = cost;
    }
    double total = 0.0;
    for (double cost : blockCost) total += cost;
    return total;
}

void exactRepulsion(const TsnePoints& y, RepulsiveForces& out) {
    const int n = static_cast<int>(y.rows());
    out.forces.resize(n, 2);
    // Coordinates apart, so the inner loop over j vectorises.
    const Eigen::VectorXd xs = y.col(0), ys = y.col(1);
    const double* px = xs.data();
    const double* py = ys.data();
    std::vector<double> rowZ(static_cast<std::size_t>(n));
#pragma omp parallel for schedule(static) if (n > 512)
    for (int i = 0; i < n; ++i) {
        const double xi = px[i], yi = py[i];
        double z = 0.0, fx = 0.0, fy = 0.0;
#pragma omp simd reduction(+ : z, fx, fy)
        for (int j = 0; j < n; ++j) {
            const double dx = xi - px[j], dy = yi - py[j];
            const double w = 1.0 / (1.0 + dx * dx + dy * dy);
            z += w;
            fx += w * w * dx;
            fy += w * w * dy;
        }
        rowZ[static_cast<std::size_t>(i)] = z - 1.0;  // j = i adds w = 1 and no force
        out.forces(i, 0) = fx;
        out.forces(i, 1) = fy;
    }
    double z = 0.0;
    for (double value : rowZ) z += value;
    out.z = z;
}

double exactNormalization(const TsnePoints& y, const std::function<bool()>& stopRequested) {
    const int n = static_cast<int>(y.rows());
    const Eigen::VectorXd xs = y.col(0), ys = y.col(1);
    const double* px = xs.data();
    const double* py = ys.data();
    std::vector<double> rowZ(static_cast<std::size_t>(n), 0.0);
    const auto laterPairs = [&](int i) {
        const double xi = px[i], yi = py[i];
        double z = 0.0;
#pragma omp simd reduction(+ : z)
        for (int j = i + 1; j < n; ++j) {
            const double dx = xi - px[j], dy = yi - py[j];
            z += 1.0 / (1.0 + dx * dx + dy * dy);
        }
        rowZ[std::size_t(i)] = z;
    };
    // Row i sums j > i: rows are dealt out in pairs (i, n - 1 - i) of equal total length.
    const int pairs = (n + 1) / 2;
    constexpr int kPairsPerCheck = 1024;
    for (int first = 0; first < pairs; first += kPairsPerCheck) {
        if (stopRequested && stopRequested()) throw Cancelled();
        const int last = std::min(pairs, first + kPairsPerCheck);
#pragma omp parallel for schedule(dynamic, 8) if (n > 1024)
        for (int pair = first; pair < last; ++pair) {
            laterPairs(pair);
            if (n - 1 - pair > pair) laterPairs(n - 1 - pair);
        }
    }
    double z = 0.0;
    for (double value : rowZ) z += value;
    return 2.0 * z;
}

}  // namespace latentlab
