// Owns the analysis worker's thread and one job at a time: a k sweep, a resolution sweep
// (Leiden) or repeated seeds.
// Starting a job supersedes the one in progress; cancel() drops the current job at once
// (the worker stops at its next check and its late signals are ignored), so the views only
// ever hear about the job they asked for. The destructor stops the worker and joins.
//
//   controller->startSweep(window->result(), 2, 15);
//   connect(controller, &AnalysisController::sweepFinished, view, &KSweepView::setSweep);
#pragma once

#include "AnalysisWorker.h"

#include <QObject>
#include <QThread>

namespace latentlab::gui {

class AnalysisController : public QObject {
    Q_OBJECT
public:
    /// Sweep: of k or, for a result clustered by Leiden, of the resolution.
    enum class Kind { None, Sweep, Repeats };
    Q_ENUM(Kind)

    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    void startSweep(std::shared_ptr<const Result> result, int kMin, int kMax);
    /// Leiden at each of `resolutions` (from resolutionRange) in every space of `result`.
    void startResolutionSweep(std::shared_ptr<const Result> result,
                              std::vector<double> resolutions);
    void startRepeats(const Config& config, std::shared_ptr<const Dataset> data, int repeats);
    /// Drops the current job now (emits cancelled() if there was one) and tells the worker
    /// to stop; nothing more of that job is emitted.
    void cancel();

    bool isBusy() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }

signals:
    /// Emitted whenever kind() changes (None when idle).
    void busyChanged(latentlab::gui::AnalysisController::Kind kind);
    void progressChanged(double fraction, const QString& text);
    void sweepFinished(std::shared_ptr<const latentlab::KSweep> sweep);
    void resolutionSweepFinished(std::shared_ptr<const latentlab::ResolutionSweep> sweep);
    void repeatsFinished(std::shared_ptr<const latentlab::RepeatsResult> repeats);
    void failed(const QString& message);
    void cancelled();

private:
    int beginJob(Kind kind);
    void setKind(Kind kind);
    void connectWorker();

    QThread m_thread;
    AnalysisWorker* m_worker;
    int m_currentJob = 0;
    Kind m_kind = Kind::None;
};

}  // namespace latentlab::gui
