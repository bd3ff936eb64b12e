// The window's menu bar and run toolbar, made of the actions MainWindow::action() finds by
// name (WindowActions.h creates them): File, Edit, View, Run, Help.
#pragma once

namespace latentlab::gui {

class MainWindow;
class RecentSessionsMenu;

/// Builds the menus and the toolbar; returns File → Recent sessions (which opens its entries).
RecentSessionsMenu* buildWindowMenus(MainWindow* window);

}  // namespace latentlab::gui
