// Runs the core pipeline on its own QThread and reports through queued signals: stage,
// progress, each method's start and final embedding, per-epoch loss, throttled snapshots of
// every animating method (the AE, UMAP, t-SNE) while it optimises, the result (after the
// training replay a ReplayRecorder kept on this thread) or an error. Stop,
// pause and step are plain thread-safe methods, not slots: a queued slot would wait behind the busy
// worker.
//
//   auto* worker = new PipelineWorker;            // moved to its thread by RunController
//   QMetaObject::invokeMethod(worker, [=] { worker->run(job); });
//   worker->requestStop();                         // from the GUI thread, any time
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "DatasetLoader.h"
#include "PipelineObserver.h"
#include "Replay.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace latentlab::gui {

/// What to run: a config and, for file data, the table if already loaded (null: the
/// worker reads config.data.path itself, or generates blobs).
struct PipelineJob {
    int id = 0;  ///< echoed in every signal so late signals of a stopped run can be ignored
    Config config;
    std::shared_ptr<const Dataset> data;
    double epochsPerSecond = 0.0;  ///< 0: as fast as possible; else paced for watching
};

class PipelineWorker : public QObject, private PipelineObserver {
    Q_OBJECT
public:
    explicit PipelineWorker(QObject* parent = nullptr);

    /// Runs the job in the calling (worker) thread; emits finished, failed or cancelled.
    void run(const PipelineJob& job);

    // Thread-safe controls, callable from any thread while run() is busy.
    void requestStop();
    void setPaused(bool paused);
    /// While paused: let exactly one more epoch run, then pause again.
    void stepOneEpoch();
    bool isPaused() const { return m_paused.load(); }

    /// progressChanged's fraction while a step cannot tell how far it is (reading a file).
    static constexpr double kBusy = -1.0;
    /// Snapshots are sent at most this often (an animated scatter's frame rate).
    static constexpr int kSnapshotIntervalMs = 100;

signals:
    void stageChanged(int jobId, int stage, const QString& name);
    /// `fraction` 0..1, or kBusy.
    void progressChanged(int jobId, double fraction);
    /// The run's table (before scaling), as soon as it exists.
    void dataAvailable(int jobId, std::shared_ptr<const latentlab::Dataset> data);
    /// `method` (a MethodRegistry name) starts fitting; `steps` it will report (0: none).
    void methodBegan(int jobId, const QString& method, int steps);
    /// `method`'s final embedding, as soon as it is fitted (before clustering).
    void embeddingAvailable(int jobId, const QString& method,
                            std::shared_ptr<const Eigen::MatrixXd> embedding);
    /// A step with a loss (the autoencoder's epochs); `validationLoss` NaN without held-out rows.
    void epochCompleted(int jobId, int epoch, double loss, double validationLoss);
    /// `method`'s embedding after `step` of its optimisation, at most every kSnapshotIntervalMs.
    void snapshot(int jobId, const QString& method, int step,
                  std::shared_ptr<const Eigen::MatrixXd> embedding);
    /// A file job's table, once read, so the caller can reuse it for the next run.
    void dataLoaded(int jobId, std::shared_ptr<const latentlab::Dataset> data);
    /// After dataLoaded: what the import did (ImportReport's summary and missingSummary).
    void dataImported(int jobId, const QString& summary, const QString& missing);
    /// Reading the job's file failed (failed() follows with the message).
    void importFailed(int jobId);
    /// Just before finished(): the run's training replay, aligned (empty: nothing animated).
    void replayRecorded(int jobId, std::shared_ptr<const latentlab::Replay> replay);
    void finished(int jobId, std::shared_ptr<const latentlab::Result> result);
    void failed(int jobId, const QString& message);
    void cancelled(int jobId);
    void pausedChanged(int jobId, bool paused);

private:
    // PipelineObserver, called in the worker thread.
    void stageStarted(Stage stage) override;
    void progress(double fraction) override;
    void dataReady(const Dataset& data) override;
    void methodStarted(const std::string& method) override;
    bool wantsSnapshot(const std::string& method, int step) override;
    void validationMeasured(int epoch, double loss) override;
    void stepFinished(const std::string& method, int step, double loss,
                      const Eigen::MatrixXd* embedding) override;
    void embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) override;
    bool shouldStop() override;

    /// Says which step of loading the job's data has begun (stage name, busy progress).
    void reportLoadStep(const DataConfig& config, io::LoadStep step);
    void waitWhilePaused();
    /// Holds the worker until 1 / epochsPerSecond has passed since the previous epoch.
    void pace();

    int m_jobId = 0;
    Config m_config;
    long long m_rows = 0;       ///< of the run's table, once known (UMAP's epochs depend on it)
    int m_steps = 0;            ///< of the method fitting now
    bool m_paced = false;       ///< the method fitting now reports epochs with a loss
    int m_validationEpoch = 0;  ///< the epoch m_validationLoss belongs to
    double m_validationLoss = 0.0;
    double m_epochsPerSecond = 0.0;
    QElapsedTimer m_sinceSnapshot;
    QElapsedTimer m_sinceEpoch;
    bool m_inTraining = false;  ///< an animating method is optimising: pause holds here
    /// This worker asked for the step's embedding (the replay's recorder asks more often):
    /// only then does it go to the views.
    bool m_snapshotDue = false;

    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_paused{false};
    std::atomic<int> m_stepsAllowed{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

}  // namespace latentlab::gui

Q_DECLARE_METATYPE(std::shared_ptr<const latentlab::Result>)
Q_DECLARE_METATYPE(std::shared_ptr<const Eigen::MatrixXd>)
Q_DECLARE_METATYPE(std::shared_ptr<const latentlab::Dataset>)
Q_DECLARE_METATYPE(std::shared_ptr<const latentlab::Replay>)
