// One finished run kept in the window's History: its settings, its metrics per method, when
// it finished, small thumbnails of its scatters and, while memory allows, the result itself
// (embeddings and all) so it can be shown again. Entries read from a history.csv have the
// settings and metrics only.
#pragma once

#include "Config.h"
#include "Result.h"

#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <string>
#include <vector>

namespace latentlab::gui {

struct HistoryEntry {
    int number = 0;        ///< the window's run number: "run 3"
    QString source;        ///< empty for a run of this window; "history.csv: run-0001"
    QDateTime finished;    ///< invalid when not known
    QString data;          ///< "generated blobs, 3,000 × 10"; empty when not known
    QJsonObject settings;  ///< io::configToJson of the settings the run was started with
    Config config;         ///< the same settings as a Config
    std::vector<std::string> methods;    ///< in the run's order
    std::vector<MethodMetrics> metrics;  ///< one per method
    double seconds = kNotAvailable;      ///< wall-clock seconds of the whole run
    std::vector<QImage> thumbnails;      ///< one per method when rendered, else empty
    /// The whole result while it is kept; null once dropped for memory, or never had.
    std::shared_ptr<const Result> result;
    /// The result was dropped to stay under RunHistory's memory cap (false for a run read
    /// from a history.csv or a session, which never had it here).
    bool dropped = false;

    /// "run 3"
    QString name() const;
    /// The metrics of `method`, or null when the run did not have it.
    const MethodMetrics* metricsOf(const std::string& method) const;
};

}  // namespace latentlab::gui
