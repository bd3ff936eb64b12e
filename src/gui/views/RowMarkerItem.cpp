#include "RowMarkerItem.h"

#include <QPainter>

namespace latentlab::gui {

RowMarkerItem::RowMarkerItem(QGraphicsItem* parent) : QGraphicsItem(parent) {
    setAcceptedMouseButtons(Qt::NoButton);
    hide();
}

void RowMarkerItem::setPointSize(double pixels) {
    prepareGeometryChange();
    m_radius = pixels / 2.0 + 4.0;
}

QRectF RowMarkerItem::boundingRect() const {
    const double reach = m_radius + 3.0;
    return QRectF(-reach, -reach, 2 * reach, 2 * reach);
}

void RowMarkerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Qt::white, 4.0));
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
    painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2.0));
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
    painter->restore();
}

}  // namespace latentlab::gui
