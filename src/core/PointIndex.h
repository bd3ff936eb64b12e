// A uniform grid over 2-D points for "which point is under the cursor?": built once per
// embedding in O(n), it answers the nearest point within a radius by visiting only the cells
// the radius reaches, so a lookup among 200,000 points costs microseconds.
//
//   PointIndex index(embedding.leftCols(2));           // n x 2, NaN rows are skipped
//   const int row = index.nearest(x, y, 0.05, 0.03);   // -1 when none is that close
#pragma once

#include <Eigen/Core>
#include <vector>

namespace latentlab {

class PointIndex {
public:
    PointIndex() = default;
    /// `xy`: n x >= 2, the first two columns indexed; rows with a non-finite coordinate are
    /// left out. About two points per cell of the points' bounding box.
    explicit PointIndex(const Eigen::Ref<const Eigen::MatrixXd>& xy);

    /// The row nearest to (x, y) with distance <= `radius`, or -1. Ties go to the lower row.
    int nearest(double x, double y, double radius) const { return nearest(x, y, radius, radius); }
    /// The same in an ellipse: distance measured as sqrt((dx/radiusX)^2 + (dy/radiusY)^2) <= 1,
    /// so a circle of pixels on a plot whose axes have different scales.
    int nearest(double x, double y, double radiusX, double radiusY) const;

    int size() const { return m_rows; }
    bool empty() const { return m_order.empty(); }

private:
    int cellX(double x) const;
    int cellY(double y) const;

    int m_rows = 0;
    Eigen::MatrixXd m_xy;           ///< n x 2 copy, so the index does not dangle
    double m_lowX = 0, m_lowY = 0;  ///< grid origin
    double m_cellW = 1, m_cellH = 1;
    int m_columns = 0, m_gridRows = 0;
    std::vector<int> m_cellStart;  ///< per cell (row-major), start into m_order; one extra at end
    std::vector<int> m_order;      ///< indexed rows, grouped by cell, ascending within a cell
};

}  // namespace latentlab
