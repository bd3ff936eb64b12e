// KSweepChartView's axes and style: the swept axis's range and ticks (whole k's, or
// resolutions at nice steps), the y axes' nice ranges, the fonts and colours of the chart
// theme. Split from KSweepChartView.cpp.
#include "KSweepChartView.h"

#include "ChartStyle.h"
#include "NiceScale.h"
#include "NiceSteps.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

/// A count's axis from 0 in whole steps (0, 1, 2 or 0, 5, 10): never "2.5 clusters".
NiceRange countRange(double high, int ticks) {
    NiceRange range;
    double step = std::max(1.0, nice::stepAtLeast(std::max(high, 1.0) / std::max(1, ticks - 1)));
    if (step != std::floor(step)) step = 2.0 * step;  // 2.5 -> 5
    range.min = 0.0;
    range.step = step;
    range.max = std::max(1.0, std::ceil(high / step - 1e-9)) * step;
    range.ticks = int(std::lround(range.max / step)) + 1;
    range.decimals = 0;
    return range;
}

}  // namespace

std::pair<double, double> KSweepChartView::sweptRange() const {
    if (m_sweep && !m_sweep->empty()) return m_sweep->range();
    return m_setting == SweptSetting::K ? std::pair{2.0, 15.0} : std::pair{0.2, 2.0};
}

double KSweepChartView::valueOf(const SweepSample& sample, bool raw) const {
    switch (m_measure) {
        case Measure::InertiaOverTss:
            return raw ? sample.inertia : sample.inertiaOverTss;
        case Measure::Silhouette:
            return raw ? kNotAvailable : sample.silhouette;
        case Measure::Clusters:
            return raw ? kNotAvailable : sample.clusters;
    }
    return kNotAvailable;
}

double KSweepChartView::companionOf(const SweepSample& sample) const {
    if (!hasCompanion()) return kNotAvailable;
    return m_measure == Measure::Clusters ? sample.modularity : sample.ari;
}

void KSweepChartView::fitAxes() {
    const auto [first, last] = sweptRange();
    const bool k = m_setting == SweptSetting::K;
    // Each end keeps 0.4 of a step, so its markers are not cut by the plot's edge.
    const double spacing = m_sweep ? m_sweep->spacing() : 0.0;
    const double pad = 0.4 * (spacing > 0.0 ? spacing
                              : k           ? 1.0
                                            : std::max(0.1, 0.5 * std::abs(first)));
    const double low = first - pad, high = last + pad;
    const double interval = xTickInterval();
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setRange(low, high);
    // Ticks from the first k; resolutions at the multiples of their nice step.
    m_axisX->setTickAnchor(k ? first : std::ceil(low / interval - 1e-9) * interval);
    m_axisX->setTickInterval(interval);
    m_axisX->setLabelFormat(
        QStringLiteral("%.%1f").arg(k ? 0 : std::max(1, nice::decimalsFor(interval))));
    m_axisTop->setRange(low, high);
    m_axisTop->setStartValue(low);

    // 0 stays in view: the floor of inertia and of counts, and for silhouettes the line
    // between some structure and none.
    const int ticks = yTicks();
    m_fittedTicks = {interval, ticks};
    auto extent = [](const std::vector<const QLineSeries*>& lines) {
        double low = 0.0, high = 0.0;
        bool any = false;
        for (const QLineSeries* line : lines) {
            if (!line) continue;
            for (const QPointF& point : line->points()) {
                low = std::min(low, point.y());
                high = std::max(high, point.y());
                any = true;
            }
        }
        return std::tuple{low, any ? high : 1.0, any};
    };
    auto fit = [&](QValueAxis* axis, const std::vector<const QLineSeries*>& lines) {
        const auto [low, high, any] = extent(lines);
        const double pad = any ? 0.04 * (high - low) : 0.0;
        NiceScale::apply(axis, NiceScale::around(low < 0.0 ? low - pad : low, high + pad, ticks));
    };
    std::vector<const QLineSeries*> lines, companions;
    for (const Line& line : m_methodLines) {
        lines.push_back(line.line);
        companions.push_back(line.companion);
    }
    if (m_measure == Measure::Clusters) {
        NiceScale::apply(m_axisY, countRange(std::get<1>(extent(lines)), ticks));
        fit(m_axisCompanion, companions);
    } else {
        // The ARI shares the silhouette's axis: both read from 0 (chance, no structure) up to 1.
        if (hasCompanion()) lines.insert(lines.end(), companions.begin(), companions.end());
        fit(m_axisY, lines);
    }
    for (const Line& line : m_methodLines)
        if (line.rawAxis) fit(line.rawAxis, {line.raw});
}

double KSweepChartView::xTickInterval() const {
    // A label every 30 px at most: closer, Qt Charts elides two-digit k's to "...";
    // resolutions ("0.25") want a little more.
    const auto [first, last] = sweptRange();
    const bool k = m_setting == SweptSetting::K;
    const double plot = m_chart->plotArea().width();
    const double width = plot > 20 ? plot : m_chartView->width() - 110.0;
    const double labels = std::clamp(width / (k ? 30.0 : 40.0), 2.0, 14.0);
    if (k) return std::max(1, int(std::lround(nice::stepAtLeast((last - first) / labels))));
    const double spacing = m_sweep ? m_sweep->spacing() : 0.0;
    const double span = std::max(last - first, spacing > 0.0 ? spacing : 0.5 * std::abs(first));
    return nice::stepAtLeast(std::max(span, 1e-6) / labels);
}

int KSweepChartView::yTicks() const {
    // About 30 px per tick, so a short chart's labels are not elided to "..." either.
    const double plot = m_chart->plotArea().height();
    return std::clamp(int((plot > 20 ? plot : m_chartView->height() - 110.0) / 30.0), 3, 6);
}

void KSweepChartView::applyStyle() {
    const QPalette& pal = palette();
    const QColor background = ChartStyle::background(pal);
    ChartStyle::applyTo(m_chart, pal);
    ChartStyle::styleAxis(m_axisX, xTitle(), pal);
    ChartStyle::styleAxis(m_axisY, yTitle(), pal);
    if (m_axisCompanion) ChartStyle::styleAxis(m_axisCompanion, companionTitle(), pal);
    ChartStyle::styleAxis(m_axisTop, QString(), pal);
    m_axisTop->setGridLineVisible(false);
    m_axisTop->setLineVisible(false);
    m_axisTop->setLabelsColor(ChartStyle::mutedText(pal));
    if (m_axisCompanion) m_axisCompanion->setGridLineVisible(false);  // one grid, the left axis's
    for (std::size_t i = 0; i < m_methodLines.size(); ++i) {
        const Line& line = m_methodLines[i];
        const QColor colour = MethodStyle::color(line.method, background);
        QPen pen(colour, 2.0);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        for (QLineSeries* series : {line.line, line.raw}) {
            if (!series) continue;
            series->setPen(pen);
            series->setMarkerSize(5.0);
        }
        if (line.companion) {
            QPen dashed = pen;
            dashed.setWidthF(1.6);
            dashed.setStyle(Qt::DashLine);
            line.companion->setPen(dashed);
            line.companion->setMarkerSize(4.0);
        }
        if (!line.rawAxis) continue;
        ChartStyle::styleAxis(line.rawAxis, tr("%1 inertia").arg(MethodStyle::name(line.method)),
                              pal);
        line.rawAxis->setLabelsColor(colour);
        line.rawAxis->setGridLineVisible(i == 0);  // one grid, the first axis's
    }
    QPen dashed(ChartStyle::mutedText(pal), 1.5, Qt::DashLine);
    m_marker->setPen(dashed);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::WindowText, ChartStyle::mutedText(pal));
    m_note->setPalette(notePalette);
    showTitle();  // styleAxis shows the x-axis title, applyTo moves the legend
}

}  // namespace latentlab::gui
