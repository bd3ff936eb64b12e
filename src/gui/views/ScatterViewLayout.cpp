// ScatterView's chrome, laid out around the plot: readable axis ticks, the legend beside or
// under the plot, and the note in the top margin.
#include "ScatterView.h"

#include "ChartStyle.h"
#include "NiceScale.h"
#include "NiceSteps.h"
#include "ScatterLegendItem.h"
#include "ScatterSeriesSet.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

// Views narrower than this put the legend under the plot, so the points keep the width.
constexpr int kLegendBesideFrom = 560;
// Gaps around the legend, in pixels.
constexpr double kLegendGap = 8.0;
// Ticks an axis gets whenever its labels leave room for them.
constexpr int kMinTicks = 4;

}  // namespace

void ScatterView::updateTicks() {
    // Ticks 70 px apart across and 45 px up where that leaves at least four; on a small plot
    // closer, down to what their labels need.
    const QRectF plot = m_chart->plotArea();
    const double plotWidth = plot.width() > 20 ? plot.width() : width() - 180.0;
    const double plotHeight = plot.height() > 20 ? plot.height() : height() - 120.0;
    const QFontMetricsF labels(m_axisX->labelsFont());
    const double lowX = m_axisX->min(), highX = m_axisX->max();
    const auto widestLabel = [&](double step) {
        const int decimals = nice::decimalsFor(step);
        return std::max(labels.horizontalAdvance(NiceScale::label(lowX, decimals)),
                        labels.horizontalAdvance(NiceScale::label(highX, decimals)));
    };
    // A tick within half a label's width of the right end would have its label cut (the
    // chart's margin there is narrower), so ticks are counted and placed short of it.
    const double endRoom =
        std::max(0.0, widestLabel((highX - lowX) / 8.0) / 2.0 - m_chart->margins().right());
    const double lastX = highX - (highX - lowX) * endRoom / std::max(plotWidth, 1.0);
    const double stepX =
        NiceScale::readableStep(lowX, lastX, plotWidth - endRoom, 70.0, kMinTicks,
                                [&](double step) { return widestLabel(step) + 8.0; });
    const double stepY =
        NiceScale::readableStep(m_axisY->min(), m_axisY->max(), plotHeight, 45.0, kMinTicks,
                                [&](double) { return labels.height() + 8.0; });
    NiceScale::applyTight(m_axisX, lowX, highX, stepX, plotWidth, endRoom);
    NiceScale::applyTight(m_axisY, m_axisY->min(), m_axisY->max(), stepY, plotHeight);
}

void ScatterView::updateLegend() {
    std::vector<ScatterLegendItem::Entry> entries;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].rows.empty()) continue;  // groups without points stay out of the legend
        const int code = g < m_groupCodes.size() ? m_groupCodes[g] : ScatterGroups::kNoCode;
        const bool hidden =
            std::find(m_hiddenCodes.begin(), m_hiddenCodes.end(), code) != m_hiddenCodes.end();
        entries.push_back({m_groupNames.value(int(g)), m_groups[g].colour, m_groups[g].shape, false,
                           int(m_groups[g].rows.size()), hidden});
    }
    if (m_series.centreCount() > 0)
        entries.push_back(
            {ScatterSeriesSet::centresName(), Qt::black, report::MarkerShape::Square, true});
    m_legend->setEntries(std::move(entries));
    m_legend->setStyle(ChartStyle::labelFont(font()), ChartStyle::text(palette()));
    placeLegend();
}

void ScatterView::placeLegend() {
    // Beside the plot in columns, or under it in rows in narrow views; the chart's margin on
    // that side makes the room, so the plot never runs under the legend.
    const QRectF chart(QPointF(0, 0), m_chart->size());
    if (chart.width() < 100 || chart.height() < 100) return;
    QMargins margins = m_chart->margins();
    const bool below = width() < kLegendBesideFrom;
    QRectF area;
    if (below) {
        const double width = chart.width() - 2 * kLegendGap;
        // A quarter of the height at most: past that the legend ends in "+N more".
        const double height =
            std::min(m_legend->extentFor(ScatterLegendItem::Below, width), 0.25 * chart.height());
        area = QRectF(kLegendGap, chart.height() - kLegendGap / 2 - height, width, height);
        margins.setRight(6);
        margins.setBottom(int(std::ceil(height + kLegendGap)));
    } else {
        const double height = chart.height() - margins.top() - kLegendGap;
        const double width =
            std::min(m_legend->extentFor(ScatterLegendItem::Beside, height), 0.4 * chart.width());
        area = QRectF(chart.width() - kLegendGap - width, margins.top(), width, height);
        margins.setRight(int(std::ceil(width + 2 * kLegendGap)));
        margins.setBottom(6);
    }
    if (margins != m_chart->margins()) m_chart->setMargins(margins);
    const QSizeF used =
        m_legend->layOut(below ? ScatterLegendItem::Below : ScatterLegendItem::Beside, area);
    // Centred along the plot's side, as Qt Charts centres its legend.
    if (below)
        m_legend->setPos(area.left() + std::max(0.0, (area.width() - used.width()) / 2),
                         area.top());
    else
        m_legend->setPos(area.left(),
                         area.top() + std::max(0.0, (area.height() - used.height()) / 2));
}

void ScatterView::placeNote() {
    QFont noteFont = ChartStyle::labelFont(font());
    noteFont.setItalic(true);
    m_noteItem->setFont(noteFont);
    // A long note (sample, alignment, points outside) is elided to the view's width rather
    // than run off its edge; the whole text is the tooltip.
    const QString full = shownNote();
    const QFontMetricsF metrics(noteFont);
    const QString shown =
        metrics.elidedText(full, Qt::ElideRight, std::max(40.0, m_chart->size().width() - 12.0));
    m_noteItem->setText(shown);
    m_noteItem->setToolTip(shown == full ? QString() : full);
    m_noteItem->setVisible(!full.isEmpty());
    m_noteItem->setBrush(ChartStyle::mutedText(palette()));
    // In the chart's top margin, above the title and right-aligned with the plot: just above
    // the plot it ran into the title of a narrow view. The margin fits the note's font whether
    // or not a note is shown, so the plot does not jump when one appears.
    const double lineHeight = QFontMetricsF(noteFont).height();
    QMargins margins = m_chart->margins();
    const int noteTop = std::max(18, int(std::ceil(lineHeight)) + 4);
    if (margins.top() != noteTop + m_topInset) {
        margins.setTop(noteTop + m_topInset);
        m_chart->setMargins(margins);
    }
    const QRectF plot = m_chart->plotArea();
    const QRectF box = m_noteItem->boundingRect();
    m_noteItem->setPos(std::max(6.0, plot.right() - box.width()), (noteTop - box.height()) / 2);
}

void ScatterView::setTopInset(int pixels) {
    pixels = std::max(0, pixels);
    if (pixels == m_topInset) return;
    m_topInset = pixels;
    placeNote();
    placeLegend();
}

QRect ScatterView::topInsetRect() const {
    // Across the chart, not the plot alone: over a narrow plot (four in a row) the strip's
    // buttons left its text a few letters.
    const double top = m_chart->margins().top() - m_topInset;
    const int side = m_chart->margins().left();
    const int width = int(m_chart->size().width()) - 2 * side;
    // The chart fills the view's viewport from its corner. Through the scene instead, the
    // room moved down when the view scrolled a little, though the chart is drawn in place.
    const QPoint corner = m_chartView->viewport()->mapTo(this, QPoint(0, 0));
    return QRect(corner + QPoint(side, int(std::round(top))),
                 QSize(std::max(0, width), m_topInset));
}

}  // namespace latentlab::gui
