// Keeps the work safe from a crash: the current settings and the last finished result are
// written to the standard app-data folder (atomically, on a worker thread) after each run
// and at most every 30 s while settings change. A clean exit removes the file; one left by
// a process that is gone is offered back at the next start.
//
//   Autosaver saver([this] { return Autosaver::Snapshot{result(), windowState()}; });
//   saver.saveSoon();                                   // settings changed
//   if (auto found = Autosaver::findRecoverable()) ...  // at start
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace latentlab::gui {

class Autosaver : public QObject {
    Q_OBJECT
public:
    struct Snapshot {
        std::shared_ptr<const Result> result;  ///< may be null: settings only
        QJsonObject window;                    ///< MainWindow::windowState()
    };
    struct Recoverable {
        QString path;
        QDateTime savedAt;
        bool hasResult = false;
    };
    static constexpr int kIntervalMs = 30'000;

    explicit Autosaver(std::function<Snapshot()> snapshot, QObject* parent = nullptr);
    ~Autosaver() override;  ///< waits for a write in progress

    /// Settings changed: written within kIntervalMs (at once if the last write is older).
    void saveSoon();
    /// A run finished: written now.
    void saveNow();
    /// Clean exit: waits for a write in progress and removes this process's file.
    void finish();
    /// Where this process writes.
    QString path() const { return m_path; }
    /// Whether a write is in progress or waiting.
    bool isBusy() const { return m_writing || m_timer.isActive(); }

    /// The newest file left by a LatentLab process that no longer runs, if any.
    static std::optional<Recoverable> findRecoverable();
    /// Reads a file findRecoverable() found. Throws latentlab::Error (io::ReadError).
    static Snapshot load(const QString& path);
    static void discard(const QString& path);
    static QString folder();

signals:
    /// A file was written (or writing failed, with the reason).
    void saved(bool ok, const QString& message);

private:
    void write();
    void written(bool ok, const QString& message);

    std::function<Snapshot()> m_snapshot;
    QString m_path;
    QTimer m_timer;
    QFuture<QString> m_future;
    qint64 m_lastWrite = 0;  ///< ms since epoch
    bool m_writing = false;
    bool m_again = false;
    bool m_finished = false;
};

}  // namespace latentlab::gui
