#include "LatentSpacesLayout.h"

#include "LossChartView.h"
#include "MetricsTableView.h"
#include "ScatterView.h"

#include <QChart>
#include <QEvent>
#include <QSplitter>
#include <algorithm>

namespace latentlab::gui {

namespace {

// Title, note margin, tick labels, axis title and a legend row below a narrow plot, as
// measured at the default 9-point font; used until the chart has been laid out once.
constexpr int kEstimatedScatterChrome = 150;

}  // namespace

LatentSpacesLayout::LatentSpacesLayout(std::array<ScatterView*, 2> scatters, LossChartView* loss,
                                       MetricsTableView* metrics, QObject* parent)
    : QObject(parent), m_scatters(scatters), m_loss(loss), m_metrics(metrics) {
    auto* row = new QSplitter(Qt::Horizontal);
    for (ScatterView* scatter : m_scatters) row->addWidget(scatter);
    row->setChildrenCollapsible(false);
    m_lower = new QSplitter(Qt::Horizontal);
    m_lower->addWidget(m_loss);
    m_lower->addWidget(m_metrics);
    m_lower->setChildrenCollapsible(false);
    m_lower->setStretchFactor(0, 1);  // a wider window widens the loss chart, not the table
    m_lower->setStretchFactor(1, 0);
    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->addWidget(row);
    m_vertical->addWidget(m_lower);
    m_vertical->setChildrenCollapsible(false);
    // The scatters are the point of the demo: extra height goes to them.
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 0);
    connect(m_lower, &QSplitter::splitterMoved, this, [this] { m_lowerDragged = true; });
    connect(m_vertical, &QSplitter::splitterMoved, this, [this] { m_verticalDragged = true; });
    m_vertical->installEventFilter(this);
    // The first layout of a chart tells how much of its height the plot gets.
    for (ScatterView* scatter : m_scatters)
        connect(scatter->chart(), &QChart::plotAreaChanged, this, [this] { fitVertical(); });
}

QWidget* LatentSpacesLayout::widget() const { return m_vertical; }

bool LatentSpacesLayout::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_vertical && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void LatentSpacesLayout::fit() {
    fitVertical();
    fitLower();
}

int LatentSpacesLayout::scatterHeightNeeded() const {
    int chrome = 0;
    for (const ScatterView* scatter : m_scatters) {
        const double plot = scatter->chart()->plotArea().height();
        const int measured = plot > 20 ? scatter->height() - int(plot) : kEstimatedScatterChrome;
        chrome = std::max(chrome, measured);
    }
    // A pixel more: the plot area's edges are fractional.
    return kMinPlotHeight + chrome + 1;
}

void LatentSpacesLayout::fitVertical() {
    if (m_verticalDragged || m_fitting || !m_vertical->isVisible()) return;
    const int available = m_vertical->height() - m_vertical->handleWidth();
    if (available <= 0) return;
    // The strip takes what the scatters leave, up to the whole metrics table; never less
    // than its minimum (then the scatters are what gives). Short of the whole table, it
    // holds whole rows, so the last one shown is not cut in half.
    const int minimum = m_lower->minimumSizeHint().height();
    const int whole = std::max(m_metrics->sizeHint().height(), minimum);
    int strip = std::clamp(available - scatterHeightNeeded(), minimum, whole);
    if (strip < whole) {
        int rows = 0;
        while (m_metrics->heightForRows(rows + 1) <= strip) ++rows;
        strip = std::max(minimum, m_metrics->heightForRows(rows));
    }
    const QList<int> sizes{available - strip, strip};
    const QList<int> current = m_vertical->sizes();
    if (current.size() == 2 && std::abs(current[1] - strip) <= 1) return;
    m_fitting = true;  // setSizes relays the charts out, which reports a new plot area
    m_vertical->setSizes(sizes);
    m_fitting = false;
}

void LatentSpacesLayout::fitLower() {
    if (m_lowerDragged || !m_lower->isVisible()) return;
    // The whole metrics table when there is room (its difference column is the comparison);
    // the loss chart takes the rest.
    const int available = m_lower->width() - m_lower->handleWidth();
    const int lossMinimum = m_loss->minimumSizeHint().expandedTo(m_loss->minimumSize()).width();
    const int table = std::min(m_metrics->widthFor(m_lower->height()), available - lossMinimum);
    m_lower->setSizes({available - table, table});
}

}  // namespace latentlab::gui
