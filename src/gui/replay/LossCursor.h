// The replay's cursor on the loss chart: a vertical line at the epoch the scatters show,
// drawn over the chart's plot area and kept there when the chart is resized, zoomed or its
// axis refitted. Hidden at epoch 0 (the final result, or no replay).
//
//   auto* cursor = new LossCursor(lossChart);   // a child of the chart view
//   cursor->setEpoch(37);                        // 0 hides it
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
class QValueAxis;
QT_END_NAMESPACE

namespace latentlab::gui {

class LossChartView;

class LossCursor : public QObject {
    Q_OBJECT
public:
    explicit LossCursor(LossChartView* chart);

    /// The epoch the line marks; 0 hides it.
    void setEpoch(int epoch);
    int epoch() const { return m_epoch; }
    /// Whether the line is drawn (an epoch set, inside the x axis's range).
    bool isShown() const;
    /// The line, in the chart's scene coordinates.
    const QGraphicsLineItem* line() const { return m_line; }

private:
    void place();
    void applyStyle();
    bool eventFilter(QObject* watched, QEvent* event) override;

    LossChartView* m_view;
    QValueAxis* m_axisX = nullptr;
    QGraphicsLineItem* m_line;
    int m_epoch = 0;
};

}  // namespace latentlab::gui
