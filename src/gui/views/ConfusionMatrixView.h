// Heatmap of true label x k-means cluster counts: shade = share of the true label's row,
// count printed in each cell with a contrasting colour, palette swatches on the headers so
// labels and clusters match the scatter plots. Clusters are matched to labels (Hungarian
// assignment, ClusterMatching): each column stands under the label its cluster is matched
// to and wears that label's colour, so a good clustering reads as a diagonal of one colour.
//
//   view->setMatrix(result.pcaSpace.confusion, result.data.labelNames, "PCA + k-means");
#pragma once

#include "ClusterMatching.h"
#include "PaintedView.h"

#include <Eigen/Core>
#include <QWidget>
#include <string>
#include <vector>

namespace latentlab::gui {

class ConfusionMatrixView : public PaintedView {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    void setMatrix(const Eigen::MatrixXi& counts, const std::vector<std::string>& labelNames,
                   const QString& title);
    void clear();
    /// Cluster shown in each column, left to right.
    const std::vector<int>& columnOrder() const { return m_columnOrder; }
    const Eigen::MatrixXi& matrix() const { return m_counts; }
    const ClusterMatching& matching() const { return m_matching; }

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    void paint(QPainter& painter, const QRectF& area) const override;
    QColor cellColour(double share) const;

    Eigen::MatrixXi m_counts;
    QStringList m_rowNames;
    std::vector<int> m_columnOrder;
    ClusterMatching m_matching;
    QString m_title;
    mutable QRectF m_grid;  ///< cells' area at the last paint, for tooltips
};

}  // namespace latentlab::gui
