// The History as a session keeps it (under "history" in the window state): every entry's
// settings, metrics, time and thumbnails, the pinned run and the run on screen. Results are
// not repeated here: the session's own result is the run on screen's, and is attached to it
// again when the session opens; the other entries come back with metrics only.
//
//   window["history"] = historyToJson(*history, display->shown().number);
//   HistoryState state = historyFromJson(window["history"].toObject());
#pragma once

#include "HistoryEntry.h"

#include <QJsonObject>
#include <vector>

namespace latentlab::gui {

class RunHistory;

struct HistoryState {
    std::vector<HistoryEntry> entries;
    int pinned = 0;  ///< 0: none
    int shown = 0;   ///< the entry whose result the session holds; 0: none
};

QJsonObject historyToJson(const RunHistory& history, int shown);
/// Entries whose settings cannot be read are left out (a session of a later version).
HistoryState historyFromJson(const QJsonObject& json);

}  // namespace latentlab::gui
