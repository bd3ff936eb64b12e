// The window's QActions: one factory so every action gets its name, shortcut and a tooltip
// that shows the shortcut, and the File menu's actions, which only need the window's public
// operations (open, save, export, report, apply a model).
#pragma once

#include <QKeySequence>
#include <QString>

class QAction;

namespace latentlab::gui {

class MainWindow;

/// A child action of `window` named `name` (MainWindow::action() finds it by that name).
QAction* makeAction(MainWindow* window, const QString& name, const QString& text,
                    const QKeySequence& keys, const QString& tip);

/// openSession, openData, saveSession, exportAll, applyModel, saveReport and quit.
void createFileActions(MainWindow* window);

}  // namespace latentlab::gui
