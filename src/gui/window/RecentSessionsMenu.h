// File → Open recent: the last eight sessions, remembered in QSettings between launches.
#pragma once

#include <QMenu>

namespace latentlab::gui {

class RecentSessionsMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 8;

    explicit RecentSessionsMenu(QWidget* parent = nullptr);

    /// Puts `path` first (once) and saves the list.
    void add(const QString& path);

signals:
    void openRequested(const QString& path);

private:
    void rebuild();
};

}  // namespace latentlab::gui
