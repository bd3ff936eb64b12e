// KSweepChartView's axes and style: the k axis's range and ticks, the y axis's nice range
// and title, the fonts and colours of the chart theme. Split from KSweepChartView.cpp.
#include "KSweepChartView.h"

#include "ChartStyle.h"
#include "NiceScale.h"
#include "NiceSteps.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

std::pair<int, int> KSweepChartView::kRange() const {
    if (!m_sweep || m_sweep->empty()) return {2, 15};
    return {m_sweep->curves.front().front().k, m_sweep->curves.front().back().k};
}

void KSweepChartView::fitAxes() {
    const auto [kMin, kMax] = kRange();
    const double low = kMin - 0.4, high = kMax + 0.4;
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setRange(low, high);
    m_axisX->setTickAnchor(kMin);
    m_axisX->setTickInterval(kTickInterval());
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisTop->setRange(low, high);
    m_axisTop->setStartValue(low);

    // 0 stays in view: the floor of inertia, and for silhouettes the line between some
    // structure and none.
    const int ticks = yTicks();
    m_fittedTicks = QSize(kTickInterval(), ticks);
    auto fit = [ticks](QValueAxis* axis, const std::vector<const QLineSeries*>& lines) {
        double low = 0.0, high = 0.0;
        bool any = false;
        for (const QLineSeries* line : lines) {
            for (const QPointF& point : line->points()) {
                low = std::min(low, point.y());
                high = std::max(high, point.y());
                any = true;
            }
        }
        if (!any) high = 1.0;
        const double pad = any ? 0.04 * (high - low) : 0.0;
        NiceScale::apply(axis, NiceScale::around(low < 0.0 ? low - pad : low, high + pad, ticks));
    };
    std::vector<const QLineSeries*> lines;
    for (const Line& line : m_methodLines) lines.push_back(line.line);
    fit(m_axisY, lines);
    for (const Line& line : m_methodLines)
        if (line.rawAxis) fit(line.rawAxis, {line.raw});
}

int KSweepChartView::kTickInterval() const {
    // A label every 30 px at most: closer, Qt Charts elides two-digit k's to "...".
    const auto [kMin, kMax] = kRange();
    const double plot = m_chart->plotArea().width();
    const double width = plot > 20 ? plot : m_chartView->width() - 110.0;
    const double labels = std::clamp(width / 30.0, 2.0, 14.0);
    return std::max(1, int(std::lround(nice::stepAtLeast((kMax - kMin) / labels))));
}

int KSweepChartView::yTicks() const {
    // About 30 px per tick, so a short chart's labels are not elided to "..." either.
    const double plot = m_chart->plotArea().height();
    return std::clamp(int((plot > 20 ? plot : m_chartView->height() - 110.0) / 30.0), 3, 6);
}

QString KSweepChartView::yTitle() const {
    return m_measure == Measure::Silhouette ? tr("mean silhouette") : tr("inertia / TSS");
}

void KSweepChartView::applyStyle() {
    const QPalette& pal = palette();
    const QColor background = ChartStyle::background(pal);
    ChartStyle::applyTo(m_chart, pal);
    ChartStyle::styleAxis(
        m_axisX,
        m_axisX->titleText().isEmpty() ? tr("k (number of clusters)") : m_axisX->titleText(), pal);
    ChartStyle::styleAxis(m_axisY, yTitle(), pal);
    ChartStyle::styleAxis(m_axisTop, QString(), pal);
    m_axisTop->setGridLineVisible(false);
    m_axisTop->setLineVisible(false);
    m_axisTop->setLabelsColor(ChartStyle::mutedText(pal));
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
