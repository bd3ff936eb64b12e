// The Qt Charts series behind a ScatterView: three stacked series that draw each k-means
// centre (black square, white square, black dot) above the point layer, and the names of the
// colour groups in legend order (the points are PointCloudItem's, the legend is
// ScatterLegendItem's).
#pragma once

#include <Eigen/Core>
#include <QStringList>

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

    /// Adds the centre layers to the chart, attached to `x` and `y` (once), and gives them
    /// their colours again (a chart theme change resets every series' look).
    void attach(QAbstractAxis* x, QAbstractAxis* y);

    void setNames(const QStringList& names) { m_names = names; }
    void setCentres(const Eigen::MatrixXd& centres);

    int centreCount() const;
    /// The centres' legend entry.
    static QString centresName();
    /// Group names, then the centres' entry when there are centres.
    QStringList names() const;

private:
    QChart* m_chart;
    QStringList m_names;
    QScatterSeries* m_centreOutline = nullptr;
    QScatterSeries* m_centreFill = nullptr;
    QScatterSeries* m_centreDot = nullptr;
};

}  // namespace latentlab::gui
