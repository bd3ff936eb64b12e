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
            if (visible.contains(at)) report::Marker::draw(painter, group.shape, at, size);
        }
    }
    painter.restore();
}

}  // namespace latentlab::gui
