#include "GenesView.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "NumberFormat.h"
#include "Palette.h"
#include "PointCloudItem.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {
namespace {

// Above the grid and axis lines (z 2-3), below the legend (5), as in ScatterView.
constexpr double kPointLayerZ = 3.5;

}  // namespace

GenesView::GenesView(QWidget* parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_axisX(new QValueAxis),
      m_axisY(new QValueAxis),
      m_highlightedKey(new QScatterSeries),
      m_otherKey(new QScatterSeries) {
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing, true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QScatterSeries* key : {m_highlightedKey, m_otherKey}) {
        key->setMarkerSize(9.0);
        key->setBorderColor(Qt::transparent);
        m_chart->addSeries(key);
        key->attachAxis(m_axisX);
        key->attachAxis(m_axisY);
    }
    m_points = new PointCloudItem(m_chart);
    m_points->setZValue(kPointLayerZ);
    m_points->setPointSize(3.0);
    m_points->setOpacity(0.8);
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF& area) { m_points->setPlotArea(area); });
    for (QValueAxis* axis : {m_axisX, m_axisY})
        connect(axis, &QValueAxis::rangeChanged, this, &GenesView::syncPointRange);
    setToolTip(
        tr("scanpy's highly_variable_genes plot: each kept gene at its mean expression "
           "and normalised dispersion (z-scored within its bin of mean expression); "
           "the selected genes are the ones PCA and the autoencoder see"));
    setSummary(nullptr);
    setMinimumSize(320, 260);
}

QColor GenesView::highlightColour() const {
    return Palette::color(1, ChartStyle::background(palette()));
}

void GenesView::setSummary(std::shared_ptr<const ExpressionSummary> summary) {
    m_summary = std::move(summary);
    m_highlightedRows.clear();
    m_otherRows.clear();
    m_xy.resize(0, 2);
    m_byVariance = false;
    if (m_summary) {
        const GeneTable& genes = m_summary->genes;
        const std::size_t n = genes.means.size();
        // Ranked by variance the recipe has no dispersions: plot the variance it ranked by.
        m_byVariance = std::none_of(genes.dispersionsNorm.begin(), genes.dispersionsNorm.end(),
                                    [](double value) { return std::isfinite(value); });
        const std::vector<double>& y = m_byVariance ? genes.variances : genes.dispersionsNorm;
        m_xy.resize(Eigen::Index(n), 2);
        Eigen::Index row = 0;
        for (std::size_t g = 0; g < n && g < y.size(); ++g) {
            if (!std::isfinite(genes.means[g]) || !std::isfinite(y[g])) continue;
            m_xy(row, 0) = genes.means[g];
            m_xy(row, 1) = y[g];
            const bool chosen = g < genes.highlyVariable.size() && genes.highlyVariable[g];
            (chosen ? m_highlightedRows : m_otherRows).push_back(int(row));
            ++row;
        }
        m_xy.conservativeResize(row, 2);
    }
    m_drawn = int(m_xy.rows());
    m_highlighted = int(m_highlightedRows.size());
    using report::NumberFormat;
    m_highlightedKey->setName(tr("highly variable (%1)").arg(NumberFormat::count(m_highlighted)));
    m_otherKey->setName(tr("other genes (%1)").arg(NumberFormat::count(m_drawn - m_highlighted)));
    QString title = tr("Highly variable genes");
    if (m_summary)
        title +=
            QStringLiteral("<br>") + tr("%1 of %2 kept genes selected")
                                         .arg(NumberFormat::count(m_summary->counts.genesSelected),
                                              NumberFormat::count(m_summary->counts.genesKept));
    else
        title += QStringLiteral("<br>") + tr("for .h5ad, 10x and counts inputs");
    m_chart->setTitle(title);
    m_points->setPositions(m_xy);
    applyStyle();  // the groups' colours, the y axis' title
    fitAxes();
}

void GenesView::fitAxes() {
    if (m_xy.rows() == 0) {
        m_axisX->setRange(0.0, 1.0);
        m_axisY->setRange(0.0, 1.0);
        return;
    }
    const auto fit = [](QValueAxis* axis, double low, double high) {
        const double margin = high > low ? 0.04 * (high - low) : 0.5;
        axis->setRange(low - margin, high + margin);
        axis->applyNiceNumbers();
    };
    fit(m_axisX, m_xy.col(0).minCoeff(), m_xy.col(0).maxCoeff());
    fit(m_axisY, m_xy.col(1).minCoeff(), m_xy.col(1).maxCoeff());
    syncPointRange();
}

void GenesView::syncPointRange() {
    m_points->setDataRange(QRectF(m_axisX->min(), m_axisY->min(), m_axisX->max() - m_axisX->min(),
                                  m_axisY->max() - m_axisY->min()));
}

void GenesView::applyStyle() {
    ChartStyle::applyTo(m_chart, palette());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::styleAxis(m_axisX, tr("mean expression (log1p of the mean)"), palette());
    ChartStyle::styleAxis(m_axisY, m_byVariance ? tr("variance") : tr("normalised dispersion"),
                          palette());
    const QColor background = ChartStyle::background(palette());
    const QColor other = ChartStyle::mix(ChartStyle::mutedText(palette()), background, 0.35);
    const QColor chosen = highlightColour();
    m_highlightedKey->setColor(chosen);
    m_otherKey->setColor(other);
    // Highly variable genes last, so they are drawn over the grey crowd.
    m_points->setGroups({PointGroup{other, m_otherRows}, PointGroup{chosen, m_highlightedRows}});
}

void GenesView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyStyle();
}

QSize GenesView::exportSize() const {
    const QSize size = m_chartView->size();
    return size.width() >= 200 && size.height() >= 150 ? size : QSize(720, 560);
}

void GenesView::renderTo(QPainter& painter, const QRectF& target) {
    ChartExport::renderChart(m_chart, painter, target);
}

}  // namespace latentlab::gui
