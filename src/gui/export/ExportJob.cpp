#include "ExportJob.h"

#include "Animation.h"
#include "Errors.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "RunFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace latentlab::gui {

namespace {
// Between two drawings on the GUI thread: long enough that input, painting and every timer
// that fell due get their turn first (a zero timer would often run straight after).
constexpr int kTurnGapMs = 10;
// A turn keeps recording charts until it has taken this long (a 30,000-point scatter records
// in ~40 ms, most charts in 1-20 ms).
constexpr qint64 kSliceMs = 25;
}  // namespace

QString ExportOutcome::summary() const {
    const QString where = QDir::toNativeSeparators(folder);
    const auto tr = [](const char* text) { return QCoreApplication::translate("ExportJob", text); };
    switch (status) {
        case Status::Done:
            return tr("Exported %1 files to %2").arg(written.size()).arg(where);
        case Status::Cancelled:
            return tr("Export cancelled: %1 of %2 files written to %3")
                .arg(written.size())
                .arg(total)
                .arg(where);
        case Status::Failed:
            break;
    }
    return tr("Export failed after %1 of %2 files: %3").arg(written.size()).arg(total).arg(error);
}

ExportJob::ExportJob(Plan plan, QObject* parent) : QObject(parent), m_plan(std::move(plan)) {
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<TaskResult>::finished, this, &ExportJob::diskTaskEnded);
}

ExportJob::~ExportJob() {
    m_stop->store(true);
    m_pool.waitForDone();
}

void ExportJob::start() {
    m_clock.start();
    m_started = true;
    const QString folder = m_plan.folder;
    const std::shared_ptr<const Result> result = m_plan.result;
    m_disk.push_back({io::RunFolder::fileNames(), tr("the run files (config.json … metrics.json)"),
                      [folder, result] { io::RunFolder(folder).write(*result); }});
    m_total = int(io::RunFolder::fileNames().size());
    for (const Chart& chart : m_plan.charts) {
        if (!chart.view) continue;
        queueChart(chart);
        m_total += 2;
    }
    if (!m_plan.metricsTableCsv.isEmpty()) {
        // Queued behind the charts, so the files are written in the order they always were.
        const QString name = QStringLiteral("metrics_table.csv");
        const QString path = QDir(folder).filePath(name);
        const QByteArray bytes = m_plan.metricsTableCsv.toUtf8();
        GuiStep step{name, [this, name, path, bytes] {
                         queueDisk(name, [path, bytes] { io::writeFileAtomically(path, bytes); });
                     }};
        step.checked = false;
        m_gui.push_back(std::move(step));
        ++m_total;
    }
    if (m_plan.replay && !m_plan.replay->empty()) {
        queueAnimation();
        ++m_total;
    }

    try {
        if (!m_plan.fileWriters.empty() && !QDir().mkpath(folder))
            throw io::WriteError("cannot create the folder " + folder.toStdString());
        for (const auto& writer : m_plan.fileWriters) {
            const QStringList files = writer(folder);
            m_written << files;
            m_total += int(files.size());
        }
    } catch (const std::exception& failure) {
        end(ExportOutcome::Status::Failed, QString::fromUtf8(failure.what()));
        return;
    }
    pumpDisk();
    // The first slice now, in the turn the export was asked for: before any input can come.
    nextGuiSlice();
}

void ExportJob::queueDisk(const QString& file, std::function<void()> write) {
    m_disk.push_back({{file}, file, std::move(write)});
}

void ExportJob::queueChart(const Chart& chart) {
    const QDir dir(m_plan.folder);
    const QString png = chart.baseName + QStringLiteral(".png");
    const QString svg = chart.baseName + QStringLiteral(".svg");
    const double scale = m_plan.scale;
    QPointer<QWidget> view = chart.view;
    GuiStep step{png, [this, view, png, svg, dir, scale] {
                     if (!view)
                         throw Error("the view for " + png.toStdString() +
                                     " was closed before it was drawn");
                     const auto recorded =
                         std::make_shared<const RecordedChart>(RecordedChart::record(view, scale));
                     for (const QString& file : {png, svg}) {
                         const bool isPng = file == png;
                         queueDisk(file, [recorded, isPng, path = dir.filePath(file)] {
                             QString error;
                             const bool ok = isPng ? recorded->savePng(path, &error)
                                                   : recorded->saveSvg(path, &error);
                             if (!ok) throw io::WriteError(error.toStdString());
                         });
                     }
                 }};
    m_gui.push_back(std::move(step));
}

void ExportJob::queueAnimation() {
    const QString name = QStringLiteral("animation.gif");
    const QString path = QDir(m_plan.folder).filePath(name);
    const std::shared_ptr<const Result> result = m_plan.result;
    const std::shared_ptr<const Replay> replay = m_plan.replay;
    const auto stop = m_stop;
    // From the snapshot alone, so no check of the views: a run started since cannot reach it.
    GuiStep step{name, [this, name, path, result, replay, stop] {
                     queueDisk(name, [path, result, replay, stop] {
                         report::AnimationCallbacks callbacks;
                         callbacks.cancelled = [stop] { return stop->load(); };
                         report::writeAnimation(report::animationInput(*replay, *result), path, {},
                                                callbacks);
                     });
                 }};
    step.checked = false;
    m_gui.push_back(std::move(step));
}

QString ExportJob::staleReason(const GuiStep& step) const {
    if (!step.checked) return {};
    if (m_plan.resultShown && !m_plan.resultShown())
        return tr("another result was shown before %1 was drawn; export again to write it")
            .arg(step.file);
    if (m_plan.runBegun && m_plan.runBegun())
        return tr("a run started before %1 was drawn; export again when it has finished")
            .arg(step.file);
    return {};
}

void ExportJob::nextGuiSlice() {
    QElapsedTimer slice;
    slice.start();
    bool first = true;
    while (!m_ending && !m_gui.empty()) {
        // Steps share a turn while it is young.
        if (!first && slice.elapsed() >= kSliceMs) break;
        first = false;
        GuiStep step = std::move(m_gui.front());
        m_gui.pop_front();
        const QString stale = staleReason(step);
        if (!stale.isEmpty()) {
            end(ExportOutcome::Status::Failed, stale);
            return;
        }
        try {
            step.run();
        } catch (const std::exception& failure) {
            end(ExportOutcome::Status::Failed, QString::fromUtf8(failure.what()));
            return;
        }
    }
    if (!m_ending && !m_gui.empty())
        QTimer::singleShot(kTurnGapMs, Qt::PreciseTimer, this, &ExportJob::nextGuiSlice);
    pumpDisk();  // ends the job when nothing is left
}

void ExportJob::pumpDisk() {
    if (m_writing || m_ending) return;
    if (m_disk.empty()) {
        if (m_gui.empty()) end(ExportOutcome::Status::Done);
        return;
    }
    m_current = std::move(m_disk.front());
    m_disk.pop_front();
    m_writing = true;
    emit progressChanged(int(m_written.size()), m_total, m_current.label);
    const auto write = m_current.write;
    const auto stop = m_stop;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [write, stop] {
        TaskResult result;
        if (stop->load()) return result;  // cancelled while queued: not even started
        result.ran = true;
        try {
            write();
        } catch (const Cancelled&) {
            result.ran = false;  // stopped half-way (an animation): no file, no error
        } catch (const std::exception& failure) {
            result.error = QString::fromUtf8(failure.what());
        }
        return result;
    }));
}

void ExportJob::diskTaskEnded() {
    const TaskResult result = m_watcher.result();
    m_writing = false;
    if (result.ran && result.error.isEmpty()) m_written << m_current.files;
    m_current = DiskTask{};
    if (!result.error.isEmpty()) {
        end(ExportOutcome::Status::Failed, result.error);
        return;
    }
    if (m_ending) {
        emitFinished();
        return;
    }
    pumpDisk();
}

void ExportJob::cancel() {
    if (m_ending) return;
    end(ExportOutcome::Status::Cancelled);
}

void ExportJob::end(ExportOutcome::Status status, const QString& error) {
    if (m_finished) return;
    if (!m_ending || status == ExportOutcome::Status::Failed) {
        // A failure while a cancel waits for its file is still worth saying.
        m_status = status;
        if (!error.isEmpty()) m_error = error;
    }
    m_ending = true;
    m_stop->store(true);
    m_gui.clear();
    m_disk.clear();
    // Else when the file being written is complete. Queued, so that finished() never comes
    // from inside start(), before its caller could connect to it.
    if (!m_writing) QMetaObject::invokeMethod(this, &ExportJob::emitFinished, Qt::QueuedConnection);
}

void ExportJob::emitFinished() {
    if (m_finished) return;
    m_finished = true;
    ExportOutcome outcome;
    outcome.status = m_status;
    outcome.folder = m_plan.folder;
    outcome.written = m_written;
    outcome.total = m_total;
    outcome.error = m_error;
    outcome.seconds = m_clock.nsecsElapsed() / 1e9;
    emit progressChanged(int(m_written.size()), m_total, QString());
    emit finished(outcome);
}

}  // namespace latentlab::gui
