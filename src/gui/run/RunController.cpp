#include "RunController.h"

#include "BackgroundPriority.h"

namespace latentlab::gui {

RunController::RunController(QObject* parent) : QObject(parent), m_worker(new PipelineWorker) {
    m_thread.setObjectName(QStringLiteral("pipeline"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [] { runBelowTheInterface(); });
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { start(m_pending.config, m_pending.data, m_pending.epochsPerSecond); });
    connectWorker();
}

RunController::~RunController() {
    // Destroying a running QThread aborts the program. Every stage of the core polls for a
    // stop at short intervals (epochs, silhouette blocks), so waiting here is brief even when
    // the window's own shutdown() gave up waiting.
    if (!shutdown()) m_thread.wait();
}

void RunController::connectWorker() {
    // Each forwarder drops signals of jobs that have been superseded.
    auto current = [this](int job) { return job == m_currentJob; };
    connect(m_worker, &PipelineWorker::stageChanged, this, [=](int job, int, const QString& name) {
        if (current(job)) emit stageChanged(name);
    });
    connect(m_worker, &PipelineWorker::progressChanged, this, [=](int job, double fraction) {
        if (current(job)) emit progressChanged(fraction);
    });
    connect(m_worker, &PipelineWorker::dataAvailable, this, [=](int job, auto data) {
        if (current(job)) emit dataReady(data);
    });
    connect(m_worker, &PipelineWorker::methodBegan, this,
            [=](int job, const QString& method, int steps) {
                if (current(job)) emit methodStarted(method, steps);
            });
    connect(m_worker, &PipelineWorker::embeddingAvailable, this,
            [=](int job, const QString& method, auto embedding) {
                if (current(job)) emit embeddingReady(method, embedding);
            });
    connect(m_worker, &PipelineWorker::epochCompleted, this,
            [=](int job, int epoch, double loss, double validationLoss) {
                if (current(job)) emit epochFinished(epoch, loss, validationLoss);
            });
    connect(m_worker, &PipelineWorker::snapshot, this,
            [=](int job, const QString& method, int step, auto points) {
                if (current(job)) emit snapshot(method, step, points);
            });
    connect(m_worker, &PipelineWorker::dataLoaded, this, [=](int job, auto data) {
        if (current(job)) emit dataLoaded(data);
    });
    connect(m_worker, &PipelineWorker::dataImported, this,
            [=](int job, const QString& summary, const QString& missing) {
                if (current(job)) emit dataImported(summary, missing);
            });
    connect(m_worker, &PipelineWorker::importFailed, this, [=](int job) {
        if (current(job)) emit importFailed();
    });
    connect(m_worker, &PipelineWorker::pausedChanged, this, [=](int job, bool paused) {
        if (current(job)) emit pausedChanged(paused);
    });
    connect(m_worker, &PipelineWorker::replayRecorded, this, [=](int job, auto replay) {
        if (current(job)) emit replayReady(replay);
    });
    connect(m_worker, &PipelineWorker::finished, this, [=](int job, auto result) {
        if (!current(job)) return;
        setRunning(false);
        emit finished(result);
    });
    connect(m_worker, &PipelineWorker::failed, this, [=](int job, const QString& message) {
        if (!current(job)) return;
        setRunning(false);
        emit failed(message);
    });
    connect(m_worker, &PipelineWorker::cancelled, this, [=](int job) {
        if (!current(job)) return;
        setRunning(false);
        emit cancelled();
    });
}

void RunController::start(const Config& config, std::shared_ptr<const Dataset> data,
                          double epochsPerSecond) {
    launch(config, std::move(data), epochsPerSecond, false);
}

void RunController::launch(const Config& config, std::shared_ptr<const Dataset> data,
                           double epochsPerSecond, bool paused) {
    m_debounce.stop();
    if (m_running) m_worker->requestStop();  // the old job ends at its next check
    // Before the job is queued: the worker may get through epochs while `started` is handled.
    m_worker->setPaused(paused);
    PipelineJob job;
    job.id = ++m_currentJob;
    m_currentConfig = config;
    job.config = config;
    job.data = std::move(data);
    job.epochsPerSecond = epochsPerSecond;
    setRunning(true);
    emit started(config);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->run(job); }, Qt::QueuedConnection);
}

void RunController::startDebounced(const Config& config, std::shared_ptr<const Dataset> data,
                                   double epochsPerSecond, int delayMs) {
    m_pending.config = config;
    m_pending.data = std::move(data);
    m_pending.epochsPerSecond = epochsPerSecond;
    m_debounce.start(delayMs);
}

void RunController::stop() {
    m_debounce.stop();
    if (m_running) m_worker->requestStop();
}

void RunController::setPaused(bool paused) {
    if (m_running) m_worker->setPaused(paused);
}

void RunController::step(const Config& config, std::shared_ptr<const Dataset> data,
                         double epochsPerSecond) {
    if (!m_running) launch(config, std::move(data), epochsPerSecond, true);
    m_worker->stepOneEpoch();
}

bool RunController::shutdown(int timeoutMs) {
    if (!m_thread.isRunning()) return true;
    m_debounce.stop();
    ++m_currentJob;  // nothing more reaches the views
    m_worker->requestStop();
    m_worker->setPaused(false);
    m_thread.quit();
    return m_thread.wait(timeoutMs);
}

void RunController::setRunning(bool running) {
    if (m_running == running) return;
    m_running = running;
    emit runningChanged(running);
}

}  // namespace latentlab::gui
