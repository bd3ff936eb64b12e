// Draws scatter points as vector discs with QPainter: how PointCloudItem appears in exports,
// so SVG files hold real circles and PNG files are crisp at any scale.
#pragma once

#include <Eigen/Core>
#include <QColor>
#include <QPainter>
#include <QRectF>
#include <vector>

namespace latentlab::gui {

/// One coloured group of rows of a point matrix.
struct PointGroup {
    QColor colour;
    std::vector<int> rows;
};

class ScatterPainter {
public:
    /// Maps data coordinates (`dataRange`: x = min x, y = min y, w/h = spans) into `plot`,
    /// y growing upwards.
    ScatterPainter(const QRectF& plot, const QRectF& dataRange);

    /// Filled discs of diameter `size`, alpha `opacity`, groups drawn in order.
    void drawPoints(QPainter& painter, const Eigen::MatrixXd& xy,
                    const std::vector<PointGroup>& groups, double size, double opacity) const;

    QPointF map(double x, double y) const;

private:
    QRectF m_plot;
    QRectF m_dataRange;
};

}  // namespace latentlab::gui
