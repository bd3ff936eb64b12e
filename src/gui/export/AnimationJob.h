// File → Export animation…: one training replay painted and encoded as GIF or MP4 (by the
// file's suffix) on a worker thread, with progress per frame and cancel between frames; the
// file is whole or absent (writeAnimation renames it into place when complete).
// finished() comes exactly once, from the event loop.
//
//   auto* job = new AnimationJob(path, result, replay, this);
//   connect(job, &AnimationJob::finished, this, [](const ExportOutcome& outcome) { ... });
//   job->start();
#pragma once

#include "ExportJob.h"
#include "Replay.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace latentlab::gui {

class AnimationJob : public QObject {
    Q_OBJECT
public:
    AnimationJob(QString path, std::shared_ptr<const Result> result,
                 std::shared_ptr<const Replay> replay, QObject* parent = nullptr);
    /// Stops the encoder at its next frame and waits for it.
    ~AnimationJob() override;

    void start();
    /// Stops before the next frame. A plain method: it only sets a flag the worker polls.
    void cancel();
    const QString& path() const { return m_path; }
    int frameCount() const { return m_replay ? m_replay->frameCount() : 0; }

signals:
    /// After each frame: `done` of `total`.
    void progressChanged(int done, int total);
    /// `outcome.folder` is the file's path; `written` holds its name when it was written.
    void finished(const latentlab::gui::ExportOutcome& outcome);

private:
    struct Outcome {
        bool written = false;
        QString error;
    };

    QString m_path;
    std::shared_ptr<const Result> m_result;
    std::shared_ptr<const Replay> m_replay;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QElapsedTimer m_clock;
};

}  // namespace latentlab::gui
