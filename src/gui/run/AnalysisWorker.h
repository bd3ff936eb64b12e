// Runs the follow-up analyses of a result on its own QThread — the k sweep, Leiden's
// resolution sweep and the repeated seeds — and reports through queued signals: progress with a
// line of text, the result, an error or "cancelled". Stop is a plain thread-safe method, not a
// slot: a queued slot would wait behind the busy worker.
//
//   auto* worker = new AnalysisWorker;        // moved to its thread by AnalysisController
//   QMetaObject::invokeMethod(worker, [=] { worker->sweep(job); });
//   worker->requestStop(job.id);              // from the GUI thread, any time
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "KSweep.h"
#include "PipelineObserver.h"
#include "Repeats.h"
#include "ResolutionSweep.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace latentlab::gui {

/// sweepK on a finished result, k = kMin … kMax.
struct SweepJob {
    int id = 0;  ///< echoed in every signal so late signals of a superseded job can be ignored
    std::shared_ptr<const Result> result;
    int kMin = 2;
    int kMax = 15;
};

/// sweepResolution on a finished result clustered by Leiden, at `resolutions` (from
/// resolutionRange, so already checked).
struct ResolutionSweepJob {
    int id = 0;
    std::shared_ptr<const Result> result;
    std::vector<double> resolutions;
};

/// runRepeats on a config; `data` is the loaded table for file data (null: the worker reads
/// config.data.path itself, or each repeat generates its blobs).
struct RepeatsJob {
    int id = 0;
    Config config;
    std::shared_ptr<const Dataset> data;
    int repeats = 10;
};

class AnalysisWorker : public QObject, private PipelineObserver {
    Q_OBJECT
public:
    explicit AnalysisWorker(QObject* parent = nullptr);

    // Run in the calling (worker) thread; each emits exactly one of finished / failed /
    // cancelled with the job's id.
    void sweep(const SweepJob& job);
    void sweepResolutions(const ResolutionSweepJob& job);
    void repeat(const RepeatsJob& job);

    /// Thread-safe: every job with an id up to `jobId` stops at its next check.
    void requestStop(int jobId);

    /// Progress signals are sent at most this often (plus whenever the text changes).
    static constexpr int kProgressIntervalMs = 50;

signals:
    void progressChanged(int jobId, double fraction, const QString& text);
    void sweepFinished(int jobId, std::shared_ptr<const latentlab::KSweep> sweep);
    void resolutionSweepFinished(int jobId,
                                 std::shared_ptr<const latentlab::ResolutionSweep> sweep);
    void repeatsFinished(int jobId, std::shared_ptr<const latentlab::RepeatsResult> repeats);
    void failed(int jobId, const QString& message);
    void cancelled(int jobId);

private:
    // PipelineObserver, called in the worker thread.
    void stageStarted(Stage stage) override;
    void progress(double fraction) override;
    bool shouldStop() override;

    void begin(int jobId);
    /// Runs `work`, turning the core's exceptions into failed / cancelled.
    template <typename Work>
    void guarded(Work&& work);
    void report(double fraction, bool force);

    int m_jobId = 0;
    // What the progress text says: the swept range ("k = 2…15") and how many values it has
    // for a sweep, else the repeat count.
    QString m_sweptRange;
    int m_sweptCount = 0;
    int m_repeats = 0;
    int m_repeat = 0;  ///< 1-based, counted from each pipeline's first stage
    Stage m_firstStage = Stage::Generate;
    QString m_stage;
    QString m_lastText;
    QElapsedTimer m_sinceReport;

    std::atomic<int> m_stopUpTo{0};
};

}  // namespace latentlab::gui

Q_DECLARE_METATYPE(std::shared_ptr<const latentlab::KSweep>)
Q_DECLARE_METATYPE(std::shared_ptr<const latentlab::RepeatsResult>)
Q_DECLARE_METATYPE(std::shared_ptr<const latentlab::ResolutionSweep>)
