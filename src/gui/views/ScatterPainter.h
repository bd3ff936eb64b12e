// Draws scatter points as vector marks with QPainter: how PointCloudItem appears in exports,
// so SVG files hold real circles (squares, triangles, ...) and PNG files are crisp at any scale.
#pragma once

#include "Marker.h"

#include <Eigen/Core>
#include <QColor>
#include <QPainter>
#include <QRectF>
#include <vector>

namespace latentlab::gui {

/// One group of rows of a point matrix and how its points look: the palette's colour and
/// marker shape of the group's style index (Palette::color / Palette::shape).
struct PointGroup {
    QColor colour;
    std::vector<int> rows;
    report::MarkerShape shape = report::MarkerShape::Circle;
};

class ScatterPainter {
public:
    /// Maps data coordinates (`dataRange`: x = min x, y = min y, w/h = spans) into `plot`,
    /// y growing upwards.
    ScatterPainter(const QRectF& plot, const QRectF& dataRange);

    /// Filled marks of `size` (a disc's diameter), alpha `opacity`, groups drawn in order.
    void drawPoints(QPainter& painter, const Eigen::MatrixXd& xy,
                    const std::vector<PointGroup>& groups, double size, double opacity) const;

    QPointF map(double x, double y) const;

private:
    QRectF m_plot;
    QRectF m_dataRange;
};

}  // namespace latentlab::gui
