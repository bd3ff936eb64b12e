#include "PointIndex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace latentlab {

namespace {

// A grid finer than this many cells per side buys nothing and costs memory.
constexpr int kMaxCellsPerSide = 2048;

}  // namespace

PointIndex::PointIndex(const Eigen::Ref<const Eigen::MatrixXd>& xy) {
    if (xy.cols() < 2) return;
    m_rows = int(xy.rows());
    m_xy = xy.leftCols(2);
    double lowX = std::numeric_limits<double>::infinity(), highX = -lowX;
    double lowY = lowX, highY = -lowX;
    int finite = 0;
    for (int row = 0; row < m_rows; ++row) {
        const double x = m_xy(row, 0), y = m_xy(row, 1);
        if (!std::isfinite(x) || !std::isfinite(y)) continue;
        ++finite;
        lowX = std::min(lowX, x);
        highX = std::max(highX, x);
        lowY = std::min(lowY, y);
        highY = std::max(highY, y);
    }
    if (finite == 0) return;
    const int side = std::clamp(int(std::ceil(std::sqrt(finite / 2.0))), 1, kMaxCellsPerSide);
    m_columns = m_gridRows = side;
    m_lowX = lowX;
    m_lowY = lowY;
    // A degenerate extent (one point, a line) still gets cells of positive size.
    m_cellW = std::max(highX - lowX, 1e-12) / side;
    m_cellH = std::max(highY - lowY, 1e-12) / side;

    // Counting sort of the rows by cell: rows stay ascending within each cell.
    std::vector<int> cellOf(std::size_t(m_rows), -1);
    m_cellStart.assign(std::size_t(side) * side + 1, 0);
    for (int row = 0; row < m_rows; ++row) {
        const double x = m_xy(row, 0), y = m_xy(row, 1);
        if (!std::isfinite(x) || !std::isfinite(y)) continue;
        const int cell = cellY(y) * m_columns + cellX(x);
        cellOf[std::size_t(row)] = cell;
        ++m_cellStart[std::size_t(cell) + 1];
    }
    for (std::size_t c = 1; c < m_cellStart.size(); ++c) m_cellStart[c] += m_cellStart[c - 1];
    m_order.resize(std::size_t(finite));
    std::vector<int> next(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int row = 0; row < m_rows; ++row)
        if (cellOf[std::size_t(row)] >= 0)
            m_order[std::size_t(next[std::size_t(cellOf[std::size_t(row)])]++)] = row;
}

int PointIndex::cellX(double x) const {
    return std::clamp(int(std::floor((x - m_lowX) / m_cellW)), 0, m_columns - 1);
}

int PointIndex::cellY(double y) const {
    return std::clamp(int(std::floor((y - m_lowY) / m_cellH)), 0, m_gridRows - 1);
}

int PointIndex::nearest(double x, double y, double radiusX, double radiusY) const {
    if (m_order.empty() || !(radiusX > 0) || !(radiusY > 0) || !std::isfinite(x) ||
        !std::isfinite(y))
        return -1;
    // Cells the ellipse's bounding box reaches (clamped: a query outside the grid still
    // reaches its border cells when the radius does).
    const double left = x - radiusX, right = x + radiusX, bottom = y - radiusY, top = y + radiusY;
    if (right < m_lowX || left > m_lowX + m_cellW * m_columns || top < m_lowY ||
        bottom > m_lowY + m_cellH * m_gridRows)
        return -1;
    const int x0 = cellX(left), x1 = cellX(right), y0 = cellY(bottom), y1 = cellY(top);
    int best = -1;
    double bestDistance = 1.0;  // squared, in radius units: inside means <= 1
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            const std::size_t cell = std::size_t(cy) * std::size_t(m_columns) + std::size_t(cx);
            for (int i = m_cellStart[cell]; i < m_cellStart[cell + 1]; ++i) {
                const int row = m_order[std::size_t(i)];
                const double dx = (m_xy(row, 0) - x) / radiusX, dy = (m_xy(row, 1) - y) / radiusY;
                const double distance = dx * dx + dy * dy;
                if (distance < bestDistance || (distance == bestDistance && row < best) ||
                    (best < 0 && distance <= bestDistance)) {
                    best = row;
                    bestDistance = distance;
                }
            }
        }
    }
    return best;
}

}  // namespace latentlab
