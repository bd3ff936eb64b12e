#include "VarianceBarsView.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "NumberFormat.h"
#include "Palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace latentlab::gui {

VarianceBarsView::VarianceBarsView(QWidget* parent) : QWidget(parent) {
    m_chart = new QChart;
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing, true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView);

    m_set = new QBarSet(tr("per component"));
    m_bars = new QBarSeries;
    m_bars->append(m_set);
    m_bars->setBarWidth(0.7);
    m_cumulative = new QLineSeries;
    m_cumulative->setName(tr("cumulative"));
    m_cumulative->setPointsVisible(true);
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_cumulative);
    m_axisX = new QBarCategoryAxis(m_chart);
    m_axisY = new QValueAxis(m_chart);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_bars), static_cast<QAbstractSeries*>(m_cumulative)}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_axisY->setRange(0, 100);
    m_axisY->setTickCount(6);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    // Values on hover rather than as bar labels, which would collide with the cumulative line.
    connect(m_set, &QBarSet::hovered, this, [this](bool inside, int index) {
        if (!inside || index < 0 || index >= m_ratio.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(
            QCursor::pos(),
            tr("PC %1: %2 % of the variance (cumulative %3 %)")
                .arg(index + 1)
                .arg(report::NumberFormat::fixed(100.0 * m_ratio(index), 1))
                .arg(report::NumberFormat::fixed(100.0 * m_ratio.head(index + 1).sum(), 1)),
            m_chartView);
    });
    setTitle(tr("Explained variance"));
    applyStyle();
    setMinimumSize(260, 220);
}

void VarianceBarsView::setTitle(const QString& title) {
    m_titleLines = QStringList{title};
    m_chart->setTitle(title);
}

void VarianceBarsView::setExplainedVarianceRatio(const Eigen::VectorXd& ratio) {
    m_ratio = ratio;
    const int shown = std::min<int>(int(ratio.size()), kMaxComponents);
    QStringList categories;
    QList<qreal> values;
    QList<QPointF> cumulative;
    double sum = 0.0;
    for (int i = 0; i < shown; ++i) {
        categories << (shown <= 8 ? tr("PC %1").arg(i + 1) : QString::number(i + 1));
        values << 100.0 * ratio(i);
        sum += ratio(i);
        cumulative << QPointF(i, 100.0 * sum);
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_cumulative->replace(cumulative);
    m_axisX->clear();
    m_axisX->append(categories);
    // Without categories Qt Charts draws the axis title in the chart's top-left corner, over
    // the title.
    m_axisX->setTitleVisible(!categories.isEmpty());
    // The share of the first two components (what the PCA scatter shows) on a line of its
    // own: in one line the title was cut off in the Clusters tab's narrow column.
    QStringList details;
    if (ratio.size() >= 2)
        details << tr("PC 1+2: %1 %")
                       .arg(report::NumberFormat::fixed(100.0 * (ratio(0) + ratio(1)), 1));
    if (shown < ratio.size()) details << tr("first %1 of %2").arg(shown).arg(ratio.size());
    m_titleLines = QStringList{tr("Explained variance")};
    if (!details.isEmpty()) m_titleLines << details.join(QStringLiteral(", "));
    m_chart->setTitle(m_titleLines.join(QStringLiteral("<br>")));
}

void VarianceBarsView::clear() { setExplainedVarianceRatio(Eigen::VectorXd()); }

int VarianceBarsView::barCount() const { return int(m_set->count()); }

void VarianceBarsView::applyStyle() {
    const QColor background = ChartStyle::background(palette());
    ChartStyle::applyTo(m_chart, palette());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::styleAxis(m_axisX, tr("principal component"), palette());
    m_axisX->setTitleVisible(m_axisX->count() > 0);
    ChartStyle::styleAxis(m_axisY, tr("% of variance"), palette());
    m_axisX->setGridLineVisible(false);
    const QColor bar = Palette::color(0, background);
    m_set->setColor(bar);
    m_set->setBorderColor(bar);
    QPen line(Palette::color(1, background), 2.0);
    line.setJoinStyle(Qt::RoundJoin);
    m_cumulative->setPen(line);
    m_cumulative->setMarkerSize(6.0);
}

void VarianceBarsView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyStyle();
}

QSize VarianceBarsView::exportSize() const {
    const QSize size = m_chartView->size();
    return size.width() >= 200 && size.height() >= 120 ? size : QSize(640, 420);
}

void VarianceBarsView::renderTo(QPainter& painter, const QRectF& target) {
    ChartExport::renderChart(m_chart, painter, target);
}

}  // namespace latentlab::gui
