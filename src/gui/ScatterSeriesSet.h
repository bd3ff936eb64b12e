// The Qt Charts series behind a ScatterView: one scatter series per colour group, fed with
// replace(), plus three stacked series that draw each k-means centre (black square, white
// square, black dot), allocated so that OpenGL draws the centres on top of the points.
#pragma once

#include "ScatterPainter.h"

#include <Eigen/Core>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QScatterSeries;
QT_END_NAMESPACE

namespace latentlab::gui {

class ScatterSeriesSet {
public:
    static constexpr double kCentreSize = 16.0;

    explicit ScatterSeriesSet(QChart* chart) : m_chart(chart) {}

    /// Replaces every series of the chart: `groups` point series, then the centre layers.
    void rebuild(int groups, bool useOpenGl, double pointSize, QAbstractAxis* x, QAbstractAxis* y);
    int groupCount() const { return int(m_points.size()); }
    bool usesOpenGl() const { return m_useOpenGl; }

    void setNames(const QStringList& names);
    void setPointSize(double pixels);
    /// Series drawn in each group's colour at `opacity`; OpenGL ignores alpha, so there the
    /// colour is blended into `background` instead. Legend markers keep the full colour.
    void setColours(const std::vector<PointGroup>& groups, const QColor& background,
                    double opacity);
    void fill(const Eigen::MatrixXd& xy, const std::vector<PointGroup>& groups);
    void setCentres(const Eigen::MatrixXd& centres);

    int pointCount() const;
    int centreCount() const;
    /// Point series names, then the centres' entry when there are centres.
    QStringList names() const;

private:
    QChart* m_chart;
    std::vector<QScatterSeries*> m_points;
    QScatterSeries* m_centreOutline = nullptr;
    QScatterSeries* m_centreFill = nullptr;
    QScatterSeries* m_centreDot = nullptr;
    QList<QPointF> m_buffer;  ///< reused by fill()
    bool m_useOpenGl = false;
};

}  // namespace latentlab::gui
