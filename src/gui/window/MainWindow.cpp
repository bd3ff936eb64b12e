#include "MainWindow.h"

#include "Autosaver.h"
#include "ClustersTab.h"
#include "ConfigJson.h"
#include "DataDrop.h"
#include "DataPanel.h"
#include "DataTab.h"
#include "DatasetLoader.h"
#include "Errors.h"
#include "ExportController.h"
#include "HistoryController.h"
#include "InfoBar.h"
#include "LatentSpacesTab.h"
#include "Presets.h"
#include "RecentSessionsMenu.h"
#include "RecoveryOffer.h"
#include "ReplayTimeline.h"
#include "RobustnessTab.h"
#include "RowSelection.h"
#include "RunController.h"
#include "RunDisplay.h"
#include "RunStatus.h"
#include "SelectionDock.h"
#include "SessionDocument.h"
#include "SessionFile.h"
#include "SettingsHistory.h"
#include "SettingsPanel.h"
#include "WheelGuard.h"
#include "WindowActions.h"
#include "WindowMenus.h"
#include "WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace latentlab::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_settings(new SettingsPanel),
      m_latent(new LatentSpacesTab),
      m_clusters(new ClustersTab),
      m_dataTab(new DataTab),
      m_robustness(new RobustnessTab),
      m_tabs(new QTabWidget),
      m_runs(new RunController(this)),
      m_display(new RunDisplay(
          m_runs, {m_settings, m_tabs, m_latent, m_clusters, m_dataTab, m_robustness}, this)),
      m_exports(new ExportController(this)),
      m_history(new SettingsHistory(m_settings, this)),
      m_document(new SessionDocument(this, m_display, m_settings)),
      m_autosaver(new Autosaver(
          [this] {
              return Autosaver::Snapshot{result(), windowState()};
          },
          this)),
      m_recoveryBar(new InfoBar),
      m_status(new RunStatus(m_runs, statusBar())) {
    m_tabs->addTab(m_latent, tr("&Latent spaces"));
    m_tabs->addTab(m_clusters, tr("&Clusters"));
    m_tabs->addTab(m_dataTab, tr("&Data"));
    m_tabs->addTab(m_robustness, tr("Ro&bustness"));
    m_tabs->setCornerWidget(m_display->caption(), Qt::TopRightCorner);
    m_recoveryBar->setObjectName(QStringLiteral("recoveryBar"));
    auto* central = new QWidget;
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_recoveryBar);
    column->addWidget(m_display->banner());
    column->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto* dock = new QDockWidget(tr("Settings"));
    dock->setObjectName(QStringLiteral("settingsDock"));
    dock->setWidget(m_settings);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    WheelGuard::install(m_settings);
    installSelectionDock(this);

    m_dataTab->setSelection(m_latent->selection());
    m_exports->addWindowCharts(m_latent, m_clusters, m_dataTab);
    statusBar()->addPermanentWidget(m_exports->progressRow());
    // The bar is as tall from the start as with the export's row (its Cancel button is
    // taller than a line of text): an export then never resizes, and so never redraws, the
    // views above it (30,000 points twice, ~130 ms on the GUI thread).
    m_exports->progressRow()->show();
    statusBar()->setMinimumHeight(statusBar()->sizeHint().height());
    m_exports->progressRow()->hide();
    m_robustness->attach(m_runs, m_exports, [this]() -> RobustnessTab::RepeatsInput {
        // Repeats start from the settings a run would, checked the same way.
        const Config current = config();
        return {current, reusableData(current), runProblem(current)};
    });

    buildRunActions();
    createFileActions(this);
    DataDrop::install(this);
    m_runHistory = new HistoryController(this);  // its actions before the menus
    m_recentMenu = buildWindowMenus(this);
    wireRuns();
    restoreWindowSettings(this);
    m_history->restart();
    m_document->markUnchanged();
    updateRunActions();
    offerRecovery(this);
}

MainWindow::~MainWindow() {
    // The dock, and the panel in it, are deleted after the history and display they report
    // to. A floating panel's window closes then, and a spin box holding a typed value commits
    // it: that change must not reach the members already gone.
    disconnect(m_settings, nullptr, this, nullptr);
}

Config MainWindow::config() const { return m_settings->config(); }

void MainWindow::setConfig(const Config& config) {
    m_settings->setConfig(config);
    m_history->restart();
    m_display->refresh();
    m_document->update();
}

std::shared_ptr<const Result> MainWindow::result() const { return m_display->result(); }

const QString& MainWindow::sessionPath() const { return m_document->path(); }

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name, Qt::FindDirectChildrenOnly);
}

void MainWindow::buildRunActions() {
    createRunActions(
        this, {[this] { run(); }, [this](bool paused) { m_runs->setPaused(paused); },
               [this] { startRun(StartMode::Step); }, [this] { stop(); }, [this] { reset(); },
               [this](bool on) {
                   if (on) run();
               }});
    m_display->setRunAction(action("run"));
    createEditActions(this);
}

void MainWindow::wireRuns() {
    connect(m_settings, &SettingsPanel::presetApplied, this,
            [this](const QString& name) { m_history->record(tr("Apply preset %1").arg(name)); });
    connect(m_settings, &SettingsPanel::changed, this, [this] {
        m_history->record();
        settingsChanged();
    });
    connect(m_history, &SettingsHistory::applied, this, &MainWindow::settingsChanged);
    connect(m_runs, &RunController::runningChanged, this, &MainWindow::updateRunActions);
    connect(m_runs, &RunController::dataLoaded, this, [this](auto data) {
        m_fileData = data;
        m_fileDataConfig = m_runs->currentConfig();
    });
    connect(m_runs, &RunController::dataImported, this,
            [this](const QString& summary, const QString& missing) {
                m_settings->dataPanel()->showImportSummary(summary);
                // Rows dropped or cells imputed change the data: say so where the eye is.
                if (!missing.isEmpty()) statusBar()->showMessage(missing, 10000);
            });
    connect(m_runs, &RunController::importFailed, this, &MainWindow::importFailed);
    connect(m_runs, &RunController::pausedChanged, this,
            [this](bool paused) { action("pause")->setChecked(paused); });
    connect(m_runs, &RunController::failed, this,
            [this](const QString& message) { reportError(tr("Run failed"), message); });
    connect(m_display, &RunDisplay::resultChanged, this, [this] {
        updateRunActions();
        m_document->update();
    });
    connect(m_display, &RunDisplay::runEnded, this, [this](bool ok, const QString& message) {
        if (ok) m_autosaver->saveNow();
        emit runEnded(ok, message);
    });
}

std::shared_ptr<const Dataset> MainWindow::reusableData(const Config& config) const {
    if (config.data.source == DataSource::Blobs || !m_fileData) return nullptr;
    return io::sameImport(m_fileDataConfig.data, config.data) ? m_fileData : nullptr;
}

QString MainWindow::runProblem(const Config& config) const {
    try {
        config.validate();
    } catch (const latentlab::Error& error) {
        return QString::fromStdString(error.what());
    }
    if (config.data.source == DataSource::Csv && config.data.path.empty())
        return tr("Choose a data file (CSV/TSV, .h5ad or a 10x folder) in the Data panel first.");
    return QString();
}

bool MainWindow::startRun(StartMode mode) {
    m_history->record();  // a change made without the panel's signal (File > Open data)
    const Config current = config();
    const QString problem = runProblem(current);
    if (!problem.isEmpty()) {
        // While the user types with Live on, half-typed values are normal: no message box.
        if (mode == StartMode::Debounced)
            statusBar()->showMessage(tr("Not run: %1").arg(problem), 5000);
        else
            reportError(tr("Cannot run"), problem);
        return false;
    }
    const auto data = reusableData(current);
    const double pace = m_settings->epochsPerSecond();
    if (mode == StartMode::Step)
        m_runs->step(current, data, pace);
    else if (mode == StartMode::Debounced)
        m_runs->startDebounced(current, data, pace);
    else
        m_runs->start(current, data, pace);
    return true;
}

void MainWindow::stop() { m_runs->stop(); }

bool MainWindow::isRunning() const { return m_runs->isRunning(); }

void MainWindow::reset() {
    if (!confirmDiscard(tr("reset"))) return;
    stop();
    m_settings->applyPreset(presetNames().front());  // one undoable step, like any preset
    m_display->clear();
    m_document->markUnchanged();
    m_status->show(tr("Reset to the seed notebook: Undo (Ctrl+Z) brings the settings back"));
}

void MainWindow::showStatus(const QString& message) { m_status->show(message); }

void MainWindow::settingsChanged() {
    m_display->refresh();
    m_document->update();
    m_autosaver->saveSoon();
    if (action("live")->isChecked()) startRun(StartMode::Debounced);
}

void MainWindow::importFailed() {
    // The run read nothing: the panel goes back to the data on screen, so it never names a
    // file whose contents are not what the views show (Undo brings the bad choice back).
    const auto shown = result();
    if (!shown) return;
    Config back = config();
    back.data = shown->config.data;
    m_history->change(back, tr("Back to the data on screen"));
    m_display->refresh();
    m_document->update();
}

void MainWindow::updateRunActions() {
    const bool running = m_runs->isRunning();
    action("stop")->setEnabled(running);
    action("pause")->setEnabled(running);
    if (!running) action("pause")->setChecked(false);
    const bool haveResult = result() != nullptr;
    action("saveSession")->setEnabled(haveResult);
    action("saveSessionAs")->setEnabled(haveResult);
    // Export all draws the charts on screen, which follow a run in progress.
    action("exportAll")->setEnabled(haveResult && !running);
    action("exportAnimation")->setEnabled(m_display->replay() != nullptr && !running);
    action("saveReport")->setEnabled(haveResult);
}

void MainWindow::reportError(const QString& title, const QString& message) {
    if (qApp->property("latentlabQuiet").toBool()) {
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

QJsonObject MainWindow::windowState() const {
    return {{"panel", m_settings->state()},
            {"view", m_latent->viewState()},
            {"tab", m_tabs->currentIndex()},
            {"history", m_runHistory->state()}};
}

bool MainWindow::applyWindowState(const QJsonObject& state) {
    try {
        m_settings->setState(state.value("panel").toObject());
    } catch (const latentlab::Error&) {
        return false;
    }
    m_latent->setViewState(state.value("view").toObject());
    if (state.contains("tab")) m_tabs->setCurrentIndex(state.value("tab").toInt());
    if (state.contains("history")) m_runHistory->setState(state.value("history").toObject());
    m_history->restart();
    return true;
}

bool MainWindow::openSession(const QString& path, QString* error) {
    try {
        QJsonObject window;
        auto opened = std::make_shared<const Result>(io::SessionFile::load(path, &window));
        stop();
        // A session from before the panel was saved with it: its result's own settings.
        if (!applyWindowState(window)) setConfig(opened->config);
        m_display->showOpened(opened, io::configToJson(config()), QFileInfo(path).fileName(),
                              m_runHistory->attachOpened(opened));
        m_document->markSaved(path);
        m_recentMenu->add(path);
        m_status->show(tr("Opened %1").arg(QFileInfo(path).fileName()));
        updateRunActions();
        return true;
    } catch (const latentlab::Error& failure) {
        const QString message = QString::fromStdString(failure.what());
        if (error)
            *error = message;
        else
            reportError(tr("Cannot open session"), message);
        return false;
    }
}

bool MainWindow::saveSession(const QString& path) {
    if (!result()) return false;
    try {
        io::SessionFile::save(path, *result(), windowState());
        m_document->markSaved(path);
        m_recentMenu->add(path);
        m_status->show(tr("Saved %1").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const latentlab::Error& error) {
        reportError(tr("Cannot save session"), QString::fromStdString(error.what()));
        return false;
    }
}

bool MainWindow::save() {
    if (!result()) return false;
    if (!sessionPath().isEmpty()) return saveSession(sessionPath());
    const QString path = askSessionPath(this);
    return !path.isEmpty() && saveSession(path);
}

bool MainWindow::confirmDiscard(const QString& action) {
    return m_document->confirmDiscard(action, [this] { return save(); });
}

bool MainWindow::exportAll(const QString& folder, QString* error) {
    const std::shared_ptr<const Result> shown = result();
    // The charts are the result's: a replay frame on screen gives way to it.
    if (shown && !isRunning() && !m_exports->isBusy()) m_latent->timeline()->showFinal();
    QString problem;
    if (!shown)
        problem = tr("nothing to export yet: run first");
    else if (isRunning())
        problem = tr("a run is in progress: export when it has finished");
    else if (auto begun = std::make_shared<bool>(false); m_exports->start(
                 folder, shown, [this, shown] { return result() == shown; },
                 [begun] { return *begun; }, &problem, m_display->replay())) {
        // A run resets the latent spaces tab at once: charts not yet recorded are then stale.
        connect(m_runs, &RunController::started, m_exports->job(), [begun] { *begun = true; });
        connect(
            m_exports, &ExportController::finished, this,
            [this](const ExportOutcome& outcome) {
                showStatus(outcome.summary());
                if (outcome.status == ExportOutcome::Status::Failed)
                    reportError(tr("Export failed"), outcome.error);
            },
            Qt::SingleShotConnection);
        return true;
    }
    if (error) *error = problem;
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_closing && !confirmDiscard(tr("close LatentLab"))) {
        event->ignore();
        return;
    }
    m_closing = true;
    storeWindowSettings(*this);
    m_autosaver->finish();  // a clean exit: nothing to offer back at the next start
    // The window hides now; if the worker needs longer, the controller's destructor waits.
    if (!m_runs->shutdown(1000)) qWarning("LatentLab: the worker did not stop within 1 s");
    event->accept();
}

}  // namespace latentlab::gui
