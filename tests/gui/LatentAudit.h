// Whether the latent spaces tab shows one run: idle, both scatters, the loss curve and the
// metrics table are the finished result's (or all empty without one); while a run goes, the
// curve is exactly that run's epochs 1..n so far, the metrics wait for its end, and each
// scatter shows the run's own points or is marked as the previous run's.
#pragma once

#include "Result.h"

#include <QString>

class RunRecorder;

namespace latentlab::gui {
class MainWindow;
class ScatterView;
}  // namespace latentlab::gui

class LatentAudit {
public:
    LatentAudit(const latentlab::gui::MainWindow& window, const RunRecorder& recorder)
        : m_window(window), m_recorder(recorder) {}

    /// What is wrong on the tab now; empty when it is consistent.
    QString check() const;

private:
    QString checkIdle(const latentlab::Result* result) const;
    QString checkRunning() const;
    QString checkLoss(const std::vector<std::pair<int, double>>& expected, bool whole) const;
    QString checkMetrics(const latentlab::Result* result) const;
    /// Whether the scatter shows `drawn` (any one of them), the labels and the clusters.
    QString checkScatter(const latentlab::gui::ScatterView* view, const char* name,
                         const std::vector<Eigen::MatrixXd>& drawn, bool fitted,
                         const std::vector<int>& labels,
                         const latentlab::KMeansResult* clustering) const;
    /// Whether the AE scatter is drawn mapped onto `pca` (the "Align AE to PCA" box).
    bool aligning(const Eigen::MatrixXd& latent, const Eigen::MatrixXd& pca) const;
    /// The points the AE scatter may draw for `latent`: a latent wider than two through its
    /// principal plane, each axis either way (the window keeps a training run's signs from
    /// frame to frame), then, when aligning, fitted onto `pca`'s first columns.
    std::vector<Eigen::MatrixXd> learnedDrawn(const Eigen::MatrixXd& latent,
                                              const Eigen::MatrixXd* pca, bool* fitted) const;

    const latentlab::gui::MainWindow& m_window;
    const RunRecorder& m_recorder;
};
