#include "LossChartView.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "NiceScale.h"
#include "NumberFormat.h"
#include "Palette.h"
#include "ZoomableChartView.h"

#include <QChart>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

constexpr double kSmallestLogValue = 1e-12;
constexpr int kMarkersUpTo = 60;  ///< epochs: beyond this, dots would merge into the line

}  // namespace

LossChartView::LossChartView(QWidget* parent) : QWidget(parent) {
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chartView = new ZoomableChartView(m_chart, this);
    m_chartView->setRubberBand(QChartView::RectangleRubberBand);

    // One series per y axis: switching the scale shows one pair and hides the other, which
    // avoids removing axes from a live chart (their items linger until the next event loop).
    m_series = new QLineSeries;
    m_series->setName(tr("training loss"));
    m_logSeries = new QLineSeries;
    m_logSeries->setName(tr("training loss"));
    m_validation = new QLineSeries;
    m_validation->setName(tr("validation loss"));
    m_logValidation = new QLineSeries;
    m_logValidation->setName(tr("validation loss"));
    m_chart->addSeries(m_series);
    m_chart->addSeries(m_logSeries);
    m_chart->addSeries(m_validation);
    m_chart->addSeries(m_logValidation);
    m_axisX = new QValueAxis(m_chart);
    m_linearY = new QValueAxis(m_chart);
    m_logY = new QLogValueAxis(m_chart);
    m_logY->setBase(10.0);
    m_logY->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_linearY, Qt::AlignLeft);
    m_chart->addAxis(m_logY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_linearY);
    m_logSeries->attachAxis(m_axisX);
    m_logSeries->attachAxis(m_logY);
    m_validation->attachAxis(m_axisX);
    m_validation->attachAxis(m_linearY);
    m_logValidation->attachAxis(m_axisX);
    m_logValidation->attachAxis(m_logY);
    m_logSeries->setVisible(false);
    m_logValidation->setVisible(false);
    m_logY->setVisible(false);

    m_logCheck = new QCheckBox(tr("Log scale"), this);
    m_logCheck->setToolTip(tr("Show the loss on a logarithmic axis"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);  // two lines rather than under the check box when narrow
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 2, 8, 0);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_logCheck);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_chartView, 1);

    connect(m_logCheck, &QCheckBox::toggled, this, &LossChartView::setLogScale);
    connect(m_chart, &QChart::plotAreaChanged, this, &LossChartView::fitToPlot);
    connect(m_chartView, &ZoomableChartView::resetRequested, this, [this] {
        fitX();
        resetRanges();
        fitY();
    });

    // The status row and check box sit on the chart's background, as one card.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setTitle(tr("Training loss"));
    applyStyle();
    fitX();
    fitY();
    updateStatus();
    // Short enough to leave a laptop's scatters their height (LatentSpacesLayout).
    setMinimumSize(280, 150);
}

void LossChartView::setTitle(const QString& title) {
    m_title = title;
    showTitle();
}

void LossChartView::showTitle() {
    // On a short strip the title and the "epoch" under the x axis would take half of the
    // plot; the status line above the chart already says both. Exports always carry them.
    const bool titled = height() >= kTitledHeight;
    m_chart->setTitle(titled ? m_title : QString());
    m_axisX->setTitleVisible(titled);
    // Below that the y axis's title and the legend too: the status line names both curves
    // in their colours instead (updateStatus).
    m_linearY->setTitleVisible(titled);
    m_logY->setTitleVisible(titled);
    showMarkersAndLegend();
    updateStatus();
}

void LossChartView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    showTitle();
}

void LossChartView::fitToPlot() {
    // A new plot height may call for another tick count.
    const int ticks = yTickTarget();
    if (ticks == m_yTicks) return;
    m_yTicks = ticks;
    resetRanges();
    fitY();
}

void LossChartView::setLoss(const std::vector<double>& losses,
                            const std::vector<double>& validation) {
    m_epochs.clear();
    m_losses.clear();
    m_validationEpochs.clear();
    m_validationLosses.clear();
    for (std::size_t i = 0; i < losses.size(); ++i) {
        if (!std::isfinite(losses[i])) continue;
        m_epochs.push_back(int(i) + 1);
        m_losses.push_back(losses[i]);
    }
    for (std::size_t i = 0; i < validation.size(); ++i) {
        if (!std::isfinite(validation[i])) continue;
        m_validationEpochs.push_back(int(i) + 1);
        m_validationLosses.push_back(validation[i]);
    }
    refillSeries();
    resetRanges();
    fitX();
    fitY();
    updateStatus();
}

void LossChartView::appendLoss(int epoch, double loss, double validationLoss) {
    if (!std::isfinite(loss)) return;
    m_epochs.push_back(epoch);
    m_losses.push_back(loss);
    m_series->append(epoch, loss);
    m_logSeries->append(epoch, std::max(loss, kSmallestLogValue));
    if (std::isfinite(validationLoss)) {
        m_validationEpochs.push_back(epoch);
        m_validationLosses.push_back(validationLoss);
        m_validation->append(epoch, validationLoss);
        m_logValidation->append(epoch, std::max(validationLoss, kSmallestLogValue));
    }
    showMarkersAndLegend();
    if (epoch > m_axisX->max()) fitX();
    fitY();
    updateStatus();
}

void LossChartView::setEpochCount(int epochs) {
    m_epochCount = std::max(0, epochs);
    fitX();
}

void LossChartView::setLogScale(bool logScale) {
    if (logScale == m_logScale) return;
    m_logScale = logScale;
    {
        const QSignalBlocker blocker(m_logCheck);
        m_logCheck->setChecked(logScale);
    }
    m_series->setVisible(!logScale);
    m_validation->setVisible(!logScale);
    m_linearY->setVisible(!logScale);
    m_logSeries->setVisible(logScale);
    m_logValidation->setVisible(logScale);
    m_logY->setVisible(logScale);
    showAxisTitles();
    showMarkersAndLegend();
    resetRanges();
    fitY();
    emit logScaleChanged(logScale);
}

void LossChartView::clear() {
    m_epochs.clear();
    m_losses.clear();
    m_validationEpochs.clear();
    m_validationLosses.clear();
    m_series->clear();
    m_logSeries->clear();
    m_validation->clear();
    m_logValidation->clear();
    showMarkersAndLegend();
    resetRanges();
    fitX();
    fitY();
    updateStatus();
}

int LossChartView::pointCount() const { return m_series->count(); }

int LossChartView::validationPointCount() const { return m_validation->count(); }

void LossChartView::showMarkersAndLegend() {
    const bool markers = m_losses.size() <= std::size_t(kMarkersUpTo);
    for (QLineSeries* series : {m_series, m_logSeries, m_validation, m_logValidation})
        series->setPointsVisible(markers);
    // Two curves need names; one does not. The legend lists only the shown scale's pair.
    const bool both = !m_validationLosses.empty();
    m_chart->legend()->setVisible(both && height() >= kTitledHeight);
    if (both) {
        for (QLineSeries* series : {m_series, m_validation})
            for (QLegendMarker* marker : m_chart->legend()->markers(series))
                marker->setVisible(!m_logScale);
        for (QLineSeries* series : {m_logSeries, m_logValidation})
            for (QLegendMarker* marker : m_chart->legend()->markers(series))
                marker->setVisible(m_logScale);
    }
}

void LossChartView::refillSeries() {
    QList<QPointF> points, logPoints;
    points.reserve(qsizetype(m_losses.size()));
    logPoints.reserve(qsizetype(m_losses.size()));
    for (std::size_t i = 0; i < m_losses.size(); ++i) {
        points.append(QPointF(m_epochs[i], m_losses[i]));
        logPoints.append(QPointF(m_epochs[i], std::max(m_losses[i], kSmallestLogValue)));
    }
    m_series->replace(points);
    m_logSeries->replace(logPoints);
    QList<QPointF> validation, logValidation;
    for (std::size_t i = 0; i < m_validationLosses.size(); ++i) {
        validation.append(QPointF(m_validationEpochs[i], m_validationLosses[i]));
        logValidation.append(
            QPointF(m_validationEpochs[i], std::max(m_validationLosses[i], kSmallestLogValue)));
    }
    m_validation->replace(validation);
    m_logValidation->replace(logValidation);
    showMarkersAndLegend();
}

void LossChartView::fitX() {
    const int last = m_epochs.empty() ? 0 : *std::max_element(m_epochs.begin(), m_epochs.end());
    // (validation epochs are a subset of the training epochs)
    const int span = std::max({m_epochCount, last, 5});
    NiceRange range = NiceScale::around(0.0, span, 6);
    range.step = std::max(1.0, range.step);
    range.decimals = 0;
    range.ticks = int(std::lround((range.max - range.min) / range.step)) + 1;
    NiceScale::apply(m_axisX, range);
}

void LossChartView::fitY() {
    if (m_losses.empty()) {
        NiceScale::apply(m_linearY, NiceScale::around(0.0, 1.0, yTickTarget()));
        m_logY->setRange(1e-3, 1.0);
        resetRanges();
        return;
    }
    auto [lowIt, highIt] = std::minmax_element(m_losses.begin(), m_losses.end());
    // Rescale only when a curve leaves the range, so live updates do not make it jump.
    double low = *lowIt, high = *highIt;
    if (!m_validationLosses.empty()) {
        const auto [vLow, vHigh] =
            std::minmax_element(m_validationLosses.begin(), m_validationLosses.end());
        low = std::min(low, *vLow);
        high = std::max(high, *vHigh);
    }
    if (!(m_linearMax > m_linearMin && low >= m_linearMin && high <= m_linearMax)) {
        const NiceRange range = NiceScale::around(std::min(0.0, low), high * 1.05, yTickTarget());
        NiceScale::apply(m_linearY, range);
        m_linearMin = range.min;
        m_linearMax = range.max;
    }
    const double logLow = std::max(low, kSmallestLogValue);
    const double logHigh = std::max(high, kSmallestLogValue);
    if (!(m_logMax > m_logMin && logLow >= m_logMin && logHigh <= m_logMax)) {
        m_logMin = std::pow(10.0, std::floor(std::log10(logLow)));
        m_logMax = std::pow(10.0, std::ceil(std::log10(logHigh)));
        if (m_logMax <= m_logMin) m_logMax = m_logMin * 10.0;
        // A hair beyond the decades, or rounding in log10 drops the end labels.
        m_logY->setRange(m_logMin * 0.995, m_logMax * 1.005);
        const int decades = int(std::lround(std::log10(m_logMax / m_logMin)));
        m_logY->setMinorTickCount(decades <= 2 ? 8 : 0);
    }
}

int LossChartView::yTickTarget() const {
    // About 30 px per tick: six on a full-size chart, three on a laptop's short strip (more
    // and Qt elides their labels to "...").
    const double plot = m_chart->plotArea().height();
    const double height = plot > 20 ? plot : m_chartView->height() - 90.0;
    return std::clamp(int(height / 30.0), 3, 6);
}

void LossChartView::resetRanges() { m_linearMin = m_linearMax = m_logMin = m_logMax = 0.0; }

void LossChartView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyStyle();
}

QSize LossChartView::exportSize() const {
    const QSize size = m_chartView->size();
    return size.width() >= 200 && size.height() >= 120 ? size : QSize(720, 420);
}

void LossChartView::renderTo(QPainter& painter, const QRectF& target) {
    m_chart->setTitle(m_title);
    m_axisX->setTitleVisible(true);
    m_linearY->setTitleVisible(true);
    m_logY->setTitleVisible(true);
    m_chart->legend()->setVisible(!m_validationLosses.empty());
    ChartExport::renderChart(m_chart, painter, target);
    showTitle();
}

}  // namespace latentlab::gui
