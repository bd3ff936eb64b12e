// One chart of a sweep on the current result, a line per method in the method colours with
// a marker per swept value, the run's own setting marked by a dashed vertical line labelled
// on top, and the values of a point in its tooltip. A k sweep (k-means) draws inertia / TSS
// (the elbow) or the latent silhouette against k; a resolution sweep (Leiden) draws the
// clusters found (modularity dashed, on its own axis) or the silhouette (ARI dashed, with
// labels) against the resolution.
//
//   auto* elbow = new KSweepChartView(KSweepChartView::Measure::InertiaOverTss);
//   elbow->setSweep(sweepK(result, 2, 15));
//   auto* clusters = new KSweepChartView(KSweepChartView::Measure::Clusters,
//                                        SweptSetting::Resolution);
//   clusters->setSweep(sweepResolution(result, resolutionRange(0.2, 2.0, 0.2)));
#pragma once

#include "Exportable.h"
#include "KSweep.h"
#include "MethodStyle.h"
#include "ResolutionSweep.h"
#include "SweepCurves.h"

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
    /// InertiaOverTss: k sweeps only. Clusters: resolution sweeps, with the modularity.
    /// Silhouette: either; against the resolution with the ARI when the data have labels.
    enum class Measure { InertiaOverTss, Silhouette, Clusters };

    explicit KSweepChartView(Measure measure, SweptSetting setting = SweptSetting::K,
                             QWidget* parent = nullptr);

    void setSweep(const KSweep& sweep);
    void setSweep(const ResolutionSweep& sweep);
    void clear();
    /// Elbow chart only: raw inertia, each method on its own axis (the first left, the
    /// second right, and so on), since the latent spaces have different scales.
    void setRawInertia(bool raw);
    bool rawInertia() const { return m_raw; }

    Measure measure() const { return m_measure; }
    SweptSetting setting() const { return m_setting; }
    /// The (k or resolution, value) points of a method's visible solid line, as drawn.
    QList<QPointF> points(const std::string& method) const;
    /// The method's dashed line: the modularity (Clusters) or the ARI (Silhouette against the
    /// resolution); empty for a k sweep and without labels.
    QList<QPointF> companionPoints(const std::string& method) const;
    /// The methods with a line, in the sweep's order.
    std::vector<std::string> methods() const;
    /// The k marked as the run's choice; 0 when none is shown (and for resolution sweeps).
    int markedK() const;
    /// The k or resolution marked as the run's; 0 when none is shown.
    double markedValue() const { return m_marked; }
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
    void setCurves(SweepCurves curves);
    void setTitle(const QString& title);
    void showTitle();
    void showTitle(bool full);
    QLineSeries* makeLine(const std::string& method, QValueAxis* axisY);
    /// A line (and a raw one with its axis, for the elbow, or a dashed companion) per method,
    /// as `methods` lists.
    void setMethods(const std::vector<std::string>& methods);
    void applyStyle();
    void fitAxes();
    void showRawSeries(bool raw);
    void showTooltip(const std::string& method, const QPointF& point, bool inside);
    bool hasCompanion() const;
    // KSweepChartTexts.cpp: what the chart says for its measure and setting.
    void updateTexts();
    QString xTitle() const;
    QString yTitle() const;
    QString companionTitle() const;
    QString describe(const std::string& method, const SweepSample& sample) const;
    QString settingText(double value) const;
    // KSweepChartAxes.cpp.
    /// The range swept (k = 2..15, or resolutions 0.2..2, before a sweep).
    std::pair<double, double> sweptRange() const;
    double valueOf(const SweepSample& sample, bool raw) const;
    double companionOf(const SweepSample& sample) const;
    /// Step between labelled k's or resolutions, from the plot's width.
    double xTickInterval() const;
    /// Ticks on the y axes, from the plot's height.
    int yTicks() const;

    Measure m_measure;
    SweptSetting m_setting;
    bool m_raw = false;
    double m_marked = 0.0;
    std::optional<SweepCurves> m_sweep;
    QString m_title;
    std::pair<double, int> m_fittedTicks;  ///< x interval and y tick count of the last fit

    QChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QLabel* m_note = nullptr;
    QCheckBox* m_rawCheck = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QValueAxis* m_axisCompanion = nullptr;  ///< Clusters only: the modularity, right
    QValueAxis* m_axisUnit = nullptr;       ///< hidden 0..1, spans the marker line
    QCategoryAxis* m_axisTop = nullptr;     ///< carries the marker's label
    struct Line {
        std::string method;
        QLineSeries* line = nullptr;
        QLineSeries* raw = nullptr;        ///< elbow only: raw inertia ...
        QValueAxis* rawAxis = nullptr;     ///< ... on the method's own axis
        QLineSeries* companion = nullptr;  ///< resolution sweeps: modularity or ARI, dashed
    };
    std::vector<Line> m_methodLines;
    QLineSeries* m_marker = nullptr;
};

}  // namespace latentlab::gui
