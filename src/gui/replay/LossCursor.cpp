#include "LossCursor.h"

#include "ChartStyle.h"
#include "LossChartView.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QPen>
#include <QValueAxis>

namespace latentlab::gui {

LossCursor::LossCursor(LossChartView* chart)
    : QObject(chart), m_view(chart), m_line(new QGraphicsLineItem(chart->chart())) {
    setObjectName(QStringLiteral("lossCursor"));
    const QList<QAbstractAxis*> horizontal = chart->chart()->axes(Qt::Horizontal);
    if (!horizontal.isEmpty()) m_axisX = qobject_cast<QValueAxis*>(horizontal.first());
    m_line->setZValue(100.0);  // over the curves and their markers
    m_line->hide();
    applyStyle();
    connect(chart->chart(), &QChart::plotAreaChanged, this, &LossCursor::place);
    if (m_axisX) connect(m_axisX, &QValueAxis::rangeChanged, this, &LossCursor::place);
    chart->installEventFilter(this);  // its palette: a dark theme wants a light line
}

void LossCursor::setEpoch(int epoch) {
    m_epoch = std::max(0, epoch);
    place();
}

bool LossCursor::isShown() const { return m_line->isVisible(); }

void LossCursor::place() {
    const QRectF plot = m_view->chart()->plotArea();
    const bool inRange = m_axisX && m_epoch > 0 && m_axisX->max() > m_axisX->min() &&
                         m_epoch >= m_axisX->min() && m_epoch <= m_axisX->max();
    if (!inRange || plot.width() <= 0.0) {
        m_line->hide();
        return;
    }
    const double x =
        plot.left() + (m_epoch - m_axisX->min()) / (m_axisX->max() - m_axisX->min()) * plot.width();
    m_line->setLine(x, plot.top(), x, plot.bottom());
    m_line->show();
}

void LossCursor::applyStyle() {
    QPen pen(ChartStyle::mutedText(m_view->palette()), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_line->setPen(pen);
}

bool LossCursor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::PaletteChange) applyStyle();
    return QObject::eventFilter(watched, event);
}

}  // namespace latentlab::gui
