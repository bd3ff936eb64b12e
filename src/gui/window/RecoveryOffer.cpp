#include "RecoveryOffer.h"

#include "Autosaver.h"
#include "ConfigJson.h"
#include "Errors.h"
#include "HistoryController.h"
#include "InfoBar.h"
#include "MainWindow.h"
#include "RunDisplay.h"
#include "SessionDocument.h"

#include <QAction>
#include <QLocale>

namespace latentlab::gui {

void offerRecovery(MainWindow* window) {
    const auto found = Autosaver::findRecoverable();
    if (!found) return;
    InfoBar* bar = window->recoveryBar();
    auto* restore = new QAction(MainWindow::tr("Restore"), bar);
    restore->setObjectName(QStringLiteral("restoreAutosave"));
    restore->setToolTip(
        MainWindow::tr("Show the settings and the last finished result of that session"));
    auto* discard = new QAction(MainWindow::tr("Discard"), bar);
    discard->setObjectName(QStringLiteral("discardAutosave"));
    discard->setToolTip(MainWindow::tr("Delete the autosaved work"));
    const QString path = found->path;
    QObject::connect(
        restore, &QAction::triggered, window, [window, bar, path, savedAt = found->savedAt] {
            bar->hide();
            try {
                const Autosaver::Snapshot snapshot = Autosaver::load(path);
                window->stop();
                window->applyWindowState(snapshot.window);
                if (snapshot.result) {
                    // Under its own number, given back to its History entry, as a session.
                    window->display()->showOpened(
                        snapshot.result, io::configToJson(window->config()),
                        MainWindow::tr("restored"),
                        window->runHistory()->attachOpened(snapshot.result));
                    window->document()->markUnsaved();  // no file holds it yet
                }
                Autosaver::discard(path);
                window->autosaver()->saveNow();
                window->showStatus(MainWindow::tr("Restored the work autosaved at %1")
                                       .arg(QLocale().toString(savedAt, QLocale::ShortFormat)));
            } catch (const latentlab::Error& failure) {
                window->reportError(MainWindow::tr("Cannot restore"),
                                    QString::fromStdString(failure.what()));
            }
        });
    QObject::connect(discard, &QAction::triggered, window, [bar, path] {
        Autosaver::discard(path);
        bar->hide();
    });
    const QString what = found->hasResult ? MainWindow::tr("its settings and last finished result")
                                          : MainWindow::tr("its settings");
    bar->showMessage(InfoBar::Kind::Warning,
                     MainWindow::tr("LatentLab did not close properly on %1. Restore %2?")
                         .arg(QLocale().toString(found->savedAt, QLocale::ShortFormat), what),
                     {restore, discard});
}

}  // namespace latentlab::gui
