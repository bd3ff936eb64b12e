#include "ScatterSeriesSet.h"

#include <QChart>
#include <QCoreApplication>
#include <QScatterSeries>

namespace latentlab::gui {

void ScatterSeriesSet::attach(QAbstractAxis* x, QAbstractAxis* y) {
    const bool added = m_centreFill != nullptr;
    if (!added) {
        m_centreOutline = new QScatterSeries;
        m_centreFill = new QScatterSeries;
        m_centreDot = new QScatterSeries;
    }
    const struct {
        QScatterSeries* series;
        double size;
        QColor colour;
    } layers[] = {{m_centreOutline, kCentreSize, Qt::black},
                  {m_centreFill, kCentreSize - 4.0, Qt::white},
                  {m_centreDot, 4.0, Qt::black}};
    // Added in this order, so Qt Charts stacks them in this order on top.
    for (const auto& layer : layers) {
        layer.series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        layer.series->setMarkerSize(layer.size);
        layer.series->setColor(layer.colour);
        layer.series->setBorderColor(layer.colour);
        if (added) continue;
        m_chart->addSeries(layer.series);
        layer.series->attachAxis(x);
        layer.series->attachAxis(y);
    }
}

QString ScatterSeriesSet::centresName() {
    return QCoreApplication::translate("ScatterView", "k-means centres");
}

void ScatterSeriesSet::setCentres(const Eigen::MatrixXd& centres) {
    QList<QPointF> points;
    for (Eigen::Index row = 0; row < centres.rows(); ++row)
        points.append(QPointF(centres(row, 0), centres(row, 1)));
    for (QScatterSeries* series : {m_centreOutline, m_centreFill, m_centreDot})
        if (series) series->replace(points);
}

int ScatterSeriesSet::centreCount() const { return m_centreFill ? m_centreFill->count() : 0; }

QStringList ScatterSeriesSet::names() const {
    QStringList result = m_names;
    if (centreCount() > 0) result << centresName();
    return result;
}

}  // namespace latentlab::gui
