#include "KSweepChartView.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "MetricFormat.h"

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
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

const std::vector<KSweepPoint>& pointsOf(const KSweep& sweep, const std::string& method) {
    static const std::vector<KSweepPoint> none;
    for (std::size_t i = 0; i < sweep.methods.size(); ++i)
        if (sweep.methods[i] == method) return sweep.curves[i];
    return none;
}

void setLegendVisible(QChart* chart, QLineSeries* series, bool visible) {
    for (QLegendMarker* marker : chart->legend()->markers(series)) marker->setVisible(visible);
}

}  // namespace

KSweepChartView::KSweepChartView(Measure measure, QWidget* parent)
    : QWidget(parent), m_measure(measure) {
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
    m_chart->addAxis(m_axisUnit, Qt::AlignRight);
    m_axisUnit->setRange(0.0, 1.0);
    m_axisUnit->setVisible(false);
    m_axisTop->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisTop->setGridLineVisible(false);
    m_axisTop->setLineVisible(false);

    m_marker = new QLineSeries;
    m_marker->setName(tr("the run's k"));
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
            if (QSize(kTickInterval(), yTicks()) != m_fittedTicks) fitAxes();
        },
        Qt::QueuedConnection);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 2, 8, 0);
    bar->addWidget(m_note, 1);
    if (measure == Measure::InertiaOverTss) {
        setToolTip(
            tr("<p>k-means inertia divided by the total sum of squares (TSS) of each latent "
               "space: the share of its variance left inside the clusters (0 = tight, 1 = no "
               "structure). PCA's and the autoencoder's latent spaces have different scales, "
               "so raw inertia cannot be compared between them; the ratio can.</p><p>Look for "
               "the elbow: the k after which adding clusters gains little.</p>"));
        m_rawCheck = new QCheckBox(tr("Raw inertia"), this);
        m_rawCheck->setObjectName(QStringLiteral("rawInertia"));
        m_rawCheck->setToolTip(
            tr("Raw inertia, each method on its own axis (in the axis colours): their "
               "scales differ, so compare shapes, not heights"));
        bar->addWidget(m_rawCheck);
        connect(m_rawCheck, &QCheckBox::toggled, this, &KSweepChartView::setRawInertia);
    } else {
        setTitle(tr("Silhouette (latent) against k"));
        m_note->setText(tr("Mean silhouette of the k-means clusters in each latent space"));
        setToolTip(
            tr("<p>Mean silhouette of the k-means clusters for each k, with distances in "
               "each method's own latent space (1 = well separated, 0 = overlapping, "
               "negative = points closer to another cluster).</p><p>Higher is better; a "
               "peak suggests a natural number of clusters.</p>"));
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

void KSweepChartView::setMethods(const std::vector<std::string>& methods) {
    if (methods == this->methods()) return;
    for (Line& line : m_methodLines) {
        for (QLineSeries* series : {line.line, line.raw}) {
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

double KSweepChartView::valueOf(const KSweepPoint& point, bool raw) const {
    if (m_measure == Measure::Silhouette) return point.silhouette;
    return raw ? point.inertia : point.inertiaOverTss;
}

void KSweepChartView::setSweep(const KSweep& sweep) {
    m_sweep = sweep;
    setMethods(sweep.methods);
    for (const Line& line : m_methodLines) {
        QList<QPointF> values, raw;
        for (const KSweepPoint& point : pointsOf(sweep, line.method)) {
            if (std::isfinite(valueOf(point, false)))
                values.append({double(point.k), valueOf(point, false)});
            if (std::isfinite(valueOf(point, true)))
                raw.append({double(point.k), valueOf(point, true)});
        }
        line.line->replace(values);
        if (line.raw) line.raw->replace(raw);
    }
    const auto [kMin, kMax] = kRange();
    const bool chosenInRange = !sweep.empty() && sweep.chosenK >= kMin && sweep.chosenK <= kMax;
    m_markedK = chosenInRange ? sweep.chosenK : 0;
    m_marker->replace(m_markedK > 0
                          ? QList<QPointF>{{double(m_markedK), 0.0}, {double(m_markedK), 1.0}}
                          : QList<QPointF>{});
    for (const QString& label : m_axisTop->categoriesLabels()) m_axisTop->remove(label);
    if (m_markedK > 0) m_axisTop->append(markerLabel(), m_markedK);

    QString axisTitle = tr("k (number of clusters)");
    if (m_measure == Measure::Silhouette && sweep.silhouetteSampleSize > 0) {
        axisTitle = tr("k (silhouettes estimated from a sample of %1 points)")
                        .arg(NumberFormat::count(sweep.silhouetteSampleSize));
    }
    m_axisX->setTitleText(axisTitle);
    fitAxes();
}

QString KSweepChartView::markerLabel() const {
    return m_markedK > 0 ? tr("run's k = %1").arg(m_markedK) : QString();
}

void KSweepChartView::clear() {
    m_sweep.reset();
    m_markedK = 0;
    for (const Line& line : m_methodLines)
        for (QLineSeries* series : {line.line, line.raw})
            if (series) series->clear();
    m_marker->clear();
    for (const QString& label : m_axisTop->categoriesLabels()) m_axisTop->remove(label);
    m_axisX->setTitleText(tr("k (number of clusters)"));
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
    if (m_measure != Measure::InertiaOverTss) return;
    setTitle(raw ? tr("Elbow: raw k-means inertia against k")
                 : tr("Elbow: k-means inertia / TSS against k"));
    m_note->setText(raw ? tr("Raw inertia: each latent space on its own scale (axes in the "
                             "methods' colours)")
                        : tr("Share of each latent space's variance left within clusters"));
}

QList<QPointF> KSweepChartView::points(const std::string& method) const {
    for (const Line& line : m_methodLines)
        if (line.method == method) return (m_raw && line.raw ? line.raw : line.line)->points();
    return {};
}

void KSweepChartView::showTooltip(const std::string& method, const QPointF& point, bool inside) {
    if (!inside || !m_sweep) {
        QToolTip::hideText();
        return;
    }
    const int k = int(std::lround(point.x()));
    for (const KSweepPoint& p : pointsOf(*m_sweep, method)) {
        if (p.k != k) continue;
        QString text = QStringLiteral("<b>%1, k = %2</b>").arg(MethodStyle::name(method)).arg(k);
        text += tr("<br>inertia / TSS: %1<br>inertia: %2<br>silhouette (latent): %3")
                    .arg(MetricFormat::value(p.inertiaOverTss), MetricFormat::value(p.inertia),
                         MetricFormat::value(p.silhouette));
        if (k == m_sweep->chosenK) text += tr("<br><i>the run's k</i>");
        QToolTip::showText(QCursor::pos(), text, this);
        return;
    }
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
