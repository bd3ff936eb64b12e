#include "NetworkDiagram.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

NetworkDiagram::NetworkDiagram(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMinimumHeight(60);
}

void NetworkDiagram::setWidths(const std::vector<int>& widths) {
    m_widths = widths;
    setAccessibleDescription(text());
    update();
}

QString NetworkDiagram::text() const {
    QStringList parts;
    for (int width : m_widths) parts << QString::number(width);
    return parts.join(QStringLiteral(" → "));
}

void NetworkDiagram::paintEvent(QPaintEvent*) {
    if (m_widths.empty()) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = int(m_widths.size());
    const QFontMetrics metrics(font());
    const double textHeight = metrics.height();
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4 - textHeight);
    const double slot = area.width() / count;
    const double barWidth = std::min(slot * 0.55, 22.0);
    const int widest = *std::max_element(m_widths.begin(), m_widths.end());
    const int bottleneck = count / 2;
    const QColor normal = palette().color(QPalette::Mid);
    const QColor highlight = palette().color(QPalette::Highlight);

    QPolygonF previousEdge;
    for (int i = 0; i < count; ++i) {
        // Square-root heights keep a 256-wide layer from flattening the small ones.
        const double share = std::sqrt(double(m_widths[i]) / widest);
        const double height = std::max(4.0, share * area.height());
        const double x = area.left() + slot * (i + 0.5);
        const QRectF bar(x - barWidth / 2, area.center().y() - height / 2, barWidth, height);
        if (!previousEdge.isEmpty()) {
            QPolygonF link{previousEdge[0], bar.topLeft(), bar.bottomLeft(), previousEdge[1]};
            QColor fill = normal;
            fill.setAlpha(60);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPolygon(link);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(i == bottleneck ? highlight : normal);
        painter.drawRoundedRect(bar, 2, 2);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(x - slot / 2, area.bottom() + 2, slot, textHeight), Qt::AlignCenter,
                         QString::number(m_widths[i]));
        previousEdge = QPolygonF{bar.topRight(), bar.bottomRight()};
    }
}

}  // namespace latentlab::gui
