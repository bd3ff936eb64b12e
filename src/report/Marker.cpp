#include "Marker.h"

#include <QPainter>
#include <QPolygonF>
#include <cmath>

namespace latentlab::report {

namespace {

constexpr double kPi = 3.14159265358979323846;

/// A regular polygon (or a star when `innerRatio` < 1) with a vertex straight up.
QPolygonF polygon(int corners, double radius, double innerRatio = 1.0) {
    QPolygonF points;
    const int steps = innerRatio < 1.0 ? 2 * corners : corners;
    for (int i = 0; i < steps; ++i) {
        const double angle = -kPi / 2 + 2 * kPi * i / steps;
        const double r = (innerRatio < 1.0 && i % 2 == 1) ? radius * innerRatio : radius;
        points << QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    return points;
}

}  // namespace

QPainterPath Marker::path(MarkerShape shape, double size) {
    // Radii chosen so each shape's area is the disc's, pi * size^2 / 4.
    QPainterPath path;
    switch (shape) {
        case MarkerShape::Circle:
            path.addEllipse(QPointF(0, 0), size / 2, size / 2);
            break;
        case MarkerShape::Square: {
            const double half = 0.886 * size / 2;
            path.addRect(QRectF(-half, -half, 2 * half, 2 * half));
            break;
        }
        case MarkerShape::Triangle:
            // Centroid on the point: circumradius of an equilateral triangle of side 1.347 s.
            path.addPolygon(polygon(3, 0.778 * size));
            break;
        case MarkerShape::Diamond:
            path.addPolygon(polygon(4, 0.627 * size));
            break;
        case MarkerShape::Pentagon:
            path.addPolygon(polygon(5, 0.575 * size));
            break;
        case MarkerShape::Star:
            path.addPolygon(polygon(5, 0.771 * size, 0.45));
            break;
    }
    path.closeSubpath();
    return path;
}

void Marker::draw(QPainter& painter, MarkerShape shape, const QPointF& centre, double size) {
    if (shape == MarkerShape::Circle) {
        painter.drawEllipse(centre, size / 2, size / 2);
        return;
    }
    painter.drawPath(path(shape, size).translated(centre));
}

}  // namespace latentlab::report
