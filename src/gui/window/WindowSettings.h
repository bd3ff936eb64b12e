// What the window keeps between launches in QSettings: its geometry and dock layout, and the
// settings panel's last config (an unreadable one, from an older version, is ignored).
//
//   restoreWindowSettings(window);      // at the end of the constructor
//   storeWindowSettings(*window);       // when it closes
#pragma once

namespace latentlab::gui {

class MainWindow;

void restoreWindowSettings(MainWindow* window);
void storeWindowSettings(const MainWindow& window);

}  // namespace latentlab::gui
