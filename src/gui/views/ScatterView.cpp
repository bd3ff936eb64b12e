#include "ScatterView.h"
#include "NiceSteps.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "NiceScale.h"
#include "Palette.h"
#include "PointCloudItem.h"
#include "RowMarkerItem.h"
#include "RowSelection.h"
#include "ScatterLegendItem.h"
#include "ScatterSelection.h"
#include "ZoomableChartView.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

// Qt Charts stacks its items by z value: grid 2, axes 3, series 4, legend 5. The point layer
// goes above the grid and axis lines and below the centre markers (series) and the legend.
constexpr double kPointLayerZ = 3.5;
constexpr double kLegendZ = 5.0;

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
    m_legend->setActivationHandler([this](int entry, bool twice) {
        const std::vector<int> codes = groupCodes();
        if (entry >= 0 && entry < int(codes.size()) &&
            codes[std::size_t(entry)] != ScatterGroups::kNoCode)
            emit legendActivated(codes[std::size_t(entry)], twice);
    });
    m_marker = new RowMarkerItem(m_chart);
    m_marker->setZValue(kLegendZ - 0.5);  // over the points and centres, under the legend
    m_marker->setPointSize(m_pointSize);
    connect(m_chartView, &ZoomableChartView::hovered, this, &ScatterView::onHover);
    connect(m_chartView, &ZoomableChartView::hoverLeft, this, [this] { onHover(QPointF(-1, -1)); });
    connect(m_chartView, &ZoomableChartView::selectionDrawn, this, &ScatterView::selectInside);
    connect(m_chartView, &ZoomableChartView::selectionClicked, this, &ScatterView::selectAt);
    connect(m_chartView, &ZoomableChartView::escapePressed, this, [this] {
        if (m_selection) m_selection->clear();
    });

    connect(m_chartView, &ZoomableChartView::userZoomed, this, [this] {
        m_userZoomed = true;
        emit userRangeChanged();
    });
    connect(m_chartView, &ZoomableChartView::resetRequested, this, [this] {
        resetZoom();
        emit userResetZoom();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& plotArea) {
        m_points->setPlotArea(plotArea);
        placeMarker();
        placeLegend();
        placeNote();
        updateTicks();
    });
    // Zoom and pan change the range: keep the tick spacing readable, redraw the points.
    for (QCategoryAxis* axis : {m_axisX, m_axisY})
        connect(axis, &QValueAxis::rangeChanged, this, [this] {
            syncPointRange();
            updateTicks();
            placeMarker();
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
    if (!m_keepsZoom) m_userZoomed = false;
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
    m_hover.invalidate();
    placeMarker();
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
    m_marker->setPointSize(m_pointSize);
}

void ScatterView::setOpacity(double opacity) {
    m_opacity = std::clamp(opacity, 0.05, 1.0);
    m_points->setOpacity(m_opacity);
}

void ScatterView::resetZoom() {
    m_userZoomed = false;
    fitAxes(true);
}

QRectF ScatterView::visibleRange() const {
    return QRectF(QPointF(m_axisX->min(), m_axisY->min()), QPointF(m_axisX->max(), m_axisY->max()));
}

void ScatterView::setVisibleRange(const QRectF& range) {
    if (!range.isValid()) return;
    m_userZoomed = true;
    m_axisX->setRange(range.left(), range.right());
    m_axisY->setRange(range.top(), range.bottom());
    syncPointRange();
    updateTicks();
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
    ScatterGroups grouped =
        ScatterGrouping::group(m_colourBy, int(m_xy.rows()), m_trueLabels, m_labelNames, m_clusters,
                               int(m_centroids.rows()));
    m_groups = std::move(grouped.groups);
    m_groupStyles = std::move(grouped.styles);
    m_groupNames = std::move(grouped.names);
    m_groupCodes = std::move(grouped.codes);
    m_matching = std::move(grouped.matching);
    m_series.setNames(m_groupNames);
    m_series.setCentres(m_centroids);
    m_points->setPositions(m_xy);
    m_hover.invalidate();
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
    updateDrawn();
}

void ScatterView::updateExtent() {
    m_ownExtent = m_extent.compute(m_xy, m_showAll);
    // The centres always show: they are few and they are the clustering.
    m_ownExtent.include(ScatterExtent().compute(m_centroids, true));
}

void ScatterView::fitAxes(bool force) {
    // A range the user chose stays until they reset it (or, without setKeepsZoom, new data).
    if (m_userZoomed) {
        if (force) syncPointRange();
        return;
    }
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
