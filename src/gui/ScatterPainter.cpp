#include "ScatterPainter.h"

namespace latentlab::gui {

ScatterPainter::ScatterPainter(const QRectF& plot, const QRectF& dataRange)
    : m_plot(plot), m_dataRange(dataRange) {}

QPointF ScatterPainter::map(double x, double y) const {
    const double u = (x - m_dataRange.left()) / m_dataRange.width();
    const double v = (y - m_dataRange.top()) / m_dataRange.height();
    return QPointF(m_plot.left() + u * m_plot.width(), m_plot.bottom() - v * m_plot.height());
}

void ScatterPainter::drawPoints(QPainter& painter, const Eigen::MatrixXd& xy,
                                const std::vector<PointGroup>& groups, double size,
                                double opacity) const {
    if (xy.cols() < 2 || m_dataRange.width() <= 0 || m_dataRange.height() <= 0) return;
    const double radius = size / 2.0;
    const QRectF visible = m_plot.adjusted(-size, -size, size, size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    for (const PointGroup& group : groups) {
        QColor colour = group.colour;
        colour.setAlphaF(float(opacity));
        painter.setBrush(colour);
        for (int row : group.rows) {
            const QPointF at = map(xy(row, 0), xy(row, 1));
            if (visible.contains(at)) painter.drawEllipse(at, radius, radius);
        }
    }
    painter.restore();
}

void ScatterPainter::drawCentres(QPainter& painter, const Eigen::MatrixXd& centres,
                                 double size) const {
    if (centres.cols() < 2) return;
    for (Eigen::Index row = 0; row < centres.rows(); ++row)
        drawCentreMarker(painter, map(centres(row, 0), centres(row, 1)), size);
}

void ScatterPainter::drawCentreMarker(QPainter& painter, const QPointF& at, double size) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double outline = std::max(1.5, size / 7.0);
    const double half = (size - outline) / 2.0;
    painter.setPen(QPen(Qt::black, outline, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half));
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    const double dot = size / 4.0;
    painter.drawRect(QRectF(at.x() - dot / 2, at.y() - dot / 2, dot, dot));
    painter.restore();
}

}  // namespace latentlab::gui
