#include "WindowSettings.h"

#include "ConfigJson.h"
#include "Errors.h"
#include "MainWindow.h"
#include "SettingsPanel.h"

#include <QJsonDocument>
#include <QScreen>
#include <QSettings>
#include <algorithm>

namespace latentlab::gui {

void restoreWindowSettings(MainWindow* window) {
    QSettings settings;
    if (!window->restoreGeometry(settings.value("window/geometry").toByteArray())) {
        // First launch: most of the screen, the scatters need the room.
        const QSize available = window->screen()->availableSize();
        window->resize(std::min(1560, available.width() * 19 / 20),
                       std::min(980, available.height() * 19 / 20));
    }
    window->restoreState(settings.value("window/state").toByteArray());
    const QByteArray saved = settings.value("lastConfig").toByteArray();
    if (!saved.isEmpty()) {
        try {
            window->settings()->setConfig(
                io::configFromJson(QJsonDocument::fromJson(saved).object()));
        } catch (const latentlab::Error&) {
            // An unreadable stored config (older version) just means starting from defaults.
        }
    }
}

void storeWindowSettings(const MainWindow& window) {
    QSettings settings;
    settings.setValue("window/geometry", window.saveGeometry());
    settings.setValue("window/state", window.saveState());
    settings.setValue("lastConfig", QJsonDocument(io::configToJson(window.config())).toJson());
}

}  // namespace latentlab::gui
