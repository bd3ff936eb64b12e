#include "WindowActions.h"

#include "AboutBox.h"
#include "AnimationSaver.h"
#include "ApplyModelDialog.h"
#include "DataDrop.h"
#include "DataPanel.h"
#include "ExportController.h"
#include "FileDialogs.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "ReportSaver.h"
#include "RowSelection.h"
#include "SettingsHistory.h"
#include "SettingsPanel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace latentlab::gui {
namespace {

/// One export at a time: true, and the status bar names the running one's folder (it shows
/// its own progress and Cancel), if one is still running.
bool exportIsRunning(MainWindow* window) {
    ExportController* exports = window->exports();
    if (!exports->isBusy()) return false;
    window->showStatus(MainWindow::tr("An export to %1 is still running")
                           .arg(QDir::toNativeSeparators(exports->busyTarget())));
    return true;
}

}  // namespace

QAction* makeAction(MainWindow* window, const QString& name, const QString& text,
                    const QKeySequence& keys, const QString& tip) {
    auto* action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setToolTip(keys.isEmpty() ? tip
                                      : tip + QStringLiteral(" (%1)").arg(
                                                  keys.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

void createRunActions(MainWindow* window, const RunSlots& callbacks) {
    const auto make = [window](const QString& name, const QString& text, const QKeySequence& keys,
                               const QString& tip, auto slot) {
        QAction* action = makeAction(window, name, text, keys, tip);
        QObject::connect(action, &QAction::triggered, window, slot);
        return action;
    };
    make("run", MainWindow::tr("&Run"), Qt::Key_F5,
         MainWindow::tr("Generate or read the data, fit PCA, train, cluster and compare"),
         callbacks.run);
    make("pause", MainWindow::tr("&Pause"), QKeySequence(Qt::Key_F6),
         MainWindow::tr("Hold training between epochs"), callbacks.pause)
        ->setCheckable(true);
    make("step", MainWindow::tr("S&tep one epoch"), QKeySequence(Qt::Key_F7),
         MainWindow::tr("Train exactly one more epoch, then pause"), callbacks.step);
    make("stop", MainWindow::tr("&Stop"), Qt::Key_Escape,
         MainWindow::tr("Stop the run; the previous results stay"), callbacks.stop);
    make("reset", MainWindow::tr("R&eset"), QKeySequence(),
         MainWindow::tr("Back to the seed notebook's settings, clear the views (the settings "
                        "can be undone)"),
         callbacks.reset);
    make("live", MainWindow::tr("&Live"), QKeySequence(Qt::CTRL | Qt::Key_L),
         MainWindow::tr("Rerun automatically whenever a setting changes"), callbacks.live)
        ->setCheckable(true);
    make("about", MainWindow::tr("&About LatentLab"), QKeySequence(),
         MainWindow::tr("Versions and credits"), [window] { showAboutBox(window); });
}

void createEditActions(MainWindow* window) {
    QAction* undo = window->history()->stack()->createUndoAction(window, MainWindow::tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = window->history()->stack()->createRedoAction(window, MainWindow::tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    // Ctrl+Shift+Z everywhere, plus whatever else the desktop uses for redo (Ctrl+Y).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& keys : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(keys)) redoKeys << keys;
    redo->setShortcuts(redoKeys);
    auto* selectNone = new QAction(MainWindow::tr("Select &none"), window);
    selectNone->setObjectName(QStringLiteral("selectNone"));
    selectNone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    selectNone->setToolTip(
        MainWindow::tr("Clear the points selected in the scatters and the table"));
    QObject::connect(selectNone, &QAction::triggered, window->latentSpaces()->selection(),
                     &RowSelection::clear);
    window->addAction(selectNone);
    for (QAction* action : {undo, redo}) {
        action->setStatusTip(MainWindow::tr("Settings changes"));
        window->addAction(action);  // the shortcuts work wherever the focus is in the window
    }
}

QString askSessionPath(MainWindow* window) {
    const QString suggested = window->sessionPath().isEmpty() ? QStringLiteral("session.latentlab")
                                                              : window->sessionPath();
    QString path = FileDialogs::save(window, FileKind::Session, MainWindow::tr("Save session"),
                                     MainWindow::tr("LatentLab sessions (*.latentlab)"), suggested);
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".latentlab"))) path += ".latentlab";
    return path;
}

void createFileActions(MainWindow* window) {
    const auto make = [window](const QString& name, const QString& text, const QKeySequence& keys,
                               const QString& tip, auto slot) {
        QAction* action = makeAction(window, name, text, keys, tip);
        QObject::connect(action, &QAction::triggered, window, slot);
    };
    make("openSession", MainWindow::tr("&Open session…"), QKeySequence::Open,
         MainWindow::tr("Open a saved .latentlab session"), [window] {
             if (!window->confirmDiscard(MainWindow::tr("open another session"))) return;
             const QString path =
                 FileDialogs::open(window, FileKind::Session, MainWindow::tr("Open session"),
                                   MainWindow::tr("LatentLab sessions (*.latentlab)"));
             if (!path.isEmpty()) window->openSession(path);
         });
    make("openData", MainWindow::tr("Open &data file…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         MainWindow::tr("Read a CSV/TSV table, an AnnData .h5ad file or a 10x matrix.mtx "
                        "instead of generated blobs (or drop one, or a 10x folder, on the "
                        "window)"),
         [window] {
             openDataFile(window,
                          FileDialogs::open(window, FileKind::Data, MainWindow::tr("Open data"),
                                            FileDialogs::dataFilter()));
         });
    make("saveSession", MainWindow::tr("&Save session"), QKeySequence::Save,
         MainWindow::tr("Save settings, models and results to the session's file"),
         [window] { window->save(); });
    make("saveSessionAs", MainWindow::tr("Save session &as…"), QKeySequence::SaveAs,
         MainWindow::tr("Save settings, models and results to a new file"), [window] {
             const QString path = askSessionPath(window);
             if (!path.isEmpty()) window->saveSession(path);
         });
    make("exportAll", MainWindow::tr("&Export all…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         MainWindow::tr(
             "Write the run files (as latentlab-cli run --out), every chart and the training "
             "replay (animation.gif) to a folder"),
         [window] {
             if (exportIsRunning(window)) return;
             const QString folder = FileDialogs::folder(window, FileKind::Export,
                                                        MainWindow::tr("Export all to folder"));
             QString error;
             if (!folder.isEmpty() && !window->exportAll(folder, &error))
                 window->showStatus(MainWindow::tr("Cannot export: %1").arg(error));
         });
    make("exportAnimation", MainWindow::tr("Export a&nimation…"), QKeySequence(),
         MainWindow::tr("Write the training replay under the scatters as an animated GIF or an "
                        "MP4 video"),
         [window] {
             if (exportIsRunning(window)) return;
             AnimationSaver::saveWithDialog(window);
         });
    make("applyModel", MainWindow::tr("A&pply model to data…"), QKeySequence(),
         MainWindow::tr("Map another table with the same columns through the current run's "
                        "or a saved session's models and clusters"),
         [window] {
             auto* dialog = new ApplyModelDialog(window->result(), window);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->open();
         });
    make("saveReport", MainWindow::tr("Save &report…"), QKeySequence(Qt::CTRL | Qt::Key_R),
         MainWindow::tr("Write a PDF or HTML report of the result: settings, data, plots, "
                        "metrics, k or resolution sweep and repeats if run, versions"),
         [window] {
             const QString path =
                 ReportSaver::saveWithDialog(window, ReportSaver::contentsOf(*window));
             if (!path.isEmpty())
                 window->showStatus(
                     MainWindow::tr("Saved report %1").arg(QDir::toNativeSeparators(path)));
         });
    make("quit", MainWindow::tr("&Quit"), QKeySequence::Quit, MainWindow::tr("Close LatentLab"),
         [window] { window->close(); });
}

}  // namespace latentlab::gui
