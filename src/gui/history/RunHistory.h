// The window's run History: every finished, successful run in the order it ended, with a
// pinned reference run the metrics table compares with. Results are kept for Restore until
// their memory passes a cap; then the oldest entries drop their result (embeddings, data)
// first and keep their settings, metrics and thumbnails.
//
//   history->add(display->result(), display->shown());    // at the end of a run
//   history->setPinned(3);                                 // "+0.12 vs run 3"
//   writeFileAtomically(path, io::historyCsv(history->rows()));
#pragma once

#include "HistoryCsv.h"
#include "HistoryEntry.h"
#include "RunStamp.h"

#include <QObject>
#include <QtGlobal>
#include <memory>
#include <utility>
#include <vector>

namespace latentlab::gui {

class RunHistory : public QObject {
    Q_OBJECT
public:
    /// Results kept for Restore may hold this much (the data and the embeddings) in all.
    static constexpr qint64 kMemoryCap = qint64(512) * 1024 * 1024;

    explicit RunHistory(QObject* parent = nullptr);

    const std::vector<HistoryEntry>& entries() const { return m_entries; }
    /// The entry of run `number`, or null.
    const HistoryEntry* find(int number) const;
    /// The entry before run `number` in the History (what its settings are compared with).
    const HistoryEntry* previous(int number) const;
    /// The highest run number held (0 when empty).
    int lastNumber() const;

    /// A finished run: `stamp` gives its number, time, data and settings. Its thumbnails
    /// are drawn a moment later, one entry per turn of the event loop (changed() again), so
    /// the end of a run does not stall the window for them.
    void add(std::shared_ptr<const Result> result, const RunStamp& stamp);
    /// Entries whose thumbnails are still to be drawn.
    int thumbnailsPending() const { return int(m_pendingThumbnails.size()); }
    /// The thumbnails of `entry`, drawn now when they are still to come (a session saved
    /// right after a run keeps them too).
    std::vector<QImage> thumbnailsOf(const HistoryEntry& entry) const;
    /// The rows of a history.csv (`file` names it), numbered after the last run.
    void addRows(const std::vector<io::HistoryRow>& rows, const QString& file);
    /// One history.csv row per entry, in order (run = "run 3", or the csv's own name).
    std::vector<io::HistoryRow> rows() const;
    /// Replaces everything (a session was opened).
    void replace(std::vector<HistoryEntry> entries, int pinned);
    /// Gives run `number` its result back (a session holds the one it showed).
    void attach(int number, std::shared_ptr<const Result> result);
    void clear();

    /// The reference run, 0 when none.
    int pinned() const { return m_pinned; }
    void setPinned(int number);

    qint64 memoryCap() const { return m_cap; }
    void setMemoryCap(qint64 bytes);
    /// What the kept results hold in all.
    qint64 keptBytes() const;
    /// Memory of a result's data, embeddings and clusterings.
    static qint64 resultBytes(const Result& result);

signals:
    /// Entries were added, removed or dropped their result.
    void changed();
    void pinnedChanged(int number);

private:
    void enforceCap();
    void scheduleThumbnails();
    void drawNextThumbnails();

    std::vector<HistoryEntry> m_entries;
    int m_pinned = 0;
    qint64 m_cap = kMemoryCap;
    /// Run numbers and the results to draw them from (held even if the cap drops them).
    std::vector<std::pair<int, std::shared_ptr<const Result>>> m_pendingThumbnails;
    bool m_thumbnailsScheduled = false;
};

}  // namespace latentlab::gui
