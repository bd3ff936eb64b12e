// One chart of a k sweep: inertia / TSS (the elbow) or the latent silhouette against k,
// a line per method in the method colours with a marker per k, the run's own k marked by
// a dashed vertical line labelled on top, and the values of a point in its tooltip.
//
//   auto* elbow = new KSweepChartView(KSweepChartView::Measure::InertiaOverTss);
//   elbow->setSweep(sweepK(result, 2, 15));
#pragma once

#include "Exportable.h"
#include "KSweep.h"
#include "MethodStyle.h"

#include <QList>
#include <QPointF>
#include <QSize>
#include <QWidget>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace latentlab::gui {

class KSweepChartView : public QWidget, public Exportable {
    Q_OBJECT
public:
    enum class Measure { InertiaOverTss, Silhouette };

    explicit KSweepChartView(Measure measure, QWidget* parent = nullptr);

    void setSweep(const KSweep& sweep);
    void clear();
    /// Elbow chart only: raw inertia, each method on its own axis (the first left, the
    /// second right, and so on), since the latent spaces have different scales.
    void setRawInertia(bool raw);
    bool rawInertia() const { return m_raw; }

    Measure measure() const { return m_measure; }
    /// The (k, value) points of a method's visible line, as drawn.
    QList<QPointF> points(const std::string& method) const;
    /// The methods with a line, in the sweep's order.
    std::vector<std::string> methods() const;
    /// The k marked as the run's choice; 0 when none is shown.
    int markedK() const { return m_markedK; }
    QString markerLabel() const;
    QChart* chart() const { return m_chart; }
    /// The chart's title; the screen shows it only when the chart itself is this tall, exports
    /// always. Shorter, Qt Charts squeezes the k labels and axis title to "..." (seen: 260 px
    /// elided them, 266 px fitted).
    QString title() const { return m_title; }
    static constexpr int kTitledChartHeight = 270;

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;

signals:
    void rawInertiaChanged(bool raw);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setTitle(const QString& title);
    void showTitle();
    void showTitle(bool full);
    QLineSeries* makeLine(const std::string& method, QValueAxis* axisY);
    /// A line (and a raw one with its axis, for the elbow) per method, as `methods` lists.
    void setMethods(const std::vector<std::string>& methods);
    void applyStyle();
    void fitAxes();
    void showRawSeries(bool raw);
    void showTooltip(const std::string& method, const QPointF& point, bool inside);
    /// The range of k swept (2..15 before a sweep).
    std::pair<int, int> kRange() const;
    double valueOf(const KSweepPoint& point, bool raw) const;
    QString yTitle() const;
    /// Step between labelled k's, from the plot's width.
    int kTickInterval() const;
    /// Ticks on the y axes, from the plot's height.
    int yTicks() const;

    Measure m_measure;
    bool m_raw = false;
    int m_markedK = 0;
    std::optional<KSweep> m_sweep;
    QString m_title;
    QSize m_fittedTicks;  ///< k interval and y tick count of the last fit

    QChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QLabel* m_note = nullptr;
    QCheckBox* m_rawCheck = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QValueAxis* m_axisUnit = nullptr;    ///< hidden 0..1, spans the marker line
    QCategoryAxis* m_axisTop = nullptr;  ///< carries the marker's label
    struct Line {
        std::string method;
        QLineSeries* line = nullptr;
        QLineSeries* raw = nullptr;     ///< elbow only: raw inertia ...
        QValueAxis* rawAxis = nullptr;  ///< ... on the method's own axis
    };
    std::vector<Line> m_methodLines;
    QLineSeries* m_marker = nullptr;
};

}  // namespace latentlab::gui
