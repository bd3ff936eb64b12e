#include "LatentSpacesLayout.h"

#include "LossChartView.h"
#include "MetricsTableView.h"
#include "ScatterView.h"

#include <QChart>
#include <QEvent>
#include <QGridLayout>
#include <QSplitter>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

// Title, note margin, tick labels, axis title and a legend row below a narrow plot, as
// measured at the default 9-point font; used until the chart has been laid out once.
constexpr int kEstimatedScatterChrome = 150;
// Tick labels, the axis title and margins beside a plot: what a scatter's width loses.
constexpr int kEstimatedScatterSides = 90;
// A scatter's smallest size, two side by side (ScatterView's own) and in a crowded grid.
constexpr int kRoomyMinimumWidth = 320;
constexpr int kRoomyMinimumHeight = 260;
constexpr int kCrowdedMinimumWidth = 200;
constexpr int kCrowdedMinimumHeight = 200;
// The loss chart's width beside a crowded metrics table.
constexpr int kCrowdedLossWidth = 220;

}  // namespace

LatentSpacesLayout::LatentSpacesLayout(LossChartView* loss, MetricsTableView* metrics,
                                       QObject* parent)
    : QObject(parent),
      m_gridWidget(new QWidget),
      m_grid(new QGridLayout(m_gridWidget)),
      m_loss(loss),
      m_metrics(metrics) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    m_lossMinimumHeight = m_loss->minimumHeight();
    m_lower = new QSplitter(Qt::Horizontal);
    m_lower->addWidget(m_loss);
    m_lower->addWidget(m_metrics);
    m_lower->setChildrenCollapsible(false);
    m_lower->setStretchFactor(0, 1);  // a wider window widens the loss chart, not the table
    m_lower->setStretchFactor(1, 0);
    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->addWidget(m_gridWidget);
    m_vertical->addWidget(m_lower);
    m_vertical->setChildrenCollapsible(false);
    // The scatters are the point of the demo: extra height goes to them.
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 0);
    connect(m_lower, &QSplitter::splitterMoved, this, [this] { m_lowerDragged = true; });
    connect(m_vertical, &QSplitter::splitterMoved, this, [this] { m_verticalDragged = true; });
    m_vertical->installEventFilter(this);
}

void LatentSpacesLayout::setScatters(const std::vector<ScatterView*>& scatters) {
    for (ScatterView* scatter : m_scatters)
        if (std::find(scatters.begin(), scatters.end(), scatter) == scatters.end()) {
            m_grid->removeWidget(scatter);
            scatter->hide();
            scatter->setParent(nullptr);
        }
    for (ScatterView* scatter : scatters)
        if (std::find(m_scatters.begin(), m_scatters.end(), scatter) == m_scatters.end())
            // The first layout of a chart tells how much of its height the plot gets.
            connect(scatter->chart(), &QChart::plotAreaChanged, this, [this] { fitVertical(); });
    m_scatters = scatters;
    // LossChartView's own minimum width (280) beside two methods' table; narrower past that.
    m_loss->setMinimumWidth(m_scatters.size() > 2 ? kCrowdedLossWidth : 280);
    m_columns = 0;
    arrangeGrid();
    fit();
}

void LatentSpacesLayout::setTimeline(QWidget* timeline) {
    if (m_timeline) m_grid->removeWidget(m_timeline);
    m_timeline = timeline;
    m_columns = 0;  // arranged again, with the strip in its last row
    arrangeGrid();
    fit();
}

int LatentSpacesLayout::gridRows() const {
    const int count = std::max<int>(1, int(m_scatters.size()));
    const int columns = std::max(1, m_columns);
    return (count + columns - 1) / columns;
}

void LatentSpacesLayout::arrangeGrid() {
    const int count = int(m_scatters.size());
    // One or two methods stay side by side; with more, the column count whose cells give the
    // largest square plot (a row of four on a wide, short window; 2 x 2 on a tall one).
    int columns = std::max(1, count);
    if (count > 2) {
        const int width = std::max(1, m_vertical->width());
        const int height = std::max(1, m_vertical->height() - m_lower->minimumSizeHint().height());
        double best = -1e9;
        for (int c = 2; c <= count; ++c) {
            const int rows = (count + c - 1) / c;
            const double side = std::min(double(width) / c - kEstimatedScatterSides,
                                         double(height) / rows - kEstimatedScatterChrome);
            if (side > best + 1.0) {
                best = side;
                columns = c;
            }
        }
    }
    if (columns == m_columns) return;
    m_columns = columns;
    for (ScatterView* scatter : m_scatters) m_grid->removeWidget(scatter);
    for (int c = 0; c < m_grid->columnCount(); ++c) m_grid->setColumnStretch(c, 0);
    for (int r = 0; r < m_grid->rowCount(); ++r) m_grid->setRowStretch(r, 0);
    // A scatter's own minimum (320 x 260) suits two side by side; three or four in a row on
    // a 1366-pixel laptop would push the window past the screen, so they may get narrower
    // (and lower, in a 2 x 2 grid) than that.
    const int rows = (count + columns - 1) / columns;
    for (int i = 0; i < count; ++i) {
        ScatterView* scatter = m_scatters[std::size_t(i)];
        scatter->setMinimumSize(columns > 2 ? kCrowdedMinimumWidth : kRoomyMinimumWidth,
                                rows > 1 ? kCrowdedMinimumHeight : kRoomyMinimumHeight);
        m_grid->addWidget(scatter, i / columns, i % columns);
        scatter->show();
    }
    for (int c = 0; c < columns; ++c) m_grid->setColumnStretch(c, 1);
    for (int r = 0; r < gridRows(); ++r) m_grid->setRowStretch(r, 1);
    if (m_timeline) {
        m_grid->removeWidget(m_timeline);
        m_grid->addWidget(m_timeline, gridRows(), 0, 1, columns);
    }
}

QWidget* LatentSpacesLayout::widget() const { return m_vertical; }

bool LatentSpacesLayout::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_vertical && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void LatentSpacesLayout::fit() {
    arrangeGrid();
    fitVertical();
    fitLower();
}

int LatentSpacesLayout::scatterHeightNeeded() const {
    int chrome = m_scatters.empty() ? kEstimatedScatterChrome : 0;
    for (const ScatterView* scatter : m_scatters) {
        const double plot = scatter->chart()->plotArea().height();
        // The warnings' room over a title comes out of the plot, not out of the lower row.
        const int measured = plot > 20
                                 ? scatter->height() - int(plot) - scatter->topInsetRect().height()
                                 : kEstimatedScatterChrome;
        chrome = std::max(chrome, measured);
    }
    const int strip = m_timeline && !m_timeline->isHidden()
                          ? m_timeline->sizeHint().height() + m_grid->spacing()
                          : 0;
    // A pixel more: the plot area's edges are fractional.
    return gridRows() * (kMinPlotHeight + chrome + 1) + (gridRows() - 1) * m_grid->spacing() +
           strip;
}

int LatentSpacesLayout::lowerMinimum(int available) {
    const auto least = [](const QWidget* widget) {
        return widget->minimumSizeHint().expandedTo(widget->minimumSize()).height();
    };
    const int table = least(m_metrics);
    const int lossHint = m_loss->minimumSizeHint().height();
    const int own = std::max({m_lossMinimumHeight, lossHint, table});
    // The strip under the scatters is paid for by the loss chart as far as the scatters need
    // it: the lower row may get up to its height shorter than the chart's own minimum.
    const int timeline = m_timeline && !m_timeline->isHidden()
                             ? m_timeline->sizeHint().height() + m_grid->spacing()
                             : 0;
    const int give = std::clamp(scatterHeightNeeded() - (available - own), 0, timeline);
    const int loss = std::max(m_lossMinimumHeight - give, lossHint);
    if (m_loss->minimumHeight() != loss) m_loss->setMinimumHeight(loss);
    return std::max(loss, table);
}

void LatentSpacesLayout::fitVertical() {
    if (m_verticalDragged || m_fitting || !m_vertical->isVisible()) return;
    const int available = m_vertical->height() - m_vertical->handleWidth();
    if (available <= 0) return;
    // The strip takes what the scatters leave, up to the whole metrics table; never less
    // than its minimum (then the scatters are what gives). Short of the whole table, it
    // holds whole rows, so the last one shown is not cut in half.
    const int minimum = lowerMinimum(available);
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
    int lossMinimum = m_loss->minimumSizeHint().expandedTo(m_loss->minimumSize()).width();
    // Beside three or four methods' table the loss curve (the autoencoder's alone) gives way.
    if (m_scatters.size() > 2) lossMinimum = std::min(lossMinimum, kCrowdedLossWidth);
    const int table = std::min(m_metrics->widthFor(m_lower->height()), available - lossMinimum);
    m_lower->setSizes({available - table, table});
}

}  // namespace latentlab::gui
