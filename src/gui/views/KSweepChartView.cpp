#include "KSweepChartView.h"

#include "ChartExport.h"
#include "ChartStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

void setLegendVisible(QChart* chart, QLineSeries* series, bool visible) {
    for (QLegendMarker* marker : chart->legend()->markers(series)) marker->setVisible(visible);
}

}  // namespace

KSweepChartView::KSweepChartView(Measure measure, SweptSetting setting, QWidget* parent)
    : QWidget(parent), m_measure(measure), m_setting(setting) {
    m_chart = new QChart;
    m_chartView = new QChartView(m_chart, this);
    m_chartView->installEventFilter(this);
    m_chartView->setRenderHint(QPainter::Antialiasing, true);

    m_axisX = new QValueAxis(m_chart);
    m_axisY = new QCategoryAxis(m_chart);  // NiceScale writes its labels: a true minus sign
    m_axisUnit = new QValueAxis(m_chart);
    m_axisTop = new QCategoryAxis(m_chart);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisTop, Qt::AlignTop);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    if (measure == Measure::Clusters) {
        m_axisCompanion = new QCategoryAxis(m_chart);
        m_chart->addAxis(m_axisCompanion, Qt::AlignRight);
    }
    m_chart->addAxis(m_axisUnit, Qt::AlignRight);
    m_axisUnit->setRange(0.0, 1.0);
    m_axisUnit->setVisible(false);
    m_axisTop->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisTop->setGridLineVisible(false);
    m_axisTop->setLineVisible(false);

    m_marker = new QLineSeries;
    m_marker->setName(setting == SweptSetting::K ? tr("the run's k") : tr("the run's resolution"));
    m_chart->addSeries(m_marker);
    m_marker->attachAxis(m_axisX);
    m_marker->attachAxis(m_axisUnit);
    // The dashed line is labelled on top ("run's k = 8"); in the legend it was a grey square
    // whose text did not fit, a stray marker.
    setLegendVisible(m_chart, m_marker, false);

    connect(
        m_chart, &QChart::plotAreaChanged, this,
        [this] {
            // A new size may want other tick counts; refit only when it does. Queued: new
            // ticks set during Qt Charts' layout pass kept the labels elided ("...") for the
            // old, tiny plot until something else relaid the chart.
            if (std::pair(xTickInterval(), yTicks()) != m_fittedTicks) fitAxes();
        },
        Qt::QueuedConnection);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 2, 8, 0);
    bar->addWidget(m_note, 1);
    if (measure == Measure::InertiaOverTss) {
        m_rawCheck = new QCheckBox(tr("Raw inertia"), this);
        m_rawCheck->setObjectName(QStringLiteral("rawInertia"));
        m_rawCheck->setToolTip(
            tr("Raw inertia, each method on its own axis (in the axis colours): their "
               "scales differ, so compare shapes, not heights"));
        bar->addWidget(m_rawCheck);
        connect(m_rawCheck, &QCheckBox::toggled, this, &KSweepChartView::setRawInertia);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_chartView, 1);
    // The note row sits on the chart's background, as one card.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    setMethods(Config().methods);
    applyStyle();
    showRawSeries(false);
    clear();
    setMinimumSize(300, 190);
}

std::vector<std::string> KSweepChartView::methods() const {
    std::vector<std::string> names;
    for (const Line& line : m_methodLines) names.push_back(line.method);
    return names;
}

bool KSweepChartView::hasCompanion() const {
    return m_setting == SweptSetting::Resolution && m_measure != Measure::InertiaOverTss;
}

void KSweepChartView::setMethods(const std::vector<std::string>& methods) {
    if (methods == this->methods()) return;
    for (Line& line : m_methodLines) {
        for (QLineSeries* series : {line.line, line.raw, line.companion}) {
            if (!series) continue;
            m_chart->removeSeries(series);
            delete series;
        }
        if (line.rawAxis) {
            m_chart->removeAxis(line.rawAxis);
            delete line.rawAxis;
        }
    }
    m_methodLines.clear();
    for (std::size_t i = 0; i < methods.size(); ++i) {
        Line line;
        line.method = methods[i];
        line.line = makeLine(methods[i], m_axisY);
        if (m_measure == Measure::InertiaOverTss) {
            line.rawAxis = new QValueAxis(m_chart);
            m_chart->addAxis(line.rawAxis, i % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
            line.raw = makeLine(methods[i], line.rawAxis);
        }
        if (hasCompanion()) {
            // Dashed in the method's colour; the legend lists the methods once.
            line.companion = makeLine(methods[i], m_axisCompanion ? m_axisCompanion : m_axisY);
            setLegendVisible(m_chart, line.companion, false);
        }
        m_methodLines.push_back(line);
    }
    // The marker line stays the last series, drawn over the methods' lines.
    m_chart->removeSeries(m_marker);
    m_chart->addSeries(m_marker);
    m_marker->attachAxis(m_axisX);
    m_marker->attachAxis(m_axisUnit);
    setLegendVisible(m_chart, m_marker, false);
    applyStyle();
    showRawSeries(m_raw);
}

QLineSeries* KSweepChartView::makeLine(const std::string& method, QValueAxis* axisY) {
    auto* series = new QLineSeries;
    series->setName(MethodStyle::name(method));
    series->setPointsVisible(true);
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(axisY);
    connect(series, &QLineSeries::hovered, this, [this, method](const QPointF& point, bool inside) {
        showTooltip(method, point, inside);
    });
    return series;
}

void KSweepChartView::setSweep(const KSweep& sweep) { setCurves(SweepCurves::from(sweep)); }

void KSweepChartView::setSweep(const ResolutionSweep& sweep) {
    setCurves(SweepCurves::from(sweep));
}

void KSweepChartView::setCurves(SweepCurves curves) {
    m_sweep = std::move(curves);
    const SweepCurves& sweep = *m_sweep;
    setMethods(sweep.methods);
    for (const Line& line : m_methodLines) {
        QList<QPointF> values, raw, companion;
        for (const SweepSample& sample : sweep.curveOf(line.method)) {
            if (std::isfinite(valueOf(sample, false)))
                values.append({sample.at, valueOf(sample, false)});
            if (std::isfinite(valueOf(sample, true)))
                raw.append({sample.at, valueOf(sample, true)});
            if (std::isfinite(companionOf(sample)))
                companion.append({sample.at, companionOf(sample)});
        }
        line.line->replace(values);
        if (line.raw) line.raw->replace(raw);
        if (line.companion) line.companion->replace(companion);
    }
    m_marked = sweep.covers(sweep.chosen) ? sweep.chosen : 0.0;
    m_marker->replace(m_marked > 0 ? QList<QPointF>{{m_marked, 0.0}, {m_marked, 1.0}}
                                   : QList<QPointF>{});
    for (const QString& label : m_axisTop->categoriesLabels()) m_axisTop->remove(label);
    if (m_marked > 0) m_axisTop->append(markerLabel(), m_marked);
    updateTexts();
    fitAxes();
}

int KSweepChartView::markedK() const {
    return m_setting == SweptSetting::K ? int(std::lround(m_marked)) : 0;
}

QString KSweepChartView::markerLabel() const {
    if (!(m_marked > 0)) return QString();
    return m_setting == SweptSetting::K ? tr("run's k = %1").arg(markedK())
                                        : tr("run's resolution = %1").arg(settingText(m_marked));
}

void KSweepChartView::clear() {
    m_sweep.reset();
    m_marked = 0.0;
    for (const Line& line : m_methodLines)
        for (QLineSeries* series : {line.line, line.raw, line.companion})
            if (series) series->clear();
    m_marker->clear();
    for (const QString& label : m_axisTop->categoriesLabels()) m_axisTop->remove(label);
    updateTexts();
    fitAxes();
}

void KSweepChartView::setRawInertia(bool raw) {
    if (m_measure != Measure::InertiaOverTss || raw == m_raw) return;
    m_raw = raw;
    {
        const QSignalBlocker blocker(m_rawCheck);
        m_rawCheck->setChecked(raw);
    }
    showRawSeries(raw);
    fitAxes();
    emit rawInertiaChanged(raw);
}

void KSweepChartView::showRawSeries(bool raw) {
    // Both sets of series and axes exist from the start; switching shows one and hides the
    // other, which avoids removing axes from a live chart.
    m_axisY->setVisible(!raw);
    for (const Line& line : m_methodLines) {
        if (line.rawAxis) line.rawAxis->setVisible(raw);
        line.line->setVisible(!raw);
        setLegendVisible(m_chart, line.line, !raw);
        if (line.raw) {
            line.raw->setVisible(raw);
            setLegendVisible(m_chart, line.raw, raw);
        }
    }
    if (m_measure == Measure::InertiaOverTss) updateTexts();
}

QList<QPointF> KSweepChartView::points(const std::string& method) const {
    for (const Line& line : m_methodLines)
        if (line.method == method) return (m_raw && line.raw ? line.raw : line.line)->points();
    return {};
}

QList<QPointF> KSweepChartView::companionPoints(const std::string& method) const {
    for (const Line& line : m_methodLines)
        if (line.method == method && line.companion) return line.companion->points();
    return {};
}

void KSweepChartView::showTooltip(const std::string& method, const QPointF& point, bool inside) {
    if (!inside || !m_sweep) {
        QToolTip::hideText();
        return;
    }
    // The swept value nearest the pointer: k's are whole, resolutions evenly spaced.
    const std::vector<SweepSample>& samples = m_sweep->curveOf(method);
    const auto nearest = std::min_element(
        samples.begin(), samples.end(), [&](const SweepSample& a, const SweepSample& b) {
            return std::abs(a.at - point.x()) < std::abs(b.at - point.x());
        });
    if (nearest == samples.end()) return;
    QToolTip::showText(QCursor::pos(), describe(method, *nearest), this);
}

void KSweepChartView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyStyle();
}

QSize KSweepChartView::exportSize() const {
    // A chart on a tab that was never shown still has its minimum size: export it at a
    // readable one instead.
    const QSize size = m_chartView->size();
    return isVisible() && size.width() >= 400 && size.height() >= 260 ? size : QSize(720, 440);
}

void KSweepChartView::setTitle(const QString& title) {
    m_title = title;
    showTitle();
}

void KSweepChartView::showTitle() {
    // On a laptop the Robustness tab gives each chart little height: the note above it, the
    // group's caption and the k range beside the Sweep button say what the title and the
    // x-axis title would, the legend moves beside the plot, and the axes keep the room for
    // their labels (squeezed, Qt Charts elides them all to "..."). Exports keep everything.
    showTitle(m_chartView->height() >= kTitledChartHeight);
}

void KSweepChartView::showTitle(bool full) {
    m_chart->setTitle(full ? m_title : QString());
    m_axisX->setTitleVisible(full);
    m_chart->legend()->setAlignment(full ? Qt::AlignBottom : Qt::AlignRight);
}

bool KSweepChartView::eventFilter(QObject* watched, QEvent* event) {
    // The chart's own height decides: the bar above it (a note, the Raw inertia box) varies.
    if (watched == m_chartView && event->type() == QEvent::Resize) showTitle();
    return QWidget::eventFilter(watched, event);
}

void KSweepChartView::renderTo(QPainter& painter, const QRectF& target) {
    showTitle(true);
    ChartExport::renderChart(m_chart, painter, target);
    showTitle();
}

}  // namespace latentlab::gui
