// A 2-D embedding as a Qt Charts scatter: points coloured by true label or k-means cluster in
// the shared Palette, with its marker shapes past the palette's size (drawn by a cached
// raster layer, PointCloudItem, fast enough to animate training), k-means centres as large
// markers on top, a legend, zoom and pan. Coloured by cluster, each cluster wears the colour
// of the true label it is matched to (ClusterMatching), as in the confusion matrices.
// Linked views: the point under the cursor gets a short tooltip and is reported, so every
// scatter can ring the same row; legend clicks are reported; a lasso or box (DragTool) changes
// the shared RowSelection, whose rows are drawn in colour over the others in grey.
//
//   auto* view = new ScatterView;
//   view->setAxisTitles("PC 1", "PC 2");
//   view->setData(latent, labels, labelNames, clusters, centres);   // then, per epoch:
//   view->updatePositions(newLatent);
#pragma once

#include "ClusterMatching.h"
#include "Exportable.h"
#include "ScatterExtent.h"
#include "ScatterGrouping.h"
#include "ScatterHover.h"
#include "ScatterPainter.h"
#include "ScatterSeriesSet.h"
#include "ZoomableChartView.h"

#include <Eigen/Core>
#include <QRectF>
#include <QWidget>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace latentlab::gui {

class PointCloudItem;
class RowMarkerItem;
class RowSelection;
class ScatterLegendItem;

class ScatterView : public QWidget, public Exportable {
    Q_OBJECT
public:
    explicit ScatterView(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setAxisTitles(const QString& x, const QString& y);
    /// `xy`: n x >= 2 (first two columns plotted); `trueLabels`: n codes or empty;
    /// `clusters`: n k-means labels or empty; `centroids`: k x >= 2 or empty.
    void setData(const Eigen::MatrixXd& xy, const std::vector<int>& trueLabels,
                 const std::vector<std::string>& labelNames, const std::vector<int>& clusters,
                 const Eigen::MatrixXd& centroids);
    /// Fast path while training: same rows and labels, new coordinates. Axes follow the data
    /// only when it leaves the visible range or shrinks well inside it, unless the user zoomed.
    void updatePositions(const Eigen::MatrixXd& xy);
    /// New k-means result for the current points.
    void setClusters(const std::vector<int>& clusters, const Eigen::MatrixXd& centroids);
    void clear();

    void setColourBy(ColourBy mode);
    ColourBy colourBy() const { return m_colourBy; }
    void setPointSize(double pixels);
    double pointSize() const { return m_pointSize; }
    void setOpacity(double opacity);
    double opacity() const { return m_opacity; }
    /// Back to the range the axes open on (see setShowAllPoints).
    void resetZoom();
    /// Kept, a range the user zoomed or panned to survives new data (setData, refits): the
    /// owner resets it when the data change. Off by default: new data open on their extent.
    void setKeepsZoom(bool keeps) { m_keepsZoom = keeps; }
    /// The user zoomed or panned since the last reset (or a linked view did for them).
    bool zoomedByUser() const { return m_userZoomed; }
    /// The axis ranges shown: x from left() to right(), y from top() (the lower value) up.
    QRectF visibleRange() const;
    /// Shows `range` as if the user had zoomed to it (a linked view follows another one).
    void setVisibleRange(const QRectF& range);
    /// The axes open on the central 99.5 % of the points on each axis plus a margin
    /// (ScatterExtent), or with `all` on every point; refits now.
    void setShowAllPoints(bool all);
    bool showsAllPoints() const { return m_showAll; }
    /// The box the axes fit (before their margin): this view's points and centres.
    AxisBox dataExtent() const { return m_ownExtent; }
    /// Fit the axes to `box` instead of dataExtent(), so two views show the same ranges; an
    /// empty box returns to this view's own. `force`: refit even if nothing left the view.
    void setSharedExtent(const AxisBox& box, bool force);
    /// A small caption inside the view, e.g. "aligned to PCA".
    void setNote(const QString& note);
    QString note() const { return m_note; }
    /// The caption as drawn (before eliding): the note, then how many points are outside.
    QString shownNote() const;
    /// Room for a strip (PlotOverlay's warnings) between the note and the title, `pixels`
    /// tall (0: none): the plot moves down rather than hide under it.
    void setTopInset(int pixels);
    /// Where that room is, in this widget's coordinates, across the chart.
    QRect topInsetRect() const;
    /// Points outside the visible axis ranges.
    int pointsOutsideView() const { return m_outside; }

    int pointCount() const;     ///< points the point layer draws
    int centroidCount() const;  ///< centre markers shown
    int rowCount() const { return int(m_xy.rows()); }
    /// The points as set (n x 2), with their true labels and k-means clusters (empty if none).
    const Eigen::MatrixXd& points() const { return m_xy; }
    const std::vector<int>& trueLabels() const { return m_trueLabels; }
    const std::vector<int>& clusters() const { return m_clusters; }
    QChart* chart() const { return m_chart; }
    /// Series names in legend order (labels or clusters, then the centres).
    QStringList seriesNames() const;
    /// The legend as shown: entries, texts (cut only past a sensible length), tooltips.
    const ScatterLegendItem* legend() const { return m_legend; }
    /// The groups as drawn: colour, shape and rows, in legend order.
    const std::vector<PointGroup>& groups() const { return m_groups; }
    /// Clusters to true labels, when coloured by cluster with labels (else none).
    const ClusterMatching& clusterMatching() const { return m_matching; }

    /// Which dataset row each drawn row is, row names and silhouettes for the tooltip.
    void setRowContext(ScatterHover::Context context);
    /// The selection this view shows and changes (not owned; null: none).
    void setSelection(RowSelection* selection);
    void setDragTool(DragTool mode);
    /// Groups (label or cluster codes, as groupCodes()) left out of the plot.
    void setHiddenGroups(const std::vector<int>& codes);
    const std::vector<int>& hiddenGroups() const { return m_hiddenCodes; }
    /// The code of each legend entry of a group (ScatterGroups::codes, groups with points).
    std::vector<int> groupCodes() const;
    /// Rings the point of `datasetRow` (-1: none), as when it is hovered in any scatter.
    void setHighlightedRow(int datasetRow);
    int highlightedRow() const { return m_highlight; }
    bool highlightShown() const;
    /// The drawn row under `position` (chart view coordinates), or -1: the hover lookup.
    int pointAt(const QPointF& position);
    /// The tooltip of drawn row `row`.
    QString describePoint(int row) const;
    /// Where drawn row `row` is, in the chart view's coordinates.
    QPointF viewPositionOf(int row) const;
    /// The groups the point layer draws (hidden ones left out, the unselected in grey).
    const std::vector<PointGroup>& drawnGroups() const { return m_drawn; }
    ZoomableChartView* chartView() const { return m_chartView; }

signals:
    /// The mouse is over the point of `datasetRow` now (-1: over none).
    void hoveredRowChanged(int datasetRow);
    /// A legend entry of group `code` was clicked (`twice`: double-clicked).
    void legendActivated(int code, bool twice);
    /// The user zoomed or panned this view (not sent for setVisibleRange).
    void userRangeChanged();
    /// The user asked this view for its opening range again (double-click, 0, Home).
    void userResetZoom();

public:
    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void regroup();
    void applyColours();
    void applyStyle();
    void fitAxes(bool force);
    void updateExtent();
    void syncPointRange();
    void countOutside();
    void updateTicks();
    void updateLegend();
    void placeLegend();
    void placeNote();
    bool hasClusters() const;
    bool hasLabels() const;
    void onHover(const QPointF& position);
    void selectInside(const QPolygonF& outline, Qt::KeyboardModifiers modifiers);
    void selectAt(const QPointF& chartPosition, Qt::KeyboardModifiers modifiers);
    /// Recomputes the drawn groups from the groups, the hidden codes and the selection.
    void updateDrawn();
    void placeMarker();

    ZoomableChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QCategoryAxis* m_axisX = nullptr;  ///< category axes: exact tick labels on a tight range
    QCategoryAxis* m_axisY = nullptr;
    QGraphicsSimpleTextItem* m_noteItem = nullptr;
    PointCloudItem* m_points = nullptr;     ///< owned by m_chart
    ScatterLegendItem* m_legend = nullptr;  ///< owned by m_chart
    ScatterSeriesSet m_series;

    Eigen::MatrixXd m_xy;  ///< n x 2
    std::vector<int> m_trueLabels;
    std::vector<std::string> m_labelNames;
    std::vector<int> m_clusters;
    Eigen::MatrixXd m_centroids;  ///< k x 2
    std::vector<PointGroup> m_groups;
    std::vector<int> m_groupStyles;  ///< palette index per group; -1: the grey "unlabelled"
    QStringList m_groupNames;
    std::vector<int> m_groupCodes;
    ClusterMatching m_matching;
    std::vector<PointGroup> m_drawn;
    std::vector<int> m_hiddenCodes;
    std::vector<bool> m_rowHidden;  ///< per drawn row: its group is hidden
    ScatterHover m_hover;
    RowSelection* m_selection = nullptr;
    RowMarkerItem* m_marker = nullptr;  ///< owned by m_chart
    int m_highlight = -1;               ///< dataset row ringed
    int m_hovered = -1;                 ///< drawn row under the mouse

    ColourBy m_colourBy = ColourBy::TrueLabel;
    double m_pointSize = 3.0;
    double m_opacity = 0.85;
    bool m_userZoomed = false;
    bool m_keepsZoom = false;
    bool m_showAll = false;
    ScatterExtent m_extent;
    AxisBox m_ownExtent;     ///< of m_xy (trimmed unless m_showAll) and the centres
    AxisBox m_sharedExtent;  ///< when not empty, fitted instead of m_ownExtent
    int m_outside = 0;
    QString m_note;
    int m_topInset = 0;
};

}  // namespace latentlab::gui
