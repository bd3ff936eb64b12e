// What the run in progress has sent so far, heard from the RunController as the views hear
// it: its settings, data, PCA embedding, every epoch's loss and every training snapshot.
// The audit compares the screen with it. Checks as it listens: epochs come 1, 2, 3, ... and
// a finished result carries exactly the losses, data and PCA the run reported on the way.
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "Result.h"

#include <Eigen/Core>
#include <QObject>
#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace latentlab::gui {
class RunController;
}

class RunRecorder : public QObject {
    Q_OBJECT
public:
    explicit RunRecorder(latentlab::gui::RunController* runs, QObject* parent = nullptr);

    /// Settings of the run in progress or of the last one (as RunController::started gave).
    const latentlab::Config& config() const { return m_config; }
    std::shared_ptr<const latentlab::Dataset> data() const { return m_data; }
    std::shared_ptr<const Eigen::MatrixXd> pca() const { return m_pca; }
    /// The autoencoder's fitted embedding, once reported (null before).
    std::shared_ptr<const Eigen::MatrixXd> autoencoder() const { return m_autoencoder; }
    /// (epoch, loss) in arrival order.
    const std::vector<std::pair<int, double>>& losses() const { return m_losses; }
    /// Every snapshot of this run, oldest first.
    const std::vector<std::shared_ptr<const Eigen::MatrixXd>>& snapshots() const {
        return m_snapshots;
    }
    int runsStarted() const { return m_started; }
    int runsFinished() const { return m_finished; }
    int runsStopped() const { return m_cancelled; }
    int runsFailed() const { return m_failed; }

    /// The first inconsistency heard, empty if none.
    const QString& problem() const { return m_problem; }

private:
    void begin(const latentlab::Config& config);
    void finish(const std::shared_ptr<const latentlab::Result>& result);
    void complain(const QString& what);

    latentlab::Config m_config;
    std::shared_ptr<const latentlab::Dataset> m_data;
    std::shared_ptr<const Eigen::MatrixXd> m_pca;
    std::shared_ptr<const Eigen::MatrixXd> m_autoencoder;
    std::vector<std::pair<int, double>> m_losses;
    std::vector<std::shared_ptr<const Eigen::MatrixXd>> m_snapshots;
    int m_started = 0;
    int m_finished = 0;
    int m_cancelled = 0;
    int m_failed = 0;
    QString m_problem;
};
