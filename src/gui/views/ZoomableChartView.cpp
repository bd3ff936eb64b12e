#include "ZoomableChartView.h"

#include <QChart>
#include <QGraphicsPathItem>
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
    // Hover reports need moves without a button; the point under the cursor is the tooltip.
    setMouseTracking(true);
    m_outlineItem = new QGraphicsPathItem(chart);
    m_outlineItem->setZValue(200);
    QPen pen(QColor(0x20, 0x60, 0xc0), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_outlineItem->setPen(pen);
    m_outlineItem->setBrush(QColor(0x20, 0x60, 0xc0, 28));
    m_outlineItem->hide();
}

void ZoomableChartView::setDragTool(DragTool mode) {
    m_dragTool = mode;
    setRubberBand(mode == DragTool::Zoom ? QChartView::RectangleRubberBand
                                         : QChartView::NoRubberBand);
}

QPointF ZoomableChartView::toChart(const QPointF& position) const {
    // Exact, not through mapToScene(QPoint): a lasso's corners keep their sub-pixel places.
    return chart()->mapFromScene(viewportTransform().inverted().map(position));
}

void ZoomableChartView::showOutline() {
    QPainterPath path;
    path.addPolygon(m_outline);
    path.closeSubpath();
    m_outlineItem->setPath(path);
    m_outlineItem->show();
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
    const Qt::KeyboardModifiers keys = event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier);
    const QPointF at = toChart(event->position());
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(at) &&
        (m_dragTool != DragTool::Zoom || keys)) {
        // Shift or Alt in zoom mode selects with a lasso: zoom keeps the plain drag.
        m_selecting = true;
        m_boxGesture = m_dragTool == DragTool::Box;
        m_selectModifiers = keys;
        m_anchor = at;
        m_outline = QPolygonF{at};
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
    if (m_selecting) {
        const QPointF at = toChart(event->position());
        if (m_boxGesture)
            m_outline = QPolygonF(QRectF(m_anchor, at).normalized());
        else if (QLineF(m_outline.last(), at).length() >= 2.0)
            m_outline << at;
        showOutline();
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) emit hovered(event->position());
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
    if (m_selecting && event->button() == Qt::LeftButton) {
        m_selecting = false;
        m_outlineItem->hide();
        const QRectF extent = m_outline.boundingRect();
        if (extent.width() < 3 && extent.height() < 3)
            emit selectionClicked(m_anchor, m_selectModifiers);
        else
            emit selectionDrawn(m_outline, m_selectModifiers);
        m_outline.clear();
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
    // Outside the plot (the legend) the scene's items take double-clicks.
    if (event->button() == Qt::LeftButton &&
        chart()->plotArea().contains(toChart(event->position()))) {
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
        case Qt::Key_Escape:
            if (!m_wantsEscape) {
                QChartView::keyPressEvent(event);
                return;
            }
            emit escapePressed();
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
    }
    event->accept();
}

}  // namespace latentlab::gui

namespace latentlab::gui {

void ZoomableChartView::leaveEvent(QEvent* event) {
    emit hoverLeft();
    QChartView::leaveEvent(event);
}

bool ZoomableChartView::event(QEvent* event) {
    // Esc is the window's Stop shortcut; with a selection to clear, it is this view's first.
    if (event->type() == QEvent::ShortcutOverride && m_wantsEscape) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QChartView::event(event);
}

}  // namespace latentlab::gui
