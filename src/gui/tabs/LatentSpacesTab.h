// The main comparison: PCA and autoencoder scatters side by side (coloured by true label,
// with k-means centres), the live loss curve and the metrics table (laid out by
// LatentSpacesLayout). Follows a run as it happens: data, then PCA, then AE snapshots while
// training, then the finished result.
#pragma once

#include "Dataset.h"
#include "LatentPlane.h"
#include "Result.h"

#include <QJsonObject>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSlider;

namespace latentlab::gui {

class InfoBar;
class LatentSpacesLayout;
class LossChartView;
class MetricsTableView;
class PlotOverlay;
class ScatterView;
class UpdateThrottle;

class LatentSpacesTab : public QWidget {
    Q_OBJECT
public:
    /// Scatters draw at most this many rows (a seeded subsample beyond it, labelled as such).
    static constexpr int kMaxDrawnPoints = 200'000;

    explicit LatentSpacesTab(QWidget* parent = nullptr);

    void beginRun(int epochs);
    void showData(std::shared_ptr<const Dataset> data);
    void showPca(const Eigen::MatrixXd& embedding);
    void showSnapshot(int epoch, const Eigen::MatrixXd& latent);
    /// `validationLoss` NaN: none held out.
    void appendLoss(int epoch, double loss, double validationLoss);
    /// The training diagnostics shown over the views (empty when there are none).
    /// Every training warning in full, with what to try (empty without warnings).
    QString trainingWarningText() const;
    void showResult(const Result& result);
    void clear();

    ScatterView* pcaScatter() const { return m_pcaScatter; }
    ScatterView* aeScatter() const { return m_aeScatter; }
    LossChartView* lossChart() const { return m_loss; }
    MetricsTableView* metricsTable() const { return m_metrics; }
    /// The "Show all points" toggle beside "Reset zoom" (objectName showAllPoints).
    QPushButton* showAllButton() const { return m_showAll; }
    /// The view controls (colour by, point size, opacity, alignment, show all, log loss),
    /// which sessions keep with the result.
    QJsonObject viewState() const;
    void setViewState(const QJsonObject& state);

private:
    void showTrainingWarnings(const std::vector<TrainingWarning>& warnings);
    static QString headlineOf(const TrainingWarning& warning);
    QWidget* buildViewControls();
    /// The rows drawn of `rows` (all of them up to kMaxDrawnPoints).
    Eigen::MatrixXd drawnRows(const Eigen::MatrixXd& all) const;
    std::vector<int> drawnLabels(const std::vector<int>& all) const;
    void updateSampleNote();
    /// The AE coordinates as drawn: in m_aePlane, then mapped onto the PCA embedding
    /// (rotation, reflection, scale and shift) when "Align AE to PCA" is on. `centers`
    /// (in the latent space) follow suit.
    Eigen::MatrixXd aeForDisplay(const Eigen::MatrixXd& latent, Eigen::MatrixXd* centers) const;
    bool aligning(const Eigen::MatrixXd& latent) const;
    /// The plane the AE scatter shows m_aeEmbedding in (its first two principal axes when
    /// wider than 2), and the scatter's titles to match.
    void fitAePlane();
    void redrawAe();
    /// Aligned, both scatters fit the union of their extents, so they share their axis
    /// ranges; otherwise each fits its own. `force`: refit even if nothing left the view.
    void shareRanges(bool force);
    /// Hands what arrived since the last frame to the loss chart and the AE scatter.
    void flushTrainingUpdates();
    void applySnapshot(int epoch, const Eigen::MatrixXd& latent);

    ScatterView* m_pcaScatter;
    ScatterView* m_aeScatter;
    LossChartView* m_loss;
    MetricsTableView* m_metrics;
    InfoBar* m_trainingWarnings;   ///< the training diagnostics, over the views
    PlotOverlay* m_warningsPlace;  ///< keeps them across the top of the AE plot
    LatentSpacesLayout* m_layout;
    QComboBox* m_colourBy = nullptr;
    QCheckBox* m_align = nullptr;
    QPushButton* m_showAll = nullptr;
    QSlider* m_pointSize = nullptr;
    QSlider* m_opacity = nullptr;
    Eigen::MatrixXd m_pcaEmbedding;  ///< all rows, the alignment's target
    Eigen::MatrixXd m_aeEmbedding;   ///< all rows as trained (last snapshot or result)
    LatentPlane m_aePlane;           ///< how m_aeEmbedding is drawn in two dimensions
    std::vector<int> m_aeClusters;
    Eigen::MatrixXd m_aeCenters;

    std::shared_ptr<const Dataset> m_data;
    std::vector<int> m_drawn;  ///< subsample of rows drawn; empty = all rows
    int m_epochs = 0;
    bool m_aeHasData = false;
    bool m_pcaPrevious = false;  ///< a run started and its PCA points have not come yet
    bool m_aePrevious = false;   ///< ... nor its first training snapshot

    UpdateThrottle* m_throttle;
    struct EpochLoss {
        int epoch;
        double loss, validation;
    };
    std::vector<EpochLoss> m_pendingLoss;
    Eigen::MatrixXd m_pendingLatent;
    int m_pendingEpoch = 0;  ///< 0: no snapshot waiting
};

}  // namespace latentlab::gui
