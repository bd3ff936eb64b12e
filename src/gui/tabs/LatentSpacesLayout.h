// How the Latent spaces tab shares its room: the two scatters side by side with plots at
// least kMinPlotHeight tall, and below them the loss chart beside the metrics table, which
// shows whole where it fits (else it keeps readable rows and scrolls). Refits on every
// resize, until the user drags a divider: then it stays where they put it.
//
//   auto* layout = new LatentSpacesLayout({pca, ae}, loss, metrics, this);
//   vbox->addWidget(layout->widget(), 1);
#pragma once

#include <QObject>
#include <array>

class QSplitter;
class QWidget;

namespace latentlab::gui {

class LossChartView;
class MetricsTableView;
class ScatterView;

class LatentSpacesLayout : public QObject {
    Q_OBJECT
public:
    /// Plot area height the scatters get whenever the tab is tall enough for it and a
    /// minimal strip (what a laptop's 1366 x 768 screen gives).
    static constexpr int kMinPlotHeight = 300;

    LatentSpacesLayout(std::array<ScatterView*, 2> scatters, LossChartView* loss,
                       MetricsTableView* metrics, QObject* parent = nullptr);

    /// The splitters holding the views; the caller puts it in its layout.
    QWidget* widget() const;
    /// Recomputes the divider positions (the caller calls it when the table's size changes).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Height a scatter needs for a kMinPlotHeight plot: its chart's title, axes and legend
    /// as laid out now, or an estimate from the fonts before the first layout.
    int scatterHeightNeeded() const;
    void fitVertical();
    void fitLower();

    std::array<ScatterView*, 2> m_scatters;
    LossChartView* m_loss;
    MetricsTableView* m_metrics;
    QSplitter* m_vertical;  ///< scatters | lower row
    QSplitter* m_lower;     ///< loss chart | metrics table
    bool m_verticalDragged = false;
    bool m_lowerDragged = false;
    bool m_fitting = false;
};

}  // namespace latentlab::gui
