#include "SettingsDiff.h"

#include "ConfigKeys.h"
#include "HistoryCsv.h"

#include <QCoreApplication>
#include <QStringList>

namespace latentlab::gui {

std::vector<SettingChange> settingsDiff(const Config& before, const Config& after, bool all) {
    std::vector<SettingChange> changes;
    for (const io::ConfigKey& key : io::configKeys()) {
        const QJsonValue a = key.get(before), b = key.get(after);
        if (!all && a == b) continue;
        changes.push_back({QString::fromStdString(key.name),
                           QString::fromStdString(io::settingCell(a)),
                           QString::fromStdString(io::settingCell(b))});
    }
    return changes;
}

QString settingsDiffText(const Config& before, const Config& after) {
    QStringList parts;
    for (const SettingChange& change : settingsDiff(before, after))
        parts << QStringLiteral("%1 %2 \u2192 %3").arg(change.key, change.before, change.after);
    return parts.isEmpty() ? QCoreApplication::translate("SettingsDiff", "same settings")
                           : parts.join(QStringLiteral("; "));
}

}  // namespace latentlab::gui
