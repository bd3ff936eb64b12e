#include "PlotOverlay.h"

#include "ScatterView.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsView>
#include <algorithm>

namespace latentlab::gui {

PlotOverlay::PlotOverlay(QWidget* overlay, ScatterView* view)
    : QObject(overlay), m_overlay(overlay), m_view(view) {
    view->installEventFilter(this);
    connect(view->chart(), &QChart::plotAreaChanged, this, &PlotOverlay::place);
}

void PlotOverlay::place() {
    if (m_overlay->isHidden()) return;
    QRect plot = m_view->rect().adjusted(8, 30, -8, 0);
    if (const auto* graphics = m_view->findChild<QGraphicsView*>()) {
        const QRectF area = m_view->chart()->plotArea();
        const QRect inView =
            graphics->mapFromScene(m_view->chart()->mapToScene(area)).boundingRect();
        plot = QRect(graphics->mapTo(m_view, inView.topLeft()), inView.size());
    }
    const int width = std::max(120, plot.width());
    const int height = m_overlay->hasHeightForWidth() ? m_overlay->heightForWidth(width)
                                                      : m_overlay->sizeHint().height();
    m_overlay->setGeometry(plot.left(), plot.top(), width, height);
    m_overlay->raise();
}

bool PlotOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QObject::eventFilter(watched, event);
}

}  // namespace latentlab::gui
