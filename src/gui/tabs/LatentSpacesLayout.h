// How the Latent spaces tab shares its room: the methods' scatters in a grid (one or two
// side by side; three or four in a row or 2 x 2, whichever gives the larger plots), with
// plots at least kMinPlotHeight tall where the window allows, and below them the loss chart
// beside the metrics table, which shows whole where it fits (else it keeps readable rows and
// scrolls). Refits on every resize, until the user drags a divider: then it stays there. A
// one-row strip (the replay's timeline) may sit under the scatters, when it is shown: the
// loss chart, not the scatters, gives up its height on a short window.
//
//   auto* layout = new LatentSpacesLayout(loss, metrics, this);
//   layout->setScatters({pca, ae, umap});
//   vbox->addWidget(layout->widget(), 1);
#pragma once

#include <QObject>
#include <vector>

class QGridLayout;
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

    LatentSpacesLayout(LossChartView* loss, MetricsTableView* metrics, QObject* parent = nullptr);

    /// The scatters of the grid, in order (the caller owns and deletes those it drops).
    void setScatters(const std::vector<ScatterView*>& scatters);
    /// The strip under the scatters, across the grid (null: none); the caller shows and hides
    /// it, then calls fit().
    void setTimeline(QWidget* timeline);
    /// Columns of the grid as laid out now.
    int columns() const { return m_columns; }

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
    /// The lower row's least height in `available`: the loss chart's minimum lowered by what
    /// the scatters need of the timeline's height, applied to the chart.
    int lowerMinimum(int available);
    void fitVertical();
    void fitLower();
    /// Rows the grid needs at its current column count.
    int gridRows() const;
    /// Puts the scatters in the grid at the column count that gives the largest plots.
    void arrangeGrid();

    std::vector<ScatterView*> m_scatters;
    QWidget* m_timeline = nullptr;
    QWidget* m_gridWidget;
    QGridLayout* m_grid;
    int m_columns = 0;
    LossChartView* m_loss;
    int m_lossMinimumHeight;  ///< the chart's own; less by the strip's height when it shows
    MetricsTableView* m_metrics;
    QSplitter* m_vertical;  ///< scatters | lower row
    QSplitter* m_lower;     ///< loss chart | metrics table
    bool m_verticalDragged = false;
    bool m_lowerDragged = false;
    bool m_fitting = false;
};

}  // namespace latentlab::gui
