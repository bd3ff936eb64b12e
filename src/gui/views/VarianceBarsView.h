// PCA's explained-variance ratio per component as bars (percent), with the cumulative share
// as a line on the same axis; shows the first 20 components when there are more.
//
//   view->setExplainedVarianceRatio(result.pca.explainedVarianceRatio());
#pragma once

#include "Exportable.h"

#include <Eigen/Core>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace latentlab::gui {

class VarianceBarsView : public QWidget, public Exportable {
    Q_OBJECT
public:
    static constexpr int kMaxComponents = 20;

    explicit VarianceBarsView(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setExplainedVarianceRatio(const Eigen::VectorXd& ratio);
    void clear();
    int barCount() const;
    QChart* chart() const { return m_chart; }
    /// The title as shown, one entry per line.
    QStringList titleLines() const { return m_titleLines; }

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();

    QChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QBarSeries* m_bars = nullptr;
    QBarSet* m_set = nullptr;
    QLineSeries* m_cumulative = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    Eigen::VectorXd m_ratio;
    QStringList m_titleLines;
};

}  // namespace latentlab::gui
