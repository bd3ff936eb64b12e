#include "RecentSessionsMenu.h"

#include <QFileInfo>
#include <QSettings>

namespace latentlab::gui {
namespace {
const char* const kKey = "recentSessions";
}

RecentSessionsMenu::RecentSessionsMenu(QWidget* parent) : QMenu(tr("Open &recent"), parent) {
    rebuild();
}

void RecentSessionsMenu::add(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kKey, QStringList(recent.mid(0, kMaxEntries)));
    rebuild();
}

void RecentSessionsMenu::rebuild() {
    clear();
    const QStringList recent = QSettings().value(kKey).toStringList();
    for (const QString& path : recent) {
        QAction* open = addAction(QFileInfo(path).fileName());
        open->setToolTip(path);
        connect(open, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    setEnabled(!recent.isEmpty());
}

}  // namespace latentlab::gui
