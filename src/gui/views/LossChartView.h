// The autoencoder's training curve: mean loss per epoch, appended live while training
// (cheap, one point per epoch), with the held-out rows' validation loss beside it (dashed,
// with a legend) and a log-scale toggle for the long tail of small losses.
//
//   view->setEpochCount(50);        // fixes the x axis for the run, so it does not rescale
//   view->appendLoss(1, 0.081);     // per epoch, from the worker's signal
#pragma once

#include "Exportable.h"

#include <QWidget>
#include <limits>
#include <vector>

class QCheckBox;
class QLabel;
QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace latentlab::gui {

class ZoomableChartView;

class LossChartView : public QWidget, public Exportable {
    Q_OBJECT
public:
    /// Below this height the chart drops its title on screen.
    static constexpr int kTitledHeight = 240;

    explicit LossChartView(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /// Replaces the curves: losses[i] (and validation[i], if any) belong to epoch i + 1.
    void setLoss(const std::vector<double>& losses, const std::vector<double>& validation = {});
    /// Adds one epoch (1-based). Non-finite losses are kept out of the curves (a NaN
    /// validation loss: none held out).
    void appendLoss(int epoch, double loss,
                    double validationLoss = std::numeric_limits<double>::quiet_NaN());
    /// Planned number of epochs: the x axis spans it from the start (0 = follow the data).
    void setEpochCount(int epochs);
    void setLogScale(bool logScale);
    bool logScale() const { return m_logScale; }
    void clear();

    int pointCount() const;
    int validationPointCount() const;
    QChart* chart() const { return m_chart; }

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;

signals:
    void logScaleChanged(bool logScale);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showTitle();
    int yTickTarget() const;
    void fitToPlot();
    void showAxisTitles();
    void applyStyle();
    void refillSeries();
    void showMarkersAndLegend();
    void fitX();
    void fitY();
    void updateStatus();
    void resetRanges();

    ZoomableChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_series = nullptr;         ///< on the linear axis
    QLineSeries* m_logSeries = nullptr;      ///< the same losses (clamped > 0) on the log axis
    QLineSeries* m_validation = nullptr;     ///< validation loss, linear axis
    QLineSeries* m_logValidation = nullptr;  ///< the same on the log axis
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_linearY = nullptr;
    QLogValueAxis* m_logY = nullptr;
    QCheckBox* m_logCheck = nullptr;
    QLabel* m_status = nullptr;
    QString m_title;
    int m_yTicks = 0;  ///< tick count the linear axis was fitted for

    std::vector<int> m_epochs;
    std::vector<double> m_losses;
    std::vector<int> m_validationEpochs;
    std::vector<double> m_validationLosses;
    int m_epochCount = 0;
    bool m_logScale = false;
    // Current y ranges, to rescale only when the data leaves them.
    double m_linearMin = 0.0, m_linearMax = 0.0;
    double m_logMin = 0.0, m_logMax = 0.0;
};

}  // namespace latentlab::gui
