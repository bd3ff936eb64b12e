// Per-sample silhouettes grouped by cluster, drawn as Orange does: each cluster a block of
// horizontal bars sorted from high to low, blocks stacked, a dashed line at the mean. With a
// ClusterMatching, each block wears the colour of the true label its cluster is matched to
// and blocks follow the labels' order, as in the confusion matrix and the scatters. Bars are
// aggregated into pixel rows, so 30000+ values draw as fast as 300.
//
//   view->setSilhouettes(space.silhouetteLatent, clusters, "Autoencoder",
//                        ClusterMatching(space.confusion));
#pragma once

#include "ClusterMatching.h"
#include "PaintedView.h"

#include <Eigen/Core>
#include <QWidget>
#include <vector>

namespace latentlab::gui {

class SilhouettePlotView : public PaintedView {
    Q_OBJECT
public:
    explicit SilhouettePlotView(QWidget* parent = nullptr);

    /// `values`: per row, NaN for rows outside the silhouette sample (skipped);
    /// `clusters`: per row, 0..k-1; `matching`: clusters to true labels (none: own order).
    void setSilhouettes(const Eigen::VectorXd& values, const std::vector<int>& clusters,
                        const QString& title, const ClusterMatching& matching = {});
    void clear();
    int sampleCount() const { return m_sampleCount; }
    double mean() const { return m_mean; }
    int clusterCount() const { return int(m_sorted.size()); }
    /// Clusters from top to bottom.
    const std::vector<int>& blockOrder() const { return m_order; }
    const ClusterMatching& matching() const { return m_matching; }

    QSize exportSize() const override;
    QSize sizeHint() const override;

protected:
private:
    void paint(QPainter& painter, const QRectF& area) const override;

    std::vector<std::vector<double>> m_sorted;  ///< per cluster, descending
    std::vector<int> m_order;                   ///< clusters, top to bottom
    ClusterMatching m_matching;
    QString m_title;
    int m_sampleCount = 0;
    int m_rowCount = 0;
    double m_mean = 0.0;
    double m_low = 0.0;
};

}  // namespace latentlab::gui
