#include "ZoomableChartView.h"

#include <QChart>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>
#include <cmath>

namespace latentlab::gui {

ZoomableChartView::ZoomableChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent) {
    setRenderHint(QPainter::Antialiasing, true);
    setRenderHint(QPainter::TextAntialiasing, true);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    // Qt Charts repaints only the regions it thinks changed; when a series shrinks or its
    // markers move (a restarted run, Reset) that left stray dots and line ends on screen
    // until something else repainted. One full repaint of a chart costs a few milliseconds.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setToolTip(
        tr("Wheel or +/-: zoom · drag: zoom to a rectangle · right-drag or arrows: pan · "
           "double-click or 0: show all"));
}

void ZoomableChartView::zoomAround(const QPointF& anchor, double factor) {
    if (!(factor > 0.0)) return;
    const QRectF plot = chart()->plotArea();
    const QPointF a = plot.contains(anchor) ? anchor : plot.center();
    const QRectF zoomed(a.x() - (a.x() - plot.left()) / factor,
                        a.y() - (a.y() - plot.top()) / factor, plot.width() / factor,
                        plot.height() / factor);
    chart()->zoomIn(zoomed);
    emit userZoomed();
}

void ZoomableChartView::panBy(double fractionX, double fractionY) {
    const QRectF plot = chart()->plotArea();
    chart()->scroll(fractionX * plot.width(), fractionY * plot.height());
    emit userZoomed();
}

void ZoomableChartView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) return;
    zoomAround(event->position(), std::pow(1.25, steps));
    event->accept();
}

void ZoomableChartView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panMoved = false;
        m_lastPanPosition = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ZoomableChartView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_lastPanPosition;
        if (delta.manhattanLength() > 0 && (m_panMoved || delta.manhattanLength() >= 3)) {
            m_panMoved = true;
            chart()->scroll(-delta.x(), delta.y());
            m_lastPanPosition = position;
            emit userZoomed();
        }
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)) {
        m_panning = false;
        unsetCursor();
        if (!m_panMoved && event->button() == Qt::RightButton) zoomAround(event->position(), 0.5);
        event->accept();
        return;
    }
    const QRubberBand* band = findChild<QRubberBand*>();
    const bool zoomsToRectangle = event->button() == Qt::LeftButton && band && band->isVisible() &&
                                  band->width() > 2 && band->height() > 2;
    QChartView::mouseReleaseEvent(event);
    if (zoomsToRectangle) emit userZoomed();
}

void ZoomableChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        emit resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ZoomableChartView::keyPressEvent(QKeyEvent* event) {
    const QPointF centre = chart()->plotArea().center();
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomAround(centre, 1.25);
            break;
        case Qt::Key_Minus:
            zoomAround(centre, 0.8);
            break;
        case Qt::Key_Left:
            panBy(-0.1, 0.0);
            break;
        case Qt::Key_Right:
            panBy(0.1, 0.0);
            break;
        case Qt::Key_Up:
            panBy(0.0, 0.1);
            break;
        case Qt::Key_Down:
            panBy(0.0, -0.1);
            break;
        case Qt::Key_0:
        case Qt::Key_Home:
            emit resetRequested();
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
    }
    event->accept();
}

}  // namespace latentlab::gui
