#include "WindowMenus.h"

#include "MainWindow.h"
#include "RecentSessionsMenu.h"
#include "RobustnessTab.h"

#include <QAction>
#include <QMenuBar>
#include <QToolBar>

namespace latentlab::gui {

RecentSessionsMenu* buildWindowMenus(MainWindow* window) {
    const auto action = [window](const char* name) { return window->action(name); };
    QMenuBar* bar = window->menuBar();
    QMenu* file = bar->addMenu(MainWindow::tr("&File"));
    file->addAction(action("openSession"));
    auto* recent = new RecentSessionsMenu(window);
    QObject::connect(recent, &RecentSessionsMenu::openRequested, window,
                     [window](const QString& path) {
                         if (window->confirmDiscard(MainWindow::tr("open another session")))
                             window->openSession(path);
                     });
    file->addMenu(recent);
    file->addAction(action("openData"));
    file->addAction(action("openHistory"));
    file->addAction(action("saveSession"));
    file->addAction(action("saveSessionAs"));
    file->addSeparator();
    file->addAction(action("exportAll"));
    file->addAction(action("exportAnimation"));
    file->addAction(action("exportHistory"));
    file->addAction(action("applyModel"));
    file->addAction(action("saveReport"));
    file->addSeparator();
    file->addAction(action("quit"));
    QMenu* edit = bar->addMenu(MainWindow::tr("&Edit"));
    edit->addAction(action("undo"));
    edit->addAction(action("redo"));
    edit->addSeparator();
    edit->addAction(action("selectNone"));
    bar->addMenu(MainWindow::tr("&View"))->addAction(action("showHistory"));
    QMenu* runMenu = bar->addMenu(MainWindow::tr("&Run"));
    for (const char* name : {"run", "pause", "step", "stop", "reset", "live"})
        runMenu->addAction(action(name));
    runMenu->addActions(window->robustness()->createActions(window));
    bar->addMenu(MainWindow::tr("&Help"))->addAction(action("about"));

    QToolBar* tools = window->addToolBar(MainWindow::tr("Run"));
    tools->setObjectName(QStringLiteral("runToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* name : {"run", "pause", "step", "stop", "reset"})
        tools->addAction(action(name));
    tools->addSeparator();
    tools->addAction(action("live"));
    return recent;
}

}  // namespace latentlab::gui
