#include "ScatterView.h"
#include "NiceSteps.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "NiceScale.h"
#include "Palette.h"
#include "PointCloudItem.h"
#include "ScatterLegendItem.h"
#include "ZoomableChartView.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

// Qt Charts stacks its items by z value: grid 2, axes 3, series 4, legend 5. The point layer
// goes above the grid and axis lines and below the centre markers (series) and the legend.
constexpr double kPointLayerZ = 3.5;
constexpr double kLegendZ = 5.0;
// Views narrower than this put the legend under the plot, so the points keep the width.
constexpr int kLegendBesideFrom = 560;
// Gaps around the legend, in pixels.
constexpr double kLegendGap = 8.0;
// Ticks an axis gets whenever its labels leave room for them.
constexpr int kMinTicks = 4;

}  // namespace

ScatterView::ScatterView(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_series(m_chart) {
    m_chartView = new ZoomableChartView(m_chart, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView);

    m_axisX = new QCategoryAxis(m_chart);
    m_axisY = new QCategoryAxis(m_chart);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_noteItem = new QGraphicsSimpleTextItem(m_chart);
    m_noteItem->setZValue(100);
    m_points = new PointCloudItem(m_chart);
    m_points->setZValue(kPointLayerZ);
    m_points->setPointSize(m_pointSize);
    m_points->setOpacity(m_opacity);
    // Our own legend: Qt Charts' cuts names ("clust...") and keeps to one row below a plot.
    m_legend = new ScatterLegendItem(m_chart);
    m_legend->setZValue(kLegendZ);

    connect(m_chartView, &ZoomableChartView::userZoomed, this, [this] { m_userZoomed = true; });
    connect(m_chartView, &ZoomableChartView::resetRequested, this, &ScatterView::resetZoom);
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& plotArea) {
        m_points->setPlotArea(plotArea);
        placeLegend();
        placeNote();
        updateTicks();
    });
    // Zoom and pan change the range: keep the tick spacing readable, redraw the points.
    for (QCategoryAxis* axis : {m_axisX, m_axisY})
        connect(axis, &QValueAxis::rangeChanged, this, [this] {
            syncPointRange();
            updateTicks();
        });

    applyStyle();
    // Through regroup, so the empty view's one placeholder series has its legend entry
    // hidden like any group without points (it showed as an unlabelled dot).
    regroup();
    fitAxes(true);
    setMinimumSize(320, 260);
}

void ScatterView::setTitle(const QString& title) { m_chart->setTitle(title); }

void ScatterView::setAxisTitles(const QString& x, const QString& y) {
    m_axisX->setTitleText(x);
    m_axisX->setTitleVisible(!x.isEmpty());
    m_axisY->setTitleText(y);
    m_axisY->setTitleVisible(!y.isEmpty());
}

void ScatterView::setData(const Eigen::MatrixXd& xy, const std::vector<int>& trueLabels,
                          const std::vector<std::string>& labelNames,
                          const std::vector<int>& clusters, const Eigen::MatrixXd& centroids) {
    const Eigen::Index n = xy.cols() >= 2 ? xy.rows() : 0;
    m_xy = xy.leftCols(std::min<Eigen::Index>(2, xy.cols())).topRows(n);
    m_trueLabels = Eigen::Index(trueLabels.size()) == n ? trueLabels : std::vector<int>{};
    m_labelNames = labelNames;
    m_clusters = Eigen::Index(clusters.size()) == n ? clusters : std::vector<int>{};
    m_centroids =
        centroids.cols() >= 2 ? Eigen::MatrixXd(centroids.leftCols(2)) : Eigen::MatrixXd();
    regroup();
    updateExtent();
    m_userZoomed = false;
    fitAxes(true);
}

void ScatterView::updatePositions(const Eigen::MatrixXd& xy) {
    if (xy.rows() != m_xy.rows() || xy.cols() < 2) {
        qWarning("ScatterView::updatePositions: %lld rows given, %lld expected",
                 static_cast<long long>(xy.rows()), static_cast<long long>(m_xy.rows()));
        return;
    }
    m_xy = xy.leftCols(2);
    m_points->setPositions(m_xy);
    updateExtent();
    fitAxes(false);
    countOutside();  // also when a zoomed view keeps its range
}

void ScatterView::setClusters(const std::vector<int>& clusters, const Eigen::MatrixXd& centroids) {
    setData(m_xy, m_trueLabels, m_labelNames, clusters, centroids);
}

void ScatterView::clear() { setData(Eigen::MatrixXd(), {}, {}, {}, Eigen::MatrixXd()); }

bool ScatterView::hasLabels() const { return !m_trueLabels.empty(); }

bool ScatterView::hasClusters() const { return !m_clusters.empty(); }

void ScatterView::setColourBy(ColourBy mode) {
    if (mode == m_colourBy) return;
    m_colourBy = mode;
    regroup();
}

void ScatterView::setPointSize(double pixels) {
    m_pointSize = std::clamp(pixels, 1.0, 30.0);
    m_points->setPointSize(m_pointSize);
}

void ScatterView::setOpacity(double opacity) {
    m_opacity = std::clamp(opacity, 0.05, 1.0);
    m_points->setOpacity(m_opacity);
}

void ScatterView::resetZoom() {
    m_userZoomed = false;
    fitAxes(true);
}

void ScatterView::setShowAllPoints(bool all) {
    if (all == m_showAll) return;
    m_showAll = all;
    updateExtent();
    resetZoom();
}

void ScatterView::setSharedExtent(const AxisBox& box, bool force) {
    // Every training frame clears it on the PCA view when nothing is aligned: nothing to do.
    if (!force && box.empty && m_sharedExtent.empty) return;
    m_sharedExtent = box;
    fitAxes(force);
}

void ScatterView::setNote(const QString& note) {
    m_note = note;
    placeNote();
}

QString ScatterView::shownNote() const {
    if (m_outside == 0) return m_note;
    const QString outside =
        m_outside == 1 ? tr("1 point outside the view")
                       : tr("%1 points outside the view").arg(QLocale().toString(m_outside));
    return m_note.isEmpty() ? outside : m_note + QStringLiteral(" \u00b7 ") + outside;
}

int ScatterView::pointCount() const { return m_points->pointCount(); }

int ScatterView::centroidCount() const { return m_series.centreCount(); }

QStringList ScatterView::seriesNames() const { return m_series.names(); }

void ScatterView::regroup() {
    const bool byCluster =
        (m_colourBy == ColourBy::Cluster && hasClusters()) || (!hasLabels() && hasClusters());
    const std::vector<int>& codes = byCluster ? m_clusters : m_trueLabels;
    int groups = 0;
    if (!codes.empty()) groups = *std::max_element(codes.begin(), codes.end()) + 1;
    if (byCluster) groups = std::max(groups, int(m_centroids.rows()));
    if (!byCluster) groups = std::max(groups, int(m_labelNames.size()));
    const bool hasInvalid =
        std::any_of(codes.begin(), codes.end(), [](int code) { return code < 0; });

    // Clusters wear their matched labels' styles and are listed in the labels' order; labels
    // (and clusters without labels) keep their own.
    m_matching = ClusterMatching();
    if (byCluster && hasLabels()) {
        int classes = int(m_labelNames.size());
        for (int label : m_trueLabels) classes = std::max(classes, label + 1);
        m_matching = ClusterMatching::fromLabels(m_trueLabels, m_clusters, classes, groups);
    }
    std::vector<int> order(static_cast<std::size_t>(groups));
    for (int g = 0; g < groups; ++g) order[std::size_t(g)] = g;
    if (m_matching.hasClasses()) order = m_matching.displayOrder();
    std::vector<int> slotOf(static_cast<std::size_t>(groups), 0);
    for (int slot = 0; slot < groups; ++slot) slotOf[std::size_t(order[std::size_t(slot)])] = slot;

    m_groups.assign(std::size_t(std::max(1, groups + (hasInvalid ? 1 : 0))), PointGroup{});
    m_groupStyles.assign(m_groups.size(), 0);
    m_groupNames.clear();
    for (int slot = 0; slot < groups; ++slot) {
        const int g = order[std::size_t(slot)];
        m_groupStyles[std::size_t(slot)] = byCluster ? m_matching.styleIndex(g) : g;
        if (byCluster)
            m_groupNames << tr("cluster %1").arg(g);
        else if (g < int(m_labelNames.size()))
            m_groupNames << QString::fromStdString(m_labelNames[std::size_t(g)]);
        else
            m_groupNames << tr("label %1").arg(g);
    }
    if (codes.empty()) {
        m_groupNames = QStringList{tr("points")};
    } else if (hasInvalid) {
        m_groupNames << tr("unlabelled");
        m_groupStyles.back() = -1;
    }

    for (int row = 0; row < int(m_xy.rows()); ++row) {
        int group = 0;
        if (!codes.empty()) {
            const int code = codes[std::size_t(row)];
            group = code >= 0 ? slotOf[std::size_t(code)] : groups;
        }
        m_groups[std::size_t(group)].rows.push_back(row);
    }
    m_series.setNames(m_groupNames);
    m_series.setCentres(m_centroids);
    m_points->setPositions(m_xy);
    applyColours();  // and the legend
    placeNote();
}

void ScatterView::applyColours() {
    const QColor background = ChartStyle::background(palette());
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        // The group's palette colour and shape; the "unlabelled" group past the labels is grey.
        const int style = g < m_groupStyles.size() ? m_groupStyles[g] : int(g);
        m_groups[g].colour = style < 0 ? QColor(Qt::gray) : Palette::color(style, background);
        m_groups[g].shape = style < 0 ? report::MarkerShape::Circle : Palette::shape(style);
    }
    m_points->setGroups(m_groups);
    updateLegend();
}

void ScatterView::updateExtent() {
    m_ownExtent = m_extent.compute(m_xy, m_showAll);
    // The centres always show: they are few and they are the clustering.
    m_ownExtent.include(ScatterExtent().compute(m_centroids, true));
}

void ScatterView::fitAxes(bool force) {
    if (m_userZoomed && !force) return;
    const AxisBox& box = m_sharedExtent.empty ? m_ownExtent : m_sharedExtent;
    double low[2] = {0.0, 0.0}, high[2] = {1.0, 1.0};
    if (!box.empty) {
        for (int c = 0; c < 2; ++c) {
            low[c] = box.low[c];
            high[c] = box.high[c];
        }
    }
    QCategoryAxis* axes[2] = {m_axisX, m_axisY};
    for (int c = 0; c < 2; ++c) {
        if (!std::isfinite(low[c]) || !std::isfinite(high[c])) continue;
        const double span = std::max(high[c] - low[c], 1e-9);
        const double shownSpan = axes[c]->max() - axes[c]->min();
        const bool leaves = low[c] < axes[c]->min() || high[c] > axes[c]->max();
        const bool shrank = span < 0.45 * shownSpan;
        if (!force && !leaves && !shrank) continue;
        // While following live data, leave headroom so the range does not change every frame.
        const double pad = (force ? 0.04 : 0.12) * span;
        axes[c]->setRange(low[c] - pad, high[c] + pad);
    }
    syncPointRange();
    updateTicks();
}

void ScatterView::syncPointRange() {
    m_points->setDataRange(QRectF(m_axisX->min(), m_axisY->min(), m_axisX->max() - m_axisX->min(),
                                  m_axisY->max() - m_axisY->min()));
    countOutside();
}

void ScatterView::countOutside() {
    AxisBox visible;
    visible.low[0] = m_axisX->min();
    visible.high[0] = m_axisX->max();
    visible.low[1] = m_axisY->min();
    visible.high[1] = m_axisY->max();
    visible.empty = false;
    const int outside = ScatterExtent::countOutside(m_xy, visible);
    if (outside == m_outside) return;
    m_outside = outside;
    placeNote();
}

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
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        if (!m_groups[g].rows.empty())  // groups without points stay out of the legend
            entries.push_back({m_groupNames.value(int(g)), m_groups[g].colour, m_groups[g].shape});
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
    const int top = std::max(18, int(std::ceil(lineHeight)) + 4);
    if (margins.top() != top) {
        margins.setTop(top);
        m_chart->setMargins(margins);
    }
    const QRectF plot = m_chart->plotArea();
    const QRectF box = m_noteItem->boundingRect();
    m_noteItem->setPos(std::max(6.0, plot.right() - box.width()), (top - box.height()) / 2);
}

void ScatterView::applyStyle() {
    ChartStyle::applyTo(m_chart, palette());
    m_chart->setMargins(QMargins(6, 18, 6, 6));
    ChartStyle::styleAxis(m_axisX, m_axisX->titleText(), palette());
    ChartStyle::styleAxis(m_axisY, m_axisY->titleText(), palette());
    m_chart->legend()->hide();
    m_series.attach(m_axisX, m_axisY);
    applyColours();
    placeNote();
}

void ScatterView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) applyStyle();
}

void ScatterView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeLegend();
    placeNote();
}

QSize ScatterView::exportSize() const {
    const QSize size = m_chartView->size();
    return size.width() >= 200 && size.height() >= 150 ? size : QSize(720, 560);
}

void ScatterView::renderTo(QPainter& painter, const QRectF& target) {
    // The point layer is part of the scene and draws itself as vector discs there.
    ChartExport::renderChart(m_chart, painter, target);
}

}  // namespace latentlab::gui
