#include "InterpolationRepulsion.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace latentlab {
namespace {

constexpr int kNodes = 3;      // per box and axis: FIt-SNE's n_interpolation_points
constexpr int kMinBoxes = 50;  // its min_num_intervals
// The interpolation is good to ~0.5 % where the kernel's length scale spans 6 node spacings
// (box width / 3): the plain kernel's, ~1, on boxes up to 0.5 wide; the far kernel's, ~r_c,
// with r_c two box widths (near pairs then come from the 5 x 5 boxes around).
constexpr double kPlainWidth = 0.5;
constexpr int kCoreBoxes = 2;
constexpr double kMaxWidth = 4.0;  // widest box considered
constexpr double kMargin = 1.1;    // a new region is this much wider than the points
constexpr double kShrunk = 0.5;    // points narrower than this share of it: a new region
// Relative costs (ns, measured here) of one near pair and of one grid point per FFT level
// of the three 2-D transforms a step takes.
constexpr double kPairCost = 1.0;
constexpr double kGridCost = 4.5;

/// Lagrange weights of the nodes at 0.5, 1.5, 2.5 for a position t in [0, 3].
void lagrangeWeights(double t, double* w) {
    const double a = t - 0.5, b = t - 1.5, c = t - 2.5;
    w[0] = 0.5 * b * c;
    w[1] = -a * c;
    w[2] = 0.5 * a * b;
}

/// Boxes per side the FFT length for at least `boxes` allows: M / 6, M = 2^a 3^b.
int fittingBoxes(int boxes) { return BatchedFft::goodSize(2 * kNodes * boxes) / (2 * kNodes); }

}  // namespace

void InterpolationRepulsion::countBoxes(const TsnePoints& y, int boxes,
                                        std::vector<int>& count) const {
    const double scale = boxes / m_side;
    count.assign(std::size_t(boxes) * boxes, 0);
    for (Eigen::Index i = 0; i < y.rows(); ++i) {
        const int bx = std::clamp(static_cast<int>((y(i, 0) - m_left) * scale), 0, boxes - 1);
        const int by = std::clamp(static_cast<int>((y(i, 1) - m_bottom) * scale), 0, boxes - 1);
        ++count[std::size_t(by) * boxes + bx];
    }
}

void InterpolationRepulsion::planRegion(const TsnePoints& y) {
    const double xMin = y.col(0).minCoeff(), xMax = y.col(0).maxCoeff();
    const double yMin = y.col(1).minCoeff(), yMax = y.col(1).maxCoeff();
    const double span = std::max(xMax - xMin, yMax - yMin);
    if (m_boxes > 0 && xMin >= m_left && xMax <= m_left + m_side && yMin >= m_bottom &&
        yMax <= m_bottom + m_side && span >= kShrunk * m_side)
        return;
    m_side = std::max(span * kMargin, 1e-12);
    m_left = 0.5 * (xMin + xMax) - 0.5 * m_side;
    m_bottom = 0.5 * (yMin + yMax) - 0.5 * m_side;
    // From the widest boxes up: each finer grid costs more FFT and fewer near pairs; stop
    // at the cheapest, or once boxes are narrow enough to need no near pairs at all.
    std::vector<int> count;
    double bestCost = DBL_MAX;
    int candidate =
        fittingBoxes(std::max(kMinBoxes, static_cast<int>(std::ceil(m_side / kMaxWidth))));
    for (;; candidate = fittingBoxes(candidate + 1)) {
        const double width = m_side / candidate;
        const double grid = 2.0 * kNodes * candidate;
        double cost = kGridCost * grid * grid * std::log2(grid);
        if (width > kPlainWidth) {
            countBoxes(y, candidate, count);
            double pairs = 0.0;
            for (int by = 0; by < candidate; ++by)
                for (int bx = 0; bx < candidate; ++bx) {
                    double around = 0.0;
                    for (int ry = std::max(by - kCoreBoxes, 0);
                         ry <= std::min(by + kCoreBoxes, candidate - 1); ++ry)
                        for (int rx = std::max(bx - kCoreBoxes, 0);
                             rx <= std::min(bx + kCoreBoxes, candidate - 1); ++rx)
                            around += count[std::size_t(ry) * candidate + rx];
                    pairs += around * count[std::size_t(by) * candidate + bx];
                }
            cost += kPairCost * pairs;
        }
        if (cost >= bestCost) break;
        bestCost = cost;
        m_boxes = candidate;
        if (width <= kPlainWidth) break;
    }
    const double width = m_side / m_boxes;
    m_coreRadius = width > kPlainWidth ? kCoreBoxes * width : 0.0;
    m_convolution.setGrid(kNodes * m_boxes, width / kNodes, m_coreRadius);
}

void InterpolationRepulsion::assign(const TsnePoints& y) {
    const int n = static_cast<int>(y.rows()), boxes = m_boxes;
    const double scale = boxes / m_side;  // boxes per unit
    std::vector<int> boxOf(static_cast<std::size_t>(n));
    m_boxStart.assign(std::size_t(boxes) * boxes + 1, 0);
    for (int i = 0; i < n; ++i) {
        const int bx = std::clamp(static_cast<int>((y(i, 0) - m_left) * scale), 0, boxes - 1);
        const int by = std::clamp(static_cast<int>((y(i, 1) - m_bottom) * scale), 0, boxes - 1);
        boxOf[std::size_t(i)] = by * boxes + bx;
        ++m_boxStart[std::size_t(by) * boxes + bx + 1];
    }
    for (std::size_t b = 1; b < m_boxStart.size(); ++b) m_boxStart[b] += m_boxStart[b - 1];
    m_order.resize(std::size_t(n));
    std::vector<int> next(m_boxStart.begin(), m_boxStart.end() - 1);
    for (int i = 0; i < n; ++i) m_order[std::size_t(next[boxOf[std::size_t(i)]]++)] = i;

    m_box.resize(std::size_t(n));
    m_sortedX.resize(std::size_t(n));
    m_sortedY.resize(std::size_t(n));
    m_weights.resize(std::size_t(n) * 2 * kNodes);
#pragma omp parallel for schedule(static) if (n > 4096)
    for (int t = 0; t < n; ++t) {
        const int i = m_order[std::size_t(t)];
        const int box = boxOf[std::size_t(i)];
        const int bx = box % boxes, by = box / boxes;
        m_box[std::size_t(t)] = box;
        m_sortedX[std::size_t(t)] = y(i, 0);
        m_sortedY[std::size_t(t)] = y(i, 1);
        const double ux = (y(i, 0) - m_left) * scale - bx, uy = (y(i, 1) - m_bottom) * scale - by;
        double* w = &m_weights[std::size_t(t) * 2 * kNodes];
        lagrangeWeights(kNodes * std::clamp(ux, 0.0, 1.0), w);
        lagrangeWeights(kNodes * std::clamp(uy, 0.0, 1.0), w + kNodes);
    }
}

void InterpolationRepulsion::spread() {
    const int boxes = m_boxes, nodes = kNodes * boxes;
    m_charges.assign(std::size_t(nodes) * nodes, 0.0);
    // One row of boxes writes only its own three rows of nodes: no two threads share a
    // node, and each node sums its points in a fixed order.
#pragma omp parallel for schedule(dynamic, 1) if (m_order.size() > 4096)
    for (int row = 0; row < boxes; ++row) {
        const int end = m_boxStart[std::size_t(row + 1) * boxes];
        for (int t = m_boxStart[std::size_t(row) * boxes]; t < end; ++t) {
            const double* w = &m_weights[std::size_t(t) * 2 * kNodes];
            const int bx = m_box[std::size_t(t)] % boxes;
            double* base = &m_charges[std::size_t(kNodes * row) * nodes + kNodes * bx];
            for (int ky = 0; ky < kNodes; ++ky)
                for (int kx = 0; kx < kNodes; ++kx)
                    base[std::size_t(ky) * nodes + kx] += w[kNodes + ky] * w[kx];
        }
    }
}

void InterpolationRepulsion::gather(RepulsiveForces& out) {
    const int n = static_cast<int>(m_order.size()), boxes = m_boxes, nodes = kNodes * boxes;
    const FarKernels far(m_coreRadius);
    const double coreSquared = far.coreSquared, inverse = far.inverse;
    const double* xs = m_sortedX.data();
    const double* ys = m_sortedY.data();
    m_rowZ.resize(std::size_t(n));
#pragma omp parallel for schedule(static) if (n > 4096)
    for (int t = 0; t < n; ++t) {
        const double* w = &m_weights[std::size_t(t) * 2 * kNodes];
        const int box = m_box[std::size_t(t)], bx = box % boxes, by = box / boxes;
        const std::size_t base = std::size_t(kNodes * by) * nodes + kNodes * bx;
        double z = 0.0, fx = 0.0, fy = 0.0;
        for (int ky = 0; ky < kNodes; ++ky)
            for (int kx = 0; kx < kNodes; ++kx) {
                const std::size_t at = base + std::size_t(ky) * nodes + kx;
                const double weight = w[kNodes + ky] * w[kx];
                z += weight * m_potential[at];
                fx += weight * m_fieldX[at];
                fy += weight * m_fieldY[at];
            }
        if (coreSquared > 0.0) {
            // What the flattened kernels left out, over the points of the 5 x 5 boxes
            // around (the point itself adds 1 - P(0) to z and nothing to the force).
            const double xi = xs[t], yi = ys[t];
            for (int row = std::max(by - kCoreBoxes, 0);
                 row <= std::min(by + kCoreBoxes, boxes - 1); ++row) {
                const int first =
                    m_boxStart[std::size_t(row) * boxes + std::max(bx - kCoreBoxes, 0)];
                const int last =
                    m_boxStart[std::size_t(row) * boxes + std::min(bx + kCoreBoxes, boxes - 1) + 1];
#pragma omp simd reduction(+ : z, fx, fy)
                for (int j = first; j < last; ++j) {
                    const double dx = xi - xs[j], dy = yi - ys[j];
                    const double s = dx * dx + dy * dy;
                    const double k = 1.0 / (1.0 + s);
                    const double x = (coreSquared - s) * inverse;
                    const double potential =
                        k - inverse * (1.0 + x * (1.0 + x * (1.0 + x * (1.0 + x))));
                    const double field =
                        k * k - inverse * inverse * (1.0 + x * (2.0 + x * (3.0 + x * 4.0)));
                    const bool near = s < coreSquared;
                    z += near ? potential : 0.0;
                    fx += near ? field * dx : 0.0;
                    fy += near ? field * dy : 0.0;
                }
            }
        }
        const int i = m_order[std::size_t(t)];
        out.forces(i, 0) = fx;
        out.forces(i, 1) = fy;
        m_rowZ[std::size_t(i)] = z - 1.0;  // the point's own w_ii = 1 is not in Z
    }
}

void InterpolationRepulsion::compute(const TsnePoints& y, RepulsiveForces& out) {
    const int n = static_cast<int>(y.rows());
    out.forces.resize(n, 2);
    if (n == 0) {
        out.z = 0.0;
        return;
    }
    planRegion(y);
    assign(y);
    spread();
    const std::size_t cells = std::size_t(kNodes * m_boxes) * (kNodes * m_boxes);
    for (std::vector<double>* grid : {&m_potential, &m_fieldX, &m_fieldY}) grid->resize(cells);
    m_convolution.convolve(m_charges.data(), m_potential.data(), m_fieldX.data(), m_fieldY.data());
    gather(out);
    double z = 0.0;
    for (double value : m_rowZ) z += value;
    out.z = std::max(z, DBL_EPSILON);
}

}  // namespace latentlab
