#include "WindowActions.h"

#include "ApplyModelDialog.h"
#include "DataPanel.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MainWindow.h"
#include "ReportSaver.h"
#include "RobustnessTab.h"
#include "SettingsPanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>

namespace latentlab::gui {

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

void createFileActions(MainWindow* window) {
    const auto make = [window](const QString& name, const QString& text, const QKeySequence& keys,
                               const QString& tip, auto slot) {
        QAction* action = makeAction(window, name, text, keys, tip);
        QObject::connect(action, &QAction::triggered, window, slot);
    };
    make("openSession", MainWindow::tr("&Open session…"), QKeySequence::Open,
         MainWindow::tr("Open a saved .latentlab session"), [window] {
             const QString path =
                 QFileDialog::getOpenFileName(window, MainWindow::tr("Open session"), QString(),
                                              MainWindow::tr("LatentLab sessions (*.latentlab)"));
             if (!path.isEmpty()) window->openSession(path);
         });
    make("openData", MainWindow::tr("Open &data file…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         MainWindow::tr("Read a CSV or TSV table instead of generated blobs"), [window] {
             const QString path =
                 QFileDialog::getOpenFileName(window, MainWindow::tr("Open data table"), QString(),
                                              MainWindow::tr("Tables (*.csv *.tsv *.txt)"));
             if (path.isEmpty()) return;
             window->settings()->dataPanel()->useFile(path);
             window->run();
         });
    make("saveSession", MainWindow::tr("&Save session…"), QKeySequence::Save,
         MainWindow::tr("Save settings, models and results"), [window] {
             QString path = QFileDialog::getSaveFileName(
                 window, MainWindow::tr("Save session"), window->sessionPath(),
                 MainWindow::tr("LatentLab sessions (*.latentlab)"));
             if (path.isEmpty()) return;
             if (!path.endsWith(".latentlab")) path += ".latentlab";
             window->saveSession(path);
         });
    make("exportAll", MainWindow::tr("&Export all…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         MainWindow::tr(
             "Write the run files (as latentlab-cli run --out) and every chart to a folder"),
         [window] {
             const QString folder =
                 QFileDialog::getExistingDirectory(window, MainWindow::tr("Export all to folder"));
             QString error;
             if (!folder.isEmpty() && window->exportAll(folder, &error))
                 window->showStatus(
                     MainWindow::tr("Exported to %1").arg(QDir::toNativeSeparators(folder)));
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
                        "metrics, k sweep and repeats if run, versions"),
         [window] {
             RobustnessTab* robustness = window->robustness();
             const QString path = ReportSaver::saveWithDialog(
                 window, {window->result(), robustness->lastSweep(), robustness->lastRepeats(),
                          window->latentSpaces()->lossChart()->logScale()});
             if (!path.isEmpty())
                 window->showStatus(
                     MainWindow::tr("Saved report %1").arg(QDir::toNativeSeparators(path)));
         });
    make("quit", MainWindow::tr("&Quit"), QKeySequence::Quit, MainWindow::tr("Close LatentLab"),
         [window] { window->close(); });
}

}  // namespace latentlab::gui
