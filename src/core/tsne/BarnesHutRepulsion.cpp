#include "BarnesHutRepulsion.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numeric>

namespace latentlab {
namespace {

// scikit-learn's tolerance: closer than this per coordinate counts as the same point.
constexpr double kDuplicate = 1e-6;
// Cells halve at every level; past this depth the remaining points are one leaf whatever
// rounding says (it is only reached by points that scikit-learn would merge too).
constexpr int kMaxDepth = 64;

}  // namespace

void BarnesHutRepulsion::build(const TsnePoints& y) {
    const int n = static_cast<int>(y.rows());
    m_order.resize(static_cast<std::size_t>(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_cells.clear();
    m_cells.reserve(static_cast<std::size_t>(2 * n));
    double xMin = y(0, 0), xMax = y(0, 0), yMin = y(0, 1), yMax = y(0, 1);
    for (int i = 1; i < n; ++i) {
        xMin = std::min(xMin, y(i, 0));
        xMax = std::max(xMax, y(i, 0));
        yMin = std::min(yMin, y(i, 1));
        yMax = std::max(yMax, y(i, 1));
    }
    // As scikit-learn: every point strictly inside, whatever the sign and size of the maximum.
    const auto pushOut = [](double m) {
        const double sign = m > 0.0 ? 1.0 : (m < 0.0 ? -1.0 : 0.0);
        return std::max(m * (1.0 + 1e-3 * sign), m + 1e-3);
    };
    split(y, 0, n, xMin, pushOut(xMax), yMin, pushOut(yMax), 0);
}

void BarnesHutRepulsion::split(const TsnePoints& y, int begin, int end, double xMin, double xMax,
                               double yMin, double yMax, int depth) {
    const int self = static_cast<int>(m_cells.size());
    m_cells.push_back(Cell{});
    const double count = end - begin;
    double sumX = 0.0, sumY = 0.0;
    int first = m_order[static_cast<std::size_t>(begin)];
    for (int t = begin; t < end; ++t) {
        const int i = m_order[static_cast<std::size_t>(t)];
        sumX += y(i, 0);
        sumY += y(i, 1);
        first = std::min(first, i);
    }
    // A leaf: one point, or points that all coincide with the first of them (by index, the
    // one scikit-learn inserts first and keeps as the leaf's position).
    bool leaf = true;
    for (int t = begin; t < end && leaf; ++t) {
        const int i = m_order[static_cast<std::size_t>(t)];
        leaf = std::fabs(y(i, 0) - y(first, 0)) <= kDuplicate &&
               std::fabs(y(i, 1) - y(first, 1)) <= kDuplicate;
    }
    if (leaf || depth >= kMaxDepth) {
        m_cells[static_cast<std::size_t>(self)] = {y(first, 0), y(first, 1), -1.0, count,
                                                   self + 1};
        return;
    }
    const double cx = 0.5 * (xMin + xMax), cy = 0.5 * (yMin + yMax);
    int* const base = m_order.data();
    int* const mid = std::partition(base + begin, base + end, [&](int i) { return y(i, 0) < cx; });
    int* const lowRight = std::partition(mid, base + end, [&](int i) { return y(i, 1) < cy; });
    int* const lowLeft = std::partition(base + begin, mid, [&](int i) { return y(i, 1) < cy; });
    // scikit-learn's child order: x bit first, then y bit.
    const int bounds[5] = {begin, static_cast<int>(lowLeft - base), static_cast<int>(mid - base),
                           static_cast<int>(lowRight - base), end};
    for (int child = 0; child < 4; ++child) {
        if (bounds[child] == bounds[child + 1]) continue;
        const bool right = child >= 2, upper = child % 2 == 1;
        split(y, bounds[child], bounds[child + 1], right ? cx : xMin, right ? xMax : cx,
              upper ? cy : yMin, upper ? yMax : cy, depth + 1);
    }
    const double width = std::max(xMax - xMin, yMax - yMin);
    m_cells[static_cast<std::size_t>(self)] = {sumX / count, sumY / count, width * width, count,
                                               static_cast<int>(m_cells.size())};
}

void BarnesHutRepulsion::compute(const TsnePoints& y, RepulsiveForces& out) {
    const int n = static_cast<int>(y.rows());
    out.forces.resize(n, 2);
    if (n == 0) {
        out.z = 0.0;
        return;
    }
    build(y);
    m_rowZ.resize(static_cast<std::size_t>(n));
    const Cell* cells = m_cells.data();
    const int cellCount = static_cast<int>(m_cells.size());
    const double thetaSquared = m_theta * m_theta;
    // Points in tree order: neighbours in the loop walk the same cells.
#pragma omp parallel for schedule(static) if (n > 256)
    for (int t = 0; t < n; ++t) {
        const int i = m_order[static_cast<std::size_t>(t)];
        const double px = y(i, 0), py = y(i, 1);
        double z = 0.0, fx = 0.0, fy = 0.0;
        int c = 0;
        while (c < cellCount) {
            const Cell& cell = cells[c];
            const double dx = px - cell.x, dy = py - cell.y;
            const double d2 = dx * dx + dy * dy;
            if (cell.widthSquared < thetaSquared * d2 || cell.widthSquared < 0.0) {
                // A leaf at the point itself is its own (and its duplicates') cell: skipped.
                if (!(cell.widthSquared < 0.0 && std::fabs(dx) <= kDuplicate &&
                      std::fabs(dy) <= kDuplicate)) {
                    const double w = 1.0 / (1.0 + d2);
                    const double sw = cell.size * w;
                    z += sw;
                    fx += sw * w * dx;
                    fy += sw * w * dy;
                }
                c = cell.next;
            } else {
                ++c;  // into the first child
            }
        }
        m_rowZ[static_cast<std::size_t>(i)] = z;
        out.forces(i, 0) = fx;
        out.forces(i, 1) = fy;
    }
    double z = 0.0;
    for (double value : m_rowZ) z += value;
    out.z = std::max(z, DBL_EPSILON);
}

}  // namespace latentlab
