#include "RunHistory.h"

#include "ConfigJson.h"
#include "HistoryThumbnail.h"

#include <QFileInfo>
#include <QTimer>
#include <algorithm>

namespace latentlab::gui {

QString HistoryEntry::name() const { return RunHistory::tr("run %1").arg(number); }

const MethodMetrics* HistoryEntry::metricsOf(const std::string& method) const {
    for (std::size_t m = 0; m < methods.size() && m < metrics.size(); ++m)
        if (methods[m] == method) return &metrics[m];
    return nullptr;
}

RunHistory::RunHistory(QObject* parent) : QObject(parent) {}

const HistoryEntry* RunHistory::find(int number) const {
    for (const HistoryEntry& entry : m_entries)
        if (entry.number == number) return &entry;
    return nullptr;
}

const HistoryEntry* RunHistory::previous(int number) const {
    for (std::size_t i = 1; i < m_entries.size(); ++i)
        if (m_entries[i].number == number) return &m_entries[i - 1];
    return nullptr;
}

int RunHistory::lastNumber() const {
    int last = 0;
    for (const HistoryEntry& entry : m_entries) last = std::max(last, entry.number);
    return last;
}

void RunHistory::add(std::shared_ptr<const Result> result, const RunStamp& stamp) {
    if (!result || stamp.isNull()) return;
    HistoryEntry entry;
    entry.number = stamp.number;
    entry.finished = stamp.finished.isValid() ? stamp.finished : QDateTime::currentDateTime();
    entry.data = stamp.data;
    entry.settings = stamp.settings.isEmpty() ? io::configToJson(result->config) : stamp.settings;
    entry.config = io::configFromJson(entry.settings);
    for (const SpaceResult& space : result->spaces) {
        entry.methods.push_back(space.method);
        entry.metrics.push_back(space.metrics);
    }
    entry.seconds = result->seconds.total;
    m_pendingThumbnails.emplace_back(entry.number, result);
    entry.result = std::move(result);
    m_entries.push_back(std::move(entry));
    enforceCap();
    emit changed();
    scheduleThumbnails();
}

std::vector<QImage> RunHistory::thumbnailsOf(const HistoryEntry& entry) const {
    if (!entry.thumbnails.empty()) return entry.thumbnails;
    for (const auto& [number, result] : m_pendingThumbnails)
        if (number == entry.number) return HistoryThumbnail::render(*result);
    return {};
}

void RunHistory::scheduleThumbnails() {
    if (m_thumbnailsScheduled || m_pendingThumbnails.empty()) return;
    m_thumbnailsScheduled = true;
    // A timer, not a queued call: those run in the pass of the repaints after a run.
    QTimer::singleShot(1, this, &RunHistory::drawNextThumbnails);
}

void RunHistory::drawNextThumbnails() {
    m_thumbnailsScheduled = false;
    if (m_pendingThumbnails.empty()) return;
    const auto [number, result] = m_pendingThumbnails.front();
    m_pendingThumbnails.erase(m_pendingThumbnails.begin());
    for (HistoryEntry& entry : m_entries) {
        if (entry.number != number || !entry.thumbnails.empty()) continue;
        entry.thumbnails = HistoryThumbnail::render(*result);
        emit changed();
        break;
    }
    scheduleThumbnails();
}

void RunHistory::addRows(const std::vector<io::HistoryRow>& rows, const QString& file) {
    if (rows.empty()) return;
    const QString name = QFileInfo(file).fileName();
    int number = lastNumber();
    for (const io::HistoryRow& row : rows) {
        HistoryEntry entry;
        entry.number = ++number;
        entry.source = tr("%1: %2").arg(name, QString::fromStdString(row.run));
        entry.finished = QDateTime::fromString(QString::fromStdString(row.finished), Qt::ISODate);
        entry.config = row.config;
        entry.settings = io::configToJson(row.config);
        entry.data = describeData(row.config);
        entry.methods = row.methods;
        entry.metrics = row.spaces;
        entry.seconds = row.totalSeconds;
        m_entries.push_back(std::move(entry));
    }
    emit changed();
}

std::vector<io::HistoryRow> RunHistory::rows() const {
    std::vector<io::HistoryRow> rows;
    for (const HistoryEntry& entry : m_entries) {
        io::HistoryRow row;
        row.run = entry.name().toStdString();
        if (entry.finished.isValid())
            row.finished = entry.finished.toUTC().toString(Qt::ISODate).toStdString();
        row.config = entry.config;
        row.methods = entry.methods;
        row.spaces = entry.metrics;
        row.totalSeconds = entry.seconds;
        rows.push_back(std::move(row));
    }
    return rows;
}

void RunHistory::replace(std::vector<HistoryEntry> entries, int pinned) {
    m_entries = std::move(entries);
    m_pendingThumbnails.clear();
    m_pinned = find(pinned) ? pinned : 0;
    enforceCap();
    emit changed();
    emit pinnedChanged(m_pinned);
}

void RunHistory::attach(int number, std::shared_ptr<const Result> result) {
    for (HistoryEntry& entry : m_entries) {
        if (entry.number != number) continue;
        entry.result = std::move(result);
        entry.dropped = false;
        if (entry.thumbnails.empty() && entry.result)
            entry.thumbnails = HistoryThumbnail::render(*entry.result);
        enforceCap();
        emit changed();
        return;
    }
}

void RunHistory::clear() { replace({}, 0); }

void RunHistory::setPinned(int number) {
    if (!find(number)) number = 0;
    if (number == m_pinned) return;
    m_pinned = number;
    emit pinnedChanged(m_pinned);
}

void RunHistory::setMemoryCap(qint64 bytes) {
    m_cap = bytes;
    enforceCap();
    emit changed();
}

qint64 RunHistory::keptBytes() const {
    qint64 bytes = 0;
    for (const HistoryEntry& entry : m_entries)
        if (entry.result) bytes += resultBytes(*entry.result);
    return bytes;
}

qint64 RunHistory::resultBytes(const Result& result) {
    const auto doubles = [](qint64 count) { return count * qint64(sizeof(double)); };
    qint64 bytes =
        doubles(result.data.features.size()) + qint64(result.data.labels.size() * sizeof(int));
    for (const SpaceResult& space : result.spaces) {
        bytes += doubles(space.embedding.size()) + doubles(space.silhouetteLatent.size()) +
                 doubles(space.clustering.centers.size()) +
                 qint64(space.clustering.labels.size() * sizeof(int)) +
                 qint64(space.confusion.size() * sizeof(int));
    }
    return bytes;
}

void RunHistory::enforceCap() {
    // Oldest first; the newest run keeps its result whatever its size (it is on screen).
    qint64 bytes = keptBytes();
    for (std::size_t i = 0; i + 1 < m_entries.size() && bytes > m_cap; ++i) {
        HistoryEntry& entry = m_entries[i];
        if (!entry.result) continue;
        bytes -= resultBytes(*entry.result);
        entry.result.reset();
        entry.dropped = true;
    }
}

}  // namespace latentlab::gui
