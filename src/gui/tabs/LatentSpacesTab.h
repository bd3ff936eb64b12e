// The main comparison: one scatter per method of the run (coloured by true label, with the
// cluster centres), all drawn alike from one control bar, the live loss curve and the
// metrics table (laid out by LatentSpacesLayout). Follows a run as it happens: data, then
// each method's embedding as it is fitted, with snapshots while the AE trains and UMAP and
// t-SNE optimise, then the finished result, whose training replay the timeline under the
// scatters plays back (LatentSpacesReplay.cpp).
#pragma once

#include "Dataset.h"
#include "LatentPlane.h"
#include "Procrustes.h"
#include "Replay.h"
#include "Result.h"
#include "ScatterExtent.h"

#include <QJsonObject>
#include <QWidget>
#include <memory>
#include <string>
#include <vector>

class QPushButton;

namespace latentlab::gui {

class InfoBar;
class LatentSpacesLayout;
class LatentViewControls;
class LinkedScatters;
class LossChartView;
class LossCursor;
class MetricsTableView;
class PlotOverlay;
class ReplayTimeline;
class RowSelection;
class ScatterView;
class UpdateThrottle;

class LatentSpacesTab : public QWidget {
    Q_OBJECT
public:
    /// Scatters draw at most this many rows (a seeded subsample beyond it, labelled as such).
    static constexpr int kMaxDrawnPoints = 200'000;

    explicit LatentSpacesTab(QWidget* parent = nullptr);

    /// A run of `config` begins: one scatter per config.methods entry (kept ones keep their
    /// points, marked as the previous run's, until the new ones arrive).
    void beginRun(const Config& config);
    void showData(std::shared_ptr<const Dataset> data);
    /// `method` starts fitting and will report `steps` steps (for "epoch 120 of 500").
    void startMethod(const std::string& method, int steps);
    /// `method`'s final embedding, before its clustering.
    void showEmbedding(const std::string& method, const Eigen::MatrixXd& embedding);
    /// A snapshot while `method` optimises; drawn at most ten times a second.
    void showSnapshot(const std::string& method, int step, const Eigen::MatrixXd& points);
    /// `validationLoss` NaN: none held out.
    void appendLoss(int epoch, double loss, double validationLoss);
    /// Every training warning in full, with what to try (empty without warnings).
    QString trainingWarningText() const;
    void showResult(const Result& result);
    void clear();
    /// "run 3": the run being shown; every scatter's title names the run its points are of
    /// (one still showing the previous run's points keeps that run's name).
    void setRunName(const QString& name);

    /// The run's methods in order, and the scatter of one (null when it is not shown).
    std::vector<std::string> methods() const;
    ScatterView* scatter(const std::string& method) const;
    std::vector<ScatterView*> scatters() const;
    LossChartView* lossChart() const { return m_loss; }
    /// The training replay of the result on screen (null: none): the timeline under the
    /// scatters shows it, at its last frame (the result itself). A run's start clears it.
    void setReplay(std::shared_ptr<const Replay> replay);
    std::shared_ptr<const Replay> replay() const { return m_replay; }
    /// Frame `index` of the replay in each replayed method's scatter, mapped as its final
    /// embedding is drawn (plane, alignment) on axes that hold every frame, and the loss
    /// chart's cursor at its epoch. The last frame is the finished result itself, exactly.
    void showReplayFrame(int index);
    /// The frame on screen; -1 when it is the finished result.
    int replayFrame() const { return m_replayFrame; }
    ReplayTimeline* timeline() const { return m_timeline; }
    LossCursor* lossCursor() const { return m_lossCursor; }
    MetricsTableView* metricsTable() const { return m_metrics; }
    LatentViewControls* viewControls() const { return m_controls; }
    /// The rows selected in the scatters (one object: the Data tab's table shares it).
    RowSelection* selection() const { return m_selection; }
    /// Hover, legend and selection links between the scatters.
    LinkedScatters* links() const { return m_links; }
    /// The "Show all points" toggle beside "Reset zoom" (objectName showAllPoints).
    QPushButton* showAllButton() const;
    /// The view controls (colour by, point size, opacity, alignment, show all, log loss),
    /// which sessions keep with the result.
    QJsonObject viewState() const;
    void setViewState(const QJsonObject& state);

signals:
    /// The scatters are those of other methods now (new ones exist, old ones are gone).
    void methodsChanged();

private:
    /// One method's scatter and what it draws.
    struct Space {
        std::string method;
        QString runName;  ///< the run its points are of ("run 3"), in its title
        ScatterView* view = nullptr;
        Eigen::MatrixXd embedding;  ///< all rows (last snapshot or result)
        LatentPlane plane;          ///< how a wide learned space is drawn in two dimensions
        std::vector<int> clusters;
        Eigen::MatrixXd centers;
        Eigen::VectorXd silhouette;  ///< per row, from the result (empty while fitting)
        int steps = 0;               ///< the run's steps for this method (0: not animated)
        bool hasData = false;
        bool previous = false;  ///< shows the previous run's points until the new ones come
        int pendingStep = 0;    ///< 0: no snapshot waiting
        Eigen::MatrixXd pending;
    };

    Space* find(const std::string& method);
    const Space* find(const std::string& method) const;
    /// Makes the scatters those of `methods`, in order, reusing the ones that stay.
    void setMethods(const std::vector<std::string>& methods, const std::string& baseline);
    void updateTitles(Space& space);
    /// The plane `space` is drawn in, refitted to its embedding, and its titles to match.
    void fitPlane(Space& space);
    /// The rows drawn of `rows` (all of them up to kMaxDrawnPoints).
    Eigen::MatrixXd drawnRows(const Eigen::MatrixXd& all) const;
    std::vector<int> drawnLabels(const std::vector<int>& all) const;
    void updateNotes();
    /// `space`'s coordinates as drawn: in its plane, then mapped onto the baseline's (rotation,
    /// reflection, scale and shift) when aligning. `centers` follow suit.
    Eigen::MatrixXd forDisplay(const Space& space, const Eigen::MatrixXd& points,
                               Eigen::MatrixXd* centers) const;
    bool aligning(const Space& space) const;
    /// A run or result of `config` comes: when its data settings differ from the shown ones',
    /// the scatters' zoom goes back to the opening view (the same data keep it).
    void resetZoomIfNewData(const Config& config);
    void redraw(Space& space);
    void redrawAll();
    /// Aligned, the scatters fit the union of their extents, so they share their axis
    /// ranges; otherwise each fits its own. `force`: refit even if nothing left the view.
    void shareRanges(bool force);
    /// Hands what arrived since the last frame to the loss chart and the scatters.
    void flushUpdates();
    void applySnapshot(Space& space);
    void showTrainingWarnings(const std::vector<TrainingWarning>& warnings);

    /// How one method's replay frames are drawn: mapped onto its final embedding as shown,
    /// inside `box` (every frame's extent).
    struct ReplayView {
        std::string method;
        const MethodReplay* replay = nullptr;
        Similarity toShown;
        AxisBox box;
    };
    /// m_replayViews for the scatters as they are drawn now.
    void prepareReplay();
    /// Axes fixed for the replay: each replayed view's box, shared where views are aligned.
    void fixReplayRanges();
    /// Back from a replay frame to the finished result.
    void showFinalFrame();
    /// After a control redrew the scatters: the replay frame again, mapped anew.
    void refreshReplayFrame();

    LatentViewControls* m_controls;
    LossChartView* m_loss;
    MetricsTableView* m_metrics;
    InfoBar* m_trainingWarnings;  ///< the training diagnostics, over the trained method's plot
    PlotOverlay* m_warningsPlace = nullptr;
    LatentSpacesLayout* m_layout;
    RowSelection* m_selection;
    LinkedScatters* m_links;
    std::vector<Space> m_spaces;
    std::string m_baseline;
    QString m_runName;
    QByteArray m_dataKey;  ///< the data settings of the points shown (config.json's "data")

    std::shared_ptr<const Dataset> m_data;
    std::vector<int> m_drawn;  ///< subsample of rows drawn; empty = all rows

    UpdateThrottle* m_throttle;
    struct EpochLoss {
        int epoch;
        double loss, validation;
    };
    std::vector<EpochLoss> m_pendingLoss;

    ReplayTimeline* m_timeline;
    LossCursor* m_lossCursor;
    std::shared_ptr<const Replay> m_replay;
    std::vector<ReplayView> m_replayViews;  ///< while a replay frame is on screen
    int m_replayFrame = -1;
};

}  // namespace latentlab::gui
