// Owns the worker thread and the run lifecycle: start (stopping any run in progress),
// stop, pause, step, and a debounced "live" restart. Signals of superseded runs are
// dropped here, so the views only ever hear about the current run.
#pragma once

#include "PipelineWorker.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace latentlab::gui {

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;  // stops the run and joins the thread

    void start(const Config& config, std::shared_ptr<const Dataset> data = nullptr,
               double epochsPerSecond = 0.0);
    /// Restarts after `delayMs` unless another call comes first (Live mode).
    void startDebounced(const Config& config, std::shared_ptr<const Dataset> data,
                        double epochsPerSecond, int delayMs = 250);
    void stop();
    void setPaused(bool paused);
    /// Runs one epoch and pauses again; starts a paused run if none is going.
    void step(const Config& config, std::shared_ptr<const Dataset> data,
              double epochsPerSecond = 0.0);
    /// The config of the run started last (the one running, if any).
    const Config& currentConfig() const { return m_currentConfig; }

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_worker->isPaused(); }
    /// Stops the worker and waits at most `timeoutMs` for the thread to finish; the
    /// destructor waits as long as it takes.
    bool shutdown(int timeoutMs = 1000);

signals:
    /// A run begins with `config` (the settings as asked; the views reset here, whichever
    /// of Run, Step or Live started it). Signals of the run before it no longer arrive.
    void started(const latentlab::Config& config);
    void stageChanged(const QString& name);
    void progressChanged(double fraction);
    void dataReady(std::shared_ptr<const latentlab::Dataset> data);
    /// `method` starts fitting and will report `steps` steps (0: none).
    void methodStarted(const QString& method, int steps);
    /// `method`'s final embedding, before clustering.
    void embeddingReady(const QString& method, std::shared_ptr<const Eigen::MatrixXd> embedding);
    /// `validationLoss` is NaN without held-out rows.
    void epochFinished(int epoch, double loss, double validationLoss);
    /// `method`'s embedding while it optimises (at most ten a second).
    void snapshot(const QString& method, int step, std::shared_ptr<const Eigen::MatrixXd> points);
    void dataLoaded(std::shared_ptr<const latentlab::Dataset> data);
    void dataImported(const QString& summary, const QString& missing);
    /// The run's file could not be read; failed() follows with the message.
    void importFailed();
    /// Just before finished(): the run's training replay (empty when nothing animated).
    void replayReady(std::shared_ptr<const latentlab::Replay> replay);
    void finished(std::shared_ptr<const latentlab::Result> result);
    void failed(const QString& message);
    void cancelled();
    void pausedChanged(bool paused);
    /// Emitted whenever isRunning() changes.
    void runningChanged(bool running);

private:
    void launch(const Config& config, std::shared_ptr<const Dataset> data, double epochsPerSecond,
                bool paused);
    void setRunning(bool running);
    void connectWorker();

    QThread m_thread;
    PipelineWorker* m_worker;
    QTimer m_debounce;
    PipelineJob m_pending;
    int m_currentJob = 0;
    Config m_currentConfig;
    bool m_running = false;
};

}  // namespace latentlab::gui
