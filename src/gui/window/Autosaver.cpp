#include "Autosaver.h"

#include "Errors.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "SessionFile.h"

#include <signal.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtConcurrent>

namespace latentlab::gui {
namespace {

constexpr const char* kFormat = "latentlab-autosave";
const QString kPrefix = QStringLiteral("autosave-");
const QString kSuffix = QStringLiteral(".json");

bool processRuns(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

qint64 pidOf(const QString& fileName) {
    return fileName.mid(kPrefix.size(), fileName.size() - kPrefix.size() - kSuffix.size())
        .toLongLong();
}

}  // namespace

QString Autosaver::folder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

Autosaver::Autosaver(std::function<Snapshot()> snapshot, QObject* parent)
    : QObject(parent),
      m_snapshot(std::move(snapshot)),
      m_path(QDir(folder()).filePath(kPrefix + QString::number(QCoreApplication::applicationPid()) +
                                     kSuffix)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::write);
}

Autosaver::~Autosaver() { finish(); }

void Autosaver::saveSoon() {
    if (m_finished || m_timer.isActive()) return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastWrite;
    m_timer.start(int(std::clamp<qint64>(kIntervalMs - since, 0, kIntervalMs)));
}

void Autosaver::saveNow() {
    if (m_finished) return;
    m_timer.stop();
    write();
}

void Autosaver::write() {
    if (m_writing) {  // one file at a time; the newest state follows when this one is done
        m_again = true;
        return;
    }
    m_writing = true;
    m_lastWrite = QDateTime::currentMSecsSinceEpoch();
    const Snapshot snapshot = m_snapshot();
    const QString path = m_path;
    const qint64 pid = QCoreApplication::applicationPid();
    // The session's arrays turn into base64 text: seconds at a million rows, so not here.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        written(error.isEmpty(), error);
    });
    m_future = QtConcurrent::run([snapshot, path, pid]() -> QString {
        try {
            QJsonObject file{{"format", kFormat},
                             {"version", 1},
                             {"pid", pid},
                             {"saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {"window", snapshot.window}};
            if (snapshot.result) file.insert("session", io::SessionFile::toJson(*snapshot.result));
            QDir().mkpath(QFileInfo(path).absolutePath());
            io::writeFileAtomically(path, QJsonDocument(file).toJson(QJsonDocument::Compact));
            return QString();
        } catch (const latentlab::Error& failure) {
            return QString::fromStdString(failure.what());
        }
    });
    watcher->setFuture(m_future);
}

void Autosaver::written(bool ok, const QString& message) {
    m_writing = false;
    emit saved(ok, message);
    if (m_finished) {
        QFile::remove(m_path);
        return;
    }
    if (m_again) {
        m_again = false;
        write();
    }
}

void Autosaver::finish() {
    if (m_finished) return;
    m_finished = true;
    m_timer.stop();
    // A write in flight would bring the file back after we remove it: wait for it.
    if (m_writing) m_future.waitForFinished();
    QFile::remove(m_path);
}

std::optional<Autosaver::Recoverable> Autosaver::findRecoverable() {
    std::optional<Recoverable> newest;
    const QDir dir(folder());
    for (const QFileInfo& file :
         dir.entryInfoList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files)) {
        const qint64 pid = pidOf(file.fileName());
        if (pid == QCoreApplication::applicationPid() || processRuns(pid)) continue;
        if (newest && file.lastModified() <= newest->savedAt) continue;
        QFile content(file.filePath());
        // Only the header matters here; a damaged file is reported when it is restored.
        const bool hasResult =
            content.open(QIODevice::ReadOnly) && content.readAll().contains("\"session\"");
        newest = Recoverable{file.filePath(), file.lastModified(), hasResult};
    }
    return newest;
}

Autosaver::Snapshot Autosaver::load(const QString& path) {
    const QJsonObject file = io::readJsonObject(path);
    if (file.value("format").toString() != QLatin1String(kFormat))
        throw io::ReadError(path.toStdString() + " is not a LatentLab autosave file");
    Snapshot snapshot;
    snapshot.window = file.value("window").toObject();
    if (file.contains("session"))
        snapshot.result = std::make_shared<const Result>(
            io::SessionFile::fromJson(file.value("session").toObject(), path.toStdString()));
    return snapshot;
}

void Autosaver::discard(const QString& path) { QFile::remove(path); }

}  // namespace latentlab::gui
