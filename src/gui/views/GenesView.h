// scanpy's highly_variable_genes plot of the recipe's gene table: one point per kept gene at
// its mean expression (log1p of the mean, scanpy's var["means"]) and normalised dispersion
// (var["dispersions_norm"]; the variance when genes were ranked by variance), the selected,
// highly variable genes in a colour of their own over the others in grey, with a legend.
//
//   view->setSummary(dataset->expression);   // null: empty view
//   view->pointCount();  view->highlightedCount();
#pragma once

#include "Exportable.h"
#include "ExpressionSummary.h"

#include <Eigen/Core>
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace latentlab::gui {

class PointCloudItem;

class GenesView : public QWidget, public Exportable {
    Q_OBJECT
public:
    explicit GenesView(QWidget* parent = nullptr);

    void setSummary(std::shared_ptr<const ExpressionSummary> summary);
    const ExpressionSummary* summary() const { return m_summary.get(); }

    /// Genes drawn: kept genes whose mean and dispersion are finite.
    int pointCount() const { return m_drawn; }
    /// Of them, the highly variable ones (drawn in colour, on top).
    int highlightedCount() const { return m_highlighted; }
    /// The coordinates drawn, one row per drawn gene (x, y).
    const Eigen::MatrixXd& points() const { return m_xy; }
    QChart* chart() const { return m_chart; }
    QValueAxis* axisX() const { return m_axisX; }
    QValueAxis* axisY() const { return m_axisY; }
    /// The legend's two entries: highly variable first, then the other genes.
    QScatterSeries* highlightedSeries() const { return m_highlightedKey; }
    QScatterSeries* otherSeries() const { return m_otherKey; }
    /// The colour the highly variable genes are drawn in.
    QColor highlightColour() const;

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();
    void fitAxes();
    void syncPointRange();

    QChart* m_chart;
    QChartView* m_chartView;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QScatterSeries* m_highlightedKey;  ///< legend entries only: the points are m_points
    QScatterSeries* m_otherKey;
    PointCloudItem* m_points;
    std::shared_ptr<const ExpressionSummary> m_summary;
    Eigen::MatrixXd m_xy;
    std::vector<int> m_highlightedRows;
    std::vector<int> m_otherRows;
    int m_drawn = 0;
    int m_highlighted = 0;
    bool m_byVariance = false;  ///< gene_selection = variance: no dispersions to plot
};

}  // namespace latentlab::gui
