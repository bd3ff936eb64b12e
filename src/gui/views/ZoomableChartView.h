// A QChartView a presenter can drive with mouse and keyboard: wheel zooms around the
// cursor, left-drag zooms to a rectangle, right- or middle-drag pans, a right click zooms
// out, double-click / 0 / Home resets; + / - and the arrow keys do the same from the keyboard.
// In a select mode (or with Shift or Alt held in zoom mode) left-drag draws a lasso or a box
// instead and hands its outline on; the view also reports where the mouse hovers.
#pragma once

#include <QChartView>
#include <QPoint>
#include <QPolygonF>

QT_BEGIN_NAMESPACE
class QGraphicsPathItem;
QT_END_NAMESPACE

namespace latentlab::gui {

/// What a plain left-drag in the plot does.
enum class DragTool { Zoom, Lasso, Box };

class ZoomableChartView : public QChartView {
    Q_OBJECT
public:
    explicit ZoomableChartView(QChart* chart, QWidget* parent = nullptr);

    void setDragTool(DragTool mode);
    DragTool dragTool() const { return m_dragTool; }
    /// While true, Esc comes to this view (escapePressed) before the window's shortcuts.
    void setWantsEscape(bool wants) { m_wantsEscape = wants; }

    /// Zooms by `factor` (> 1 in, < 1 out) keeping `anchor` (view coordinates) in place.
    void zoomAround(const QPointF& anchor, double factor);
    /// Moves the visible range by a fraction of the plot area (x to the right, y up).
    void panBy(double fractionX, double fractionY);

signals:
    /// The user changed the visible range (zoom or pan): automatic axis fitting should stop.
    void userZoomed();
    /// The user asked for the full data range again.
    void resetRequested();
    /// The mouse rests over `position` (view coordinates) with no button down.
    void hovered(const QPointF& position);
    void hoverLeft();
    /// A lasso or box was drawn: its outline in chart coordinates, the keys held at its start.
    void selectionDrawn(const QPolygonF& outline, Qt::KeyboardModifiers modifiers);
    /// A click without a drag in a select gesture, in chart coordinates.
    void selectionClicked(const QPointF& position, Qt::KeyboardModifiers modifiers);
    void escapePressed();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// The chart coordinates of a view position.
    QPointF toChart(const QPointF& position) const;
    void showOutline();

    bool m_panning = false;
    bool m_panMoved = false;
    QPoint m_lastPanPosition;
    DragTool m_dragTool = DragTool::Zoom;
    bool m_wantsEscape = false;
    bool m_selecting = false;
    bool m_boxGesture = false;
    Qt::KeyboardModifiers m_selectModifiers;
    QPointF m_anchor;     ///< where the gesture began, chart coordinates
    QPolygonF m_outline;  ///< the gesture so far, chart coordinates
    QGraphicsPathItem* m_outlineItem = nullptr;
};

}  // namespace latentlab::gui
