#include "HistoryState.h"

#include "ConfigJson.h"
#include "Errors.h"
#include "HistoryThumbnail.h"
#include "MetricsJson.h"
#include "RunHistory.h"

#include <QJsonArray>
#include <cmath>

namespace latentlab::gui {
namespace {

QJsonValue number(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); }

QJsonObject entryToJson(const HistoryEntry& entry, const std::vector<QImage>& pictures) {
    QJsonObject metrics;
    for (std::size_t m = 0; m < entry.methods.size() && m < entry.metrics.size(); ++m)
        metrics[QString::fromStdString(entry.methods[m])] =
            io::methodMetricsToJson(entry.metrics[m], entry.methods[m]);
    QJsonArray methods, thumbnails;
    for (const std::string& method : entry.methods) methods.append(QString::fromStdString(method));
    for (const QImage& image : pictures) thumbnails.append(HistoryThumbnail::toBase64(image));
    QJsonObject json{
        {"number", entry.number}, {"settings", entry.settings},       {"methods", methods},
        {"metrics", metrics},     {"seconds", number(entry.seconds)}, {"thumbnails", thumbnails}};
    if (!entry.source.isEmpty()) json["source"] = entry.source;
    if (!entry.data.isEmpty()) json["data"] = entry.data;
    if (entry.finished.isValid()) json["finished"] = entry.finished.toString(Qt::ISODateWithMs);
    return json;
}

HistoryEntry entryFromJson(const QJsonObject& json) {
    HistoryEntry entry;
    entry.number = json.value("number").toInt();
    entry.source = json.value("source").toString();
    entry.data = json.value("data").toString();
    entry.finished = QDateTime::fromString(json.value("finished").toString(), Qt::ISODateWithMs);
    entry.settings = json.value("settings").toObject();
    entry.config = io::configFromJson(entry.settings);  // throws ConfigError
    const QJsonObject metrics = json.value("metrics").toObject();
    for (const QJsonValue method : json.value("methods").toArray()) {
        const QString name = method.toString();
        entry.methods.push_back(name.toStdString());
        entry.metrics.push_back(io::methodMetricsFromJson(metrics.value(name).toObject(),
                                                          "history." + name.toStdString()));
    }
    const QJsonValue seconds = json.value("seconds");
    entry.seconds = seconds.isDouble() ? seconds.toDouble() : kNotAvailable;
    for (const QJsonValue thumbnail : json.value("thumbnails").toArray())
        entry.thumbnails.push_back(HistoryThumbnail::fromBase64(thumbnail.toString()));
    return entry;
}

}  // namespace

QJsonObject historyToJson(const RunHistory& history, int shown) {
    QJsonArray entries;
    for (const HistoryEntry& entry : history.entries())
        entries.append(entryToJson(entry, history.thumbnailsOf(entry)));
    return {{"entries", entries},
            {"pinned", history.pinned()},
            {"shown", history.find(shown) ? shown : 0}};
}

HistoryState historyFromJson(const QJsonObject& json) {
    HistoryState state;
    for (const QJsonValue value : json.value("entries").toArray()) {
        try {
            HistoryEntry entry = entryFromJson(value.toObject());
            if (entry.number > 0) state.entries.push_back(std::move(entry));
        } catch (const latentlab::Error&) {
            // Settings this version cannot read: that run is left out, the others stay.
        }
    }
    state.pinned = json.value("pinned").toInt();
    state.shown = json.value("shown").toInt();
    return state;
}

}  // namespace latentlab::gui
