// The window's QActions: one factory so every action gets its name, shortcut and a tooltip
// that shows the shortcut; the Run menu's actions, which call back into the window; and the
// File menu's, which only need the window's public operations (open, save, export, report,
// apply a model).
#pragma once

#include <QKeySequence>
#include <QString>
#include <functional>

class QAction;

namespace latentlab::gui {

class MainWindow;

/// A child action of `window` named `name` (MainWindow::action() finds it by that name).
QAction* makeAction(MainWindow* window, const QString& name, const QString& text,
                    const QKeySequence& keys, const QString& tip);

struct RunSlots {
    std::function<void()> run;
    std::function<void(bool)> pause;
    std::function<void()> step, stop, reset;
    std::function<void(bool)> live;
};
/// run, pause, step, stop, reset, live and about.
void createRunActions(MainWindow* window, const RunSlots& callbacks);

/// undo and redo of the settings (SettingsHistory), and selectNone; their shortcuts work
/// wherever the focus is in the window.
void createEditActions(MainWindow* window);

/// openSession, openData, saveSession, saveSessionAs, exportAll, exportAnimation, applyModel,
/// saveReport, quit.
void createFileActions(MainWindow* window);

/// Asks where to save a session (".latentlab" added); empty if cancelled.
QString askSessionPath(MainWindow* window);

}  // namespace latentlab::gui
