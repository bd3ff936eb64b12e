#include "AnimationJob.h"

#include "Animation.h"
#include "Errors.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace latentlab::gui {

AnimationJob::AnimationJob(QString path, std::shared_ptr<const Result> result,
                           std::shared_ptr<const Replay> replay, QObject* parent)
    : QObject(parent),
      m_path(std::move(path)),
      m_result(std::move(result)),
      m_replay(std::move(replay)) {
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome ended = m_watcher.result();
        ExportOutcome outcome;
        outcome.folder = m_path;
        outcome.total = 1;
        outcome.seconds = m_clock.nsecsElapsed() / 1e9;
        outcome.error = ended.error;
        if (!ended.error.isEmpty())
            outcome.status = ExportOutcome::Status::Failed;
        else if (!ended.written)
            outcome.status = ExportOutcome::Status::Cancelled;
        else
            outcome.written << QFileInfo(m_path).fileName();
        emit finished(outcome);
    });
}

AnimationJob::~AnimationJob() {
    m_stop->store(true);
    m_pool.waitForDone();
}

void AnimationJob::start() {
    m_clock.start();
    const QString path = m_path;
    const auto result = m_result;
    const auto replay = m_replay;
    const auto stop = m_stop;
    // The destructor waits for the worker, so `this` outlives it; a progress event still
    // queued when the job is deleted is dropped with it.
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [=]() -> Outcome {
        report::AnimationCallbacks callbacks;
        callbacks.cancelled = [stop] { return stop->load(); };
        callbacks.progress = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressChanged(done, total); },
                Qt::QueuedConnection);
        };
        Outcome outcome;
        try {
            if (!result || !replay) throw Error("nothing to animate: run first");
            report::writeAnimation(report::animationInput(*replay, *result), path, {}, callbacks);
            outcome.written = true;
        } catch (const Cancelled&) {
        } catch (const std::exception& failure) {
            outcome.error = QString::fromUtf8(failure.what());
        }
        return outcome;
    }));
}

void AnimationJob::cancel() { m_stop->store(true); }

}  // namespace latentlab::gui
