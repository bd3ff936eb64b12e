#include "ScatterSeriesSet.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <algorithm>

namespace latentlab::gui {

namespace {

// Qt Charts places legend entries only when it lays the legend out, which it does when series
// come and go but not when an entry is shown or hidden: without this, the centres' entry shown
// once a run ends never appeared.
void relayout(QLegend* legend) {
    if (legend->layout()) legend->layout()->invalidate();
}

}  // namespace

void ScatterSeriesSet::rebuild(int groups, QAbstractAxis* x, QAbstractAxis* y) {
    m_chart->removeAllSeries();
    m_groups.clear();
    for (int g = 0; g < std::max(1, groups); ++g) {
        auto* series = new QScatterSeries;
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setPen(Qt::NoPen);
        m_groups.push_back(series);
    }
    // Added after the group series, so Qt Charts stacks them in this order on top.
    m_centreOutline = new QScatterSeries;
    m_centreFill = new QScatterSeries;
    m_centreDot = new QScatterSeries;
    const struct {
        QScatterSeries* series;
        double size;
        QColor colour;
    } layers[] = {{m_centreOutline, kCentreSize, Qt::black},
                  {m_centreFill, kCentreSize - 4.0, Qt::white},
                  {m_centreDot, 4.0, Qt::black}};
    for (const auto& layer : layers) {
        layer.series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        layer.series->setMarkerSize(layer.size);
        layer.series->setColor(layer.colour);
        layer.series->setBorderColor(layer.colour);
    }
    m_centreFill->setName(QCoreApplication::translate("ScatterView", "k-means centres"));

    std::vector<QScatterSeries*> all = m_groups;
    all.insert(all.end(), {m_centreOutline, m_centreFill, m_centreDot});
    for (QScatterSeries* series : all) {
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QLegend* legend = m_chart->legend();
    for (QScatterSeries* series : {m_centreOutline, m_centreDot})
        for (QLegendMarker* marker : legend->markers(series)) marker->setVisible(false);
    for (QLegendMarker* marker : legend->markers(m_centreFill)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(Qt::white);
        marker->setPen(QPen(Qt::black, 2.0));
    }
}

void ScatterSeriesSet::setNames(const QStringList& names) {
    for (std::size_t g = 0; g < m_groups.size(); ++g) m_groups[g]->setName(names.value(int(g)));
}

void ScatterSeriesSet::setColours(const std::vector<PointGroup>& groups) {
    QLegend* legend = m_chart->legend();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const bool listed = g < groups.size() && !groups[g].rows.empty();
        const QColor colour = g < groups.size() ? groups[g].colour : QColor(Qt::gray);
        m_groups[g]->setColor(colour);
        m_groups[g]->setBorderColor(Qt::transparent);
        for (QLegendMarker* marker : legend->markers(m_groups[g])) {
            marker->setVisible(listed);
            marker->setShape(QLegend::MarkerShapeCircle);
            marker->setBrush(colour);
            marker->setPen(QPen(colour.darker(115), 1.0));
        }
    }
    relayout(legend);
}

void ScatterSeriesSet::setCentres(const Eigen::MatrixXd& centres) {
    QList<QPointF> points;
    for (Eigen::Index row = 0; row < centres.rows(); ++row)
        points.append(QPointF(centres(row, 0), centres(row, 1)));
    for (QScatterSeries* series : {m_centreOutline, m_centreFill, m_centreDot})
        if (series) series->replace(points);
    if (!m_centreFill) return;
    for (QLegendMarker* marker : m_chart->legend()->markers(m_centreFill))
        marker->setVisible(!points.isEmpty());
    relayout(m_chart->legend());
}

int ScatterSeriesSet::centreCount() const { return m_centreFill ? m_centreFill->count() : 0; }

QStringList ScatterSeriesSet::names() const {
    QStringList result;
    for (const QScatterSeries* series : m_groups) result << series->name();
    if (centreCount() > 0) result << m_centreFill->name();
    return result;
}

}  // namespace latentlab::gui
