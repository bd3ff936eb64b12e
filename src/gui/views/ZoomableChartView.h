// A QChartView a presenter can drive with mouse and keyboard: wheel zooms around the
// cursor, left-drag zooms to a rectangle, right- or middle-drag pans, a right click zooms
// out, double-click / 0 / Home resets; + / - and the arrow keys do the same from the keyboard.
#pragma once

#include <QChartView>
#include <QPoint>

namespace latentlab::gui {

class ZoomableChartView : public QChartView {
    Q_OBJECT
public:
    explicit ZoomableChartView(QChart* chart, QWidget* parent = nullptr);

    /// Zooms by `factor` (> 1 in, < 1 out) keeping `anchor` (view coordinates) in place.
    void zoomAround(const QPointF& anchor, double factor);
    /// Moves the visible range by a fraction of the plot area (x to the right, y up).
    void panBy(double fractionX, double fractionY);

signals:
    /// The user changed the visible range (zoom or pan): automatic axis fitting should stop.
    void userZoomed();
    /// The user asked for the full data range again.
    void resetRequested();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_panning = false;
    bool m_panMoved = false;
    QPoint m_lastPanPosition;
};

}  // namespace latentlab::gui
