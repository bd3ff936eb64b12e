#include "ScatterSeriesSet.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <algorithm>
#include <functional>

namespace latentlab::gui {

namespace {

QColor blend(const QColor& background, const QColor& colour, double opacity) {
    auto mix = [opacity](float b, float c) { return float(b * (1.0 - opacity) + c * opacity); };
    return QColor::fromRgbF(mix(background.redF(), colour.redF()),
                            mix(background.greenF(), colour.greenF()),
                            mix(background.blueF(), colour.blueF()));
}

}  // namespace

void ScatterSeriesSet::rebuild(int groups, bool useOpenGl, double pointSize, QAbstractAxis* x,
                               QAbstractAxis* y) {
    m_chart->removeAllSeries();
    m_useOpenGl = useOpenGl;
    const std::size_t count = std::size_t(std::max(1, groups));
    // Qt Charts draws OpenGL series in the order of their addresses (a QMap keyed by the
    // series pointer). Allocating all series at once and giving the three highest addresses
    // to the centre layers keeps the centres on top of the points.
    std::vector<QScatterSeries*> all;
    for (std::size_t i = 0; i < count + 3; ++i) all.push_back(new QScatterSeries);
    std::sort(all.begin(), all.end(), std::less<QScatterSeries*>());
    m_points.assign(all.begin(), all.begin() + std::ptrdiff_t(count));
    m_centreOutline = all[count];
    m_centreFill = all[count + 1];
    m_centreDot = all[count + 2];

    for (QScatterSeries* series : m_points) {
        series->setUseOpenGL(useOpenGl);
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(pointSize);
        series->setPen(Qt::NoPen);
    }
    const struct {
        QScatterSeries* series;
        double size;
        QColor colour;
    } layers[] = {{m_centreOutline, kCentreSize, Qt::black},
                  {m_centreFill, kCentreSize - 4.0, Qt::white},
                  {m_centreDot, 4.0, Qt::black}};
    for (const auto& layer : layers) {
        layer.series->setUseOpenGL(useOpenGl);
        layer.series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        layer.series->setMarkerSize(layer.size);
        layer.series->setColor(layer.colour);
        layer.series->setBorderColor(layer.colour);
    }
    m_centreFill->setName(QCoreApplication::translate("ScatterView", "k-means centres"));

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
    for (std::size_t g = 0; g < m_points.size(); ++g) m_points[g]->setName(names.value(int(g)));
}

void ScatterSeriesSet::setPointSize(double pixels) {
    for (QScatterSeries* series : m_points) series->setMarkerSize(pixels);
}

void ScatterSeriesSet::setColours(const std::vector<PointGroup>& groups, const QColor& background,
                                  double opacity) {
    QLegend* legend = m_chart->legend();
    for (std::size_t g = 0; g < m_points.size(); ++g) {
        const bool listed = g < groups.size() && !groups[g].rows.empty();
        const QColor colour = g < groups.size() ? groups[g].colour : QColor(Qt::gray);
        QColor shown = colour;
        if (m_useOpenGl)
            shown = blend(background, colour, opacity);
        else
            shown.setAlphaF(float(opacity));
        m_points[g]->setColor(shown);
        m_points[g]->setBorderColor(Qt::transparent);
        for (QLegendMarker* marker : legend->markers(m_points[g])) {
            marker->setVisible(listed);
            marker->setShape(QLegend::MarkerShapeCircle);
            marker->setBrush(colour);
            marker->setPen(QPen(colour.darker(115), 1.0));
        }
    }
}

void ScatterSeriesSet::fill(const Eigen::MatrixXd& xy, const std::vector<PointGroup>& groups) {
    for (std::size_t g = 0; g < m_points.size(); ++g) {
        m_buffer.resize(0);
        if (g < groups.size()) {
            const std::vector<int>& rows = groups[g].rows;
            m_buffer.reserve(qsizetype(rows.size()));
            for (int row : rows) m_buffer.append(QPointF(xy(row, 0), xy(row, 1)));
        }
        m_points[g]->replace(m_buffer);
    }
}

void ScatterSeriesSet::setCentres(const Eigen::MatrixXd& centres) {
    QList<QPointF> points;
    for (Eigen::Index row = 0; row < centres.rows(); ++row)
        points.append(QPointF(centres(row, 0), centres(row, 1)));
    for (QScatterSeries* series : {m_centreOutline, m_centreFill, m_centreDot})
        if (series) series->replace(points);
    if (m_centreFill)
        for (QLegendMarker* marker : m_chart->legend()->markers(m_centreFill))
            marker->setVisible(!points.isEmpty());
}

int ScatterSeriesSet::pointCount() const {
    int count = 0;
    for (const QScatterSeries* series : m_points) count += series->count();
    return count;
}

int ScatterSeriesSet::centreCount() const { return m_centreFill ? m_centreFill->count() : 0; }

QStringList ScatterSeriesSet::names() const {
    QStringList result;
    for (const QScatterSeries* series : m_points) result << series->name();
    if (centreCount() > 0) result << m_centreFill->name();
    return result;
}

}  // namespace latentlab::gui
