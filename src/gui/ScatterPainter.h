// Draws scatter points and k-means centre markers with QPainter: the export path of
// ScatterView's OpenGL series (which Qt Charts renders outside the scene) and the shape
// of the centre marker shared by screen, legend and files.
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
    /// One centre marker per row of `centres` (first two columns).
    void drawCentres(QPainter& painter, const Eigen::MatrixXd& centres, double size) const;
    /// White square with a black outline and a black dot: visible on any point colour.
    static void drawCentreMarker(QPainter& painter, const QPointF& at, double size);

    QPointF map(double x, double y) const;

private:
    QRectF m_plot;
    QRectF m_dataRange;
};

}  // namespace latentlab::gui
