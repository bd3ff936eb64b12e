#include "LossChartView.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "NiceScale.h"
#include "Palette.h"
#include "ZoomableChartView.h"

#include <QChart>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
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

    m_series = new QLineSeries;
    m_series->setName(tr("training loss"));
    m_chart->addSeries(m_series);
    m_axisX = new QValueAxis(m_chart);
    m_linearY = new QValueAxis(m_chart);
    m_logY = new QLogValueAxis(m_chart);
    m_logY->setBase(10.0);
    m_logY->setLabelFormat(QStringLiteral("%.0e"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_linearY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_linearY);

    m_logCheck = new QCheckBox(tr("Log scale"), this);
    m_logCheck->setToolTip(tr("Show the loss on a logarithmic axis"));
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    connect(m_chartView, &ZoomableChartView::resetRequested, this, [this] {
        fitX();
        m_shownMax = m_shownMin = 0.0;
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
    setMinimumSize(320, 220);
}

LossChartView::~LossChartView() {
    // The y axis not in use is detached from the chart, which no longer owns it.
    delete (m_logScale ? static_cast<QAbstractAxis*>(m_linearY) : m_logY);
}

void LossChartView::setTitle(const QString& title) { m_chart->setTitle(title); }

void LossChartView::setLoss(const std::vector<double>& losses) {
    m_epochs.clear();
    m_losses.clear();
    for (std::size_t i = 0; i < losses.size(); ++i) {
        if (!std::isfinite(losses[i])) continue;
        m_epochs.push_back(int(i) + 1);
        m_losses.push_back(losses[i]);
    }
    refillSeries();
    m_shownMin = m_shownMax = 0.0;
    fitX();
    fitY();
    updateStatus();
}

void LossChartView::appendLoss(int epoch, double loss) {
    if (!std::isfinite(loss)) return;
    m_epochs.push_back(epoch);
    m_losses.push_back(loss);
    m_series->append(epoch, shownValue(loss));
    m_series->setPointsVisible(m_losses.size() <= std::size_t(kMarkersUpTo));
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
    QAbstractAxis* from = logScale ? static_cast<QAbstractAxis*>(m_linearY) : m_logY;
    QAbstractAxis* to = logScale ? static_cast<QAbstractAxis*>(m_logY) : m_linearY;
    m_series->detachAxis(from);
    m_chart->removeAxis(from);
    m_chart->addAxis(to, Qt::AlignLeft);
    m_series->attachAxis(to);
    refillSeries();
    m_shownMin = m_shownMax = 0.0;
    fitY();
    emit logScaleChanged(logScale);
}

void LossChartView::clear() {
    m_epochs.clear();
    m_losses.clear();
    m_series->clear();
    m_shownMin = m_shownMax = 0.0;
    fitX();
    fitY();
    updateStatus();
}

int LossChartView::pointCount() const { return m_series->count(); }

double LossChartView::shownValue(double loss) const {
    return m_logScale ? std::max(loss, kSmallestLogValue) : loss;
}

void LossChartView::refillSeries() {
    QList<QPointF> points;
    points.reserve(qsizetype(m_losses.size()));
    for (std::size_t i = 0; i < m_losses.size(); ++i)
        points.append(QPointF(m_epochs[i], shownValue(m_losses[i])));
    m_series->replace(points);
    m_series->setPointsVisible(m_losses.size() <= std::size_t(kMarkersUpTo));
}

void LossChartView::fitX() {
    const int last = m_epochs.empty() ? 0 : *std::max_element(m_epochs.begin(), m_epochs.end());
    const int span = std::max({m_epochCount, last, 5});
    NiceRange range = NiceScale::around(0.0, span, 6);
    range.step = std::max(1.0, range.step);
    range.decimals = 0;
    range.ticks = int(std::lround((range.max - range.min) / range.step)) + 1;
    NiceScale::apply(m_axisX, range);
}

void LossChartView::fitY() {
    if (m_losses.empty()) {
        m_linearY->setRange(0.0, 1.0);
        m_linearY->setTickCount(6);
        m_logY->setRange(1e-3, 1.0);
        return;
    }
    const auto [lowIt, highIt] = std::minmax_element(m_losses.begin(), m_losses.end());
    const double low = shownValue(*lowIt), high = shownValue(*highIt);
    // Rescale only when the curve leaves the range, so live updates do not make it jump.
    if (m_shownMax > m_shownMin && low >= m_shownMin && high <= m_shownMax) return;
    if (m_logScale) {
        m_shownMin = std::pow(10.0, std::floor(std::log10(low)));
        m_shownMax = std::pow(10.0, std::ceil(std::log10(high)));
        if (m_shownMax <= m_shownMin) m_shownMax = m_shownMin * 10.0;
        m_logY->setRange(m_shownMin, m_shownMax);
        const int decades = int(std::lround(std::log10(m_shownMax / m_shownMin)));
        m_logY->setMinorTickCount(decades <= 2 ? 8 : 0);
    } else {
        const NiceRange range = NiceScale::around(std::min(0.0, low), high * 1.05, 6);
        NiceScale::apply(m_linearY, range);
        m_shownMin = range.min;
        m_shownMax = range.max;
    }
}

void LossChartView::updateStatus() {
    if (m_losses.empty()) {
        m_status->setText(tr("No training yet"));
        return;
    }
    const double best = *std::min_element(m_losses.begin(), m_losses.end());
    m_status->setText(
        tr("Epoch %1 · loss %2 · best %3")
            .arg(m_epochs.back())
            .arg(QString::number(m_losses.back(), 'g', 4), QString::number(best, 'g', 4)));
}

void LossChartView::applyStyle() {
    ChartStyle::applyTo(m_chart, palette());
    ChartStyle::styleAxis(m_axisX, tr("epoch"), palette());
    ChartStyle::styleAxis(m_linearY, tr("loss (MSE)"), palette());
    ChartStyle::styleAxis(m_logY, tr("loss (MSE, log scale)"), palette());
    m_logY->setMinorGridLineVisible(true);
    m_logY->setMinorGridLineColor(ChartStyle::grid(palette()).lighter(108));
    QPen pen(Palette::color(0, ChartStyle::background(palette())), 2.0);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    m_series->setPen(pen);
    m_series->setMarkerSize(5.0);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, ChartStyle::mutedText(palette()));
    m_status->setPalette(statusPalette);
}

void LossChartView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyStyle();
}

QSize LossChartView::exportSize() const {
    const QSize size = m_chartView->size();
    return size.width() >= 200 && size.height() >= 120 ? size : QSize(720, 420);
}

void LossChartView::renderTo(QPainter& painter, const QRectF& target) {
    ChartExport::renderChart(m_chart, painter, target);
}

}  // namespace latentlab::gui
