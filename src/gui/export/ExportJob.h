// One Export all: its files come from a snapshot (the result and the metrics table's text when
// it starts, every vector chart recorded as a QPicture in its first few event-loop turns) and
// are written one after another on a worker thread. What only the GUI thread can draw (the
// OpenGL 3-D view) is drawn there, one piece per turn. A chart whose view has moved on before
// it was recorded (another result shown, a run started) ends the job as a failure naming it.
// With a training replay, animation.gif comes last (painted and encoded on the worker too).
// Progress names each file; cancel() stops between files; the first failure ends the job.
// finished() comes exactly once, always from the event loop (never from inside start()).
//
//   auto* job = new ExportJob(plan, this);
//   connect(job, &ExportJob::finished, this, [](const ExportOutcome& outcome) { ... });
//   job->start();
#pragma once

#include "RecordedChart.h"
#include "Replay.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace latentlab::gui {

struct ExportOutcome {
    enum class Status { Done, Cancelled, Failed };
    Status status = Status::Done;
    QString folder;
    QStringList written;  ///< complete files, in the order they were written
    int total = 0;        ///< files the export would have written
    QString error;        ///< Failed: what went wrong, naming the file
    double seconds = 0.0;

    bool ok() const { return status == Status::Done; }
    /// One line for the status bar ("Exported 28 files to /x").
    QString summary() const;
};

class ExportJob : public QObject {
    Q_OBJECT
public:
    struct Chart {
        QPointer<QWidget> view;
        QString baseName;
    };
    struct Plan {
        QString folder;
        std::shared_ptr<const Result> result;
        std::vector<Chart> charts;             ///< in the order their files are written
        QString metricsTableCsv;               ///< metrics_table.csv; none if empty
        std::shared_ptr<const Replay> replay;  ///< of `result`: animation.gif; none if null
        /// Small files of other parts of the window (k sweep, repeats), written when the job
        /// starts so they belong to the same moment; each returns the names it wrote.
        std::vector<std::function<QStringList(const QString&)>> fileWriters;
        /// Whether the window still shows `result`; checked before each drawing.
        std::function<bool()> resultShown;
        /// Whether a run has started since the export did (it resets the latent spaces tab's
        /// charts at once); checked before each chart is recorded.
        std::function<bool()> runBegun;
        double scale = 2.0;
    };

    explicit ExportJob(Plan plan, QObject* parent = nullptr);
    /// Waits for the file being written (files are whole or absent, never half).
    ~ExportJob() override;

    /// Takes the snapshot and queues the files; returns at once.
    void start();
    /// Stops after the file being written. A plain method, not a slot: it only sets a flag
    /// the worker reads, so it never waits behind the worker.
    void cancel();
    bool isFinished() const { return m_finished; }
    /// Every chart has been recorded or drawn: nothing later on screen can reach the files.
    bool isDrawn() const { return m_started && m_gui.empty(); }
    int total() const { return m_total; }
    int writtenCount() const { return int(m_written.size()); }
    const QString& folder() const { return m_plan.folder; }

signals:
    /// Before each file (`file` names it) and after the last; `written` of `total` done.
    void progressChanged(int written, int total, const QString& file);
    void finished(const latentlab::gui::ExportOutcome& outcome);

private:
    /// One write on the worker; `write` throws latentlab::Error naming the file.
    struct DiskTask {
        QStringList files;
        QString label;
        std::function<void()> write;
    };
    /// Work on the GUI thread (recording a chart, a few milliseconds): steps share a turn up
    /// to kSliceMs.
    struct GuiStep {
        QString file;
        std::function<void()> run;
        bool checked = true;  ///< draws from the views: check first that they still fit
    };
    struct TaskResult {
        bool ran = false;
        QString error;
    };

    void queueChart(const Chart& chart);
    /// animation.gif of the plan's replay, behind every other file.
    void queueAnimation();
    void queueDisk(const QString& file, std::function<void()> write);
    /// Runs GUI steps for one turn's worth of time and schedules the next turn.
    void nextGuiSlice();
    /// Why `step` may no longer draw (the views moved on), else empty.
    QString staleReason(const GuiStep& step) const;
    void pumpDisk();
    void diskTaskEnded();
    void end(ExportOutcome::Status status, const QString& error = {});
    void emitFinished();

    Plan m_plan;
    std::deque<DiskTask> m_disk;
    std::deque<GuiStep> m_gui;
    DiskTask m_current;
    bool m_writing = false;
    QThreadPool m_pool;  ///< one thread: files are written in order, replays never overlap
    QFutureWatcher<TaskResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QStringList m_written;
    int m_total = 0;
    bool m_started = false;
    bool m_ending = false;
    bool m_finished = false;
    ExportOutcome::Status m_status = ExportOutcome::Status::Done;
    QString m_error;
    QElapsedTimer m_clock;
};

}  // namespace latentlab::gui

Q_DECLARE_METATYPE(latentlab::gui::ExportOutcome)
