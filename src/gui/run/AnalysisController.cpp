#include "AnalysisController.h"

#include "BackgroundPriority.h"

namespace latentlab::gui {

AnalysisController::AnalysisController(QObject* parent)
    : QObject(parent), m_worker(new AnalysisWorker) {
    m_thread.setObjectName(QStringLiteral("analysis"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [] { runBelowTheInterface(); });
    connectWorker();
}

AnalysisController::~AnalysisController() {
    ++m_currentJob;  // nothing more reaches the views
    m_worker->requestStop(m_currentJob);
    m_thread.quit();
    // The core checks for a stop between swept values and between epochs, so this is short.
    m_thread.wait();
}

void AnalysisController::connectWorker() {
    // Each forwarder drops signals of jobs that have been superseded or cancelled.
    auto current = [this](int job) { return job == m_currentJob && isBusy(); };
    connect(m_worker, &AnalysisWorker::progressChanged, this,
            [=](int job, double fraction, const QString& text) {
                if (current(job)) emit progressChanged(fraction, text);
            });
    connect(m_worker, &AnalysisWorker::sweepFinished, this, [=](int job, auto sweep) {
        if (!current(job)) return;
        setKind(Kind::None);
        emit sweepFinished(sweep);
    });
    connect(m_worker, &AnalysisWorker::resolutionSweepFinished, this, [=](int job, auto sweep) {
        if (!current(job)) return;
        setKind(Kind::None);
        emit resolutionSweepFinished(sweep);
    });
    connect(m_worker, &AnalysisWorker::repeatsFinished, this, [=](int job, auto repeats) {
        if (!current(job)) return;
        setKind(Kind::None);
        emit repeatsFinished(repeats);
    });
    connect(m_worker, &AnalysisWorker::failed, this, [=](int job, const QString& message) {
        if (!current(job)) return;
        setKind(Kind::None);
        emit failed(message);
    });
    connect(m_worker, &AnalysisWorker::cancelled, this, [=](int job) {
        if (!current(job)) return;
        setKind(Kind::None);
        emit cancelled();
    });
}

int AnalysisController::beginJob(Kind kind) {
    if (isBusy()) m_worker->requestStop(m_currentJob);  // ends at its next check
    setKind(kind);
    return ++m_currentJob;
}

void AnalysisController::startSweep(std::shared_ptr<const Result> result, int kMin, int kMax) {
    SweepJob job;
    job.id = beginJob(Kind::Sweep);
    job.result = std::move(result);
    job.kMin = kMin;
    job.kMax = kMax;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->sweep(job); }, Qt::QueuedConnection);
}

void AnalysisController::startResolutionSweep(std::shared_ptr<const Result> result,
                                              std::vector<double> resolutions) {
    ResolutionSweepJob job;
    job.id = beginJob(Kind::Sweep);
    job.result = std::move(result);
    job.resolutions = std::move(resolutions);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->sweepResolutions(job); },
        Qt::QueuedConnection);
}

void AnalysisController::startRepeats(const Config& config, std::shared_ptr<const Dataset> data,
                                      int repeats) {
    RepeatsJob job;
    job.id = beginJob(Kind::Repeats);
    job.config = config;
    job.data = std::move(data);
    job.repeats = repeats;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->repeat(job); }, Qt::QueuedConnection);
}

void AnalysisController::cancel() {
    if (!isBusy()) return;
    m_worker->requestStop(m_currentJob);
    ++m_currentJob;
    setKind(Kind::None);
    emit cancelled();
}

void AnalysisController::setKind(Kind kind) {
    if (m_kind == kind) return;
    m_kind = kind;
    emit busyChanged(kind);
}

}  // namespace latentlab::gui
