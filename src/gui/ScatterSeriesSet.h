// The Qt Charts series behind a ScatterView: one empty scatter series per colour group that
// only gives the legend its entries (PointCloudItem draws the points), and three stacked
// series that draw each k-means centre (black square, white square, black dot) above them.
#pragma once

#include "ScatterPainter.h"

#include <Eigen/Core>
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

    /// Replaces every series of the chart: `groups` legend series, then the centre layers.
    void rebuild(int groups, QAbstractAxis* x, QAbstractAxis* y);
    int groupCount() const { return int(m_groups.size()); }

    void setNames(const QStringList& names);
    /// Legend markers in each group's colour; groups without rows are left out of the legend.
    void setColours(const std::vector<PointGroup>& groups);
    void setCentres(const Eigen::MatrixXd& centres);

    int centreCount() const;
    /// Group series names, then the centres' entry when there are centres.
    QStringList names() const;

private:
    QChart* m_chart;
    std::vector<QScatterSeries*> m_groups;
    QScatterSeries* m_centreOutline = nullptr;
    QScatterSeries* m_centreFill = nullptr;
    QScatterSeries* m_centreDot = nullptr;
};

}  // namespace latentlab::gui
