#include "MainWindow.h"

#include "AboutBox.h"
#include "ClustersTab.h"
#include "ConfigJson.h"
#include "DataPanel.h"
#include "DataTab.h"
#include "DatasetLoader.h"
#include "Errors.h"
#include "ExportController.h"
#include "LatentSpacesTab.h"
#include "NumberFormat.h"
#include "Presets.h"
#include "RecentSessionsMenu.h"
#include "RobustnessTab.h"
#include "RunController.h"
#include "SessionFile.h"
#include "SettingsPanel.h"
#include "UpdateThrottle.h"
#include "WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

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
      m_exports(new ExportController(this)),
      m_stage(new QLabel),
      m_progress(new QProgressBar),
      m_progressThrottle(new UpdateThrottle(
          100, [this] { m_progress->setValue(int(m_pendingProgress * 1000)); }, this)) {
    setWindowTitle(tr("LatentLab"));
    m_tabs->addTab(m_latent, tr("&Latent spaces"));
    m_tabs->addTab(m_clusters, tr("&Clusters"));
    m_tabs->addTab(m_dataTab, tr("&Data"));
    m_tabs->addTab(m_robustness, tr("Ro&bustness"));
    setCentralWidget(m_tabs);

    auto* dock = new QDockWidget(tr("Settings"));
    dock->setObjectName(QStringLiteral("settingsDock"));
    dock->setWidget(m_settings);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    statusBar()->addWidget(m_stage, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_stage->setText(tr("Ready: press F5 to run the seed notebook"));

    m_exports->addWindowCharts(m_latent, m_clusters, m_dataTab);
    m_robustness->attach(m_runs, m_exports, [this] {
        return RobustnessTab::RepeatsInput{config(), reusableData(config())};
    });

    buildActions();
    buildMenus();
    buildToolBar();
    wireRuns();
    restoreSettings();
    updateRunActions();
}

MainWindow::~MainWindow() = default;

Config MainWindow::config() const { return m_settings->config(); }

void MainWindow::setConfig(const Config& config) { m_settings->setConfig(config); }

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name, Qt::FindDirectChildrenOnly);
}

void MainWindow::buildActions() {
    auto make = [this](const QString& name, const QString& text, const QKeySequence& keys,
                       const QString& tip, auto slot) {
        QAction* action = makeAction(this, name, text, keys, tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    make("run", tr("&Run"), Qt::Key_F5,
         tr("Generate or read the data, fit PCA, train, cluster and compare"), [this] { run(); });
    auto* pause =
        make("pause", tr("&Pause"), QKeySequence(Qt::Key_F6), tr("Hold training between epochs"),
             [this](bool paused) { m_runs->setPaused(paused); });
    pause->setCheckable(true);
    make("step", tr("S&tep one epoch"), QKeySequence(Qt::Key_F7),
         tr("Train exactly one more epoch, then pause"),
         [this] { m_runs->step(config(), reusableData(config())); });
    make("stop", tr("&Stop"), Qt::Key_Escape, tr("Stop the run; the previous results stay"),
         [this] { stop(); });
    make("reset", tr("R&eset"), QKeySequence(),
         tr("Back to the seed notebook's settings, clear the views"), [this] {
             stop();
             m_settings->applyPreset(presetNames().front());
             m_latent->clear();
             m_clusters->clear();
             m_dataTab->setDataset(nullptr);
             m_result.reset();
             m_robustness->setResult(nullptr);
             m_stage->setText(tr("Reset to the seed notebook"));
         });
    auto* live = make("live", tr("&Live"), QKeySequence(Qt::CTRL | Qt::Key_L),
                      tr("Rerun automatically whenever a setting changes"), [this](bool on) {
                          if (on) run();
                      });
    live->setCheckable(true);
    make("about", tr("&About LatentLab"), QKeySequence(), tr("Versions and credits"),
         [this] { showAboutBox(this); });
    createFileActions(this);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action("openSession"));
    m_recentMenu = new RecentSessionsMenu(this);
    connect(m_recentMenu, &RecentSessionsMenu::openRequested, this,
            [this](const QString& path) { openSession(path); });
    file->addMenu(m_recentMenu);
    file->addAction(action("openData"));
    file->addAction(action("saveSession"));
    file->addSeparator();
    file->addAction(action("exportAll"));
    file->addAction(action("applyModel"));
    file->addAction(action("saveReport"));
    file->addSeparator();
    file->addAction(action("quit"));
    QMenu* runMenu = menuBar()->addMenu(tr("&Run"));
    for (const char* name : {"run", "pause", "step", "stop", "reset", "live"})
        runMenu->addAction(action(name));
    runMenu->addActions(m_robustness->createActions(this));
    menuBar()->addMenu(tr("&Help"))->addAction(action("about"));
}

void MainWindow::buildToolBar() {
    QToolBar* bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* name : {"run", "pause", "step", "stop", "reset"}) bar->addAction(action(name));
    bar->addSeparator();
    bar->addAction(action("live"));
}

void MainWindow::wireRuns() {
    connect(m_settings, &SettingsPanel::changed, this, &MainWindow::settingsChanged);
    connect(m_runs, &RunController::runningChanged, this, &MainWindow::updateRunActions);
    connect(m_runs, &RunController::stageChanged, this,
            [this](const QString& name) { m_stage->setText(tr("Running: %1…").arg(name)); });
    connect(m_runs, &RunController::progressChanged, this, [this](double fraction) {
        m_pendingProgress = fraction;
        m_progressThrottle->request();
    });
    connect(m_runs, &RunController::dataReady, this, [this](auto data) {
        m_latent->showData(data);
        m_dataTab->setDataset(data);
        m_settings->setInputWidth(data->columns());
    });
    connect(m_runs, &RunController::dataLoaded, this, [this](auto data) {
        m_fileData = data;
        m_fileDataConfig = config();
    });
    connect(m_runs, &RunController::dataImported, this,
            [this](const QString& summary, const QString& missing) {
                m_settings->dataPanel()->showImportSummary(summary);
                // Rows dropped or cells imputed change the data: say so where the eye is.
                if (!missing.isEmpty()) statusBar()->showMessage(missing, 10000);
            });
    connect(m_runs, &RunController::pcaReady, this,
            [this](auto embedding) { m_latent->showPca(*embedding); });
    connect(m_runs, &RunController::epochFinished, m_latent, &LatentSpacesTab::appendLoss);
    connect(m_runs, &RunController::latentSnapshot, this,
            [this](int epoch, auto latent) { m_latent->showSnapshot(epoch, *latent); });
    connect(m_runs, &RunController::pausedChanged, this, [this](bool paused) {
        action("pause")->setChecked(paused);
        if (paused) m_stage->setText(tr("Paused: Step (F7) trains one epoch, Pause (F6) resumes"));
    });
    connect(m_runs, &RunController::finished, this, [this](auto result) {
        showResult(result);
        m_stage->setText(
            tr("Done in %1 s").arg(report::NumberFormat::seconds(result->seconds.total)));
        emit runEnded(true, QString());
    });
    connect(m_runs, &RunController::failed, this, [this](const QString& message) {
        m_stage->setText(tr("Run failed: %1").arg(message));
        if (m_result) showResult(m_result);  // back to the last good result
        reportError(tr("Run failed"), message);
        emit runEnded(false, message);
    });
    connect(m_runs, &RunController::cancelled, this, [this] {
        m_stage->setText(tr("Stopped"));
        if (m_result) showResult(m_result);
        emit runEnded(false, tr("stopped"));
    });
}

std::shared_ptr<const Dataset> MainWindow::reusableData(const Config& config) const {
    if (config.data.source != DataSource::Csv || !m_fileData) return nullptr;
    return io::sameImport(m_fileDataConfig.data, config.data) ? m_fileData : nullptr;
}

void MainWindow::run() {
    const Config current = config();
    try {
        current.validate();
    } catch (const latentlab::Error& error) {
        reportError(tr("Invalid setting"), QString::fromStdString(error.what()));
        return;
    }
    if (current.data.source == DataSource::Csv && current.data.path.empty()) {
        reportError(tr("No data file"), tr("Choose a CSV or TSV file in the Data panel first."));
        return;
    }
    m_latent->beginRun(current.autoencoder.epochs);
    m_progress->setValue(0);
    m_runs->start(current, reusableData(current), m_settings->epochsPerSecond());
}

void MainWindow::stop() { m_runs->stop(); }

void MainWindow::showStatus(const QString& message) { m_stage->setText(message); }

bool MainWindow::isRunning() const { return m_runs->isRunning(); }

void MainWindow::settingsChanged() {
    if (action("live")->isChecked()) {
        const Config current = config();
        m_latent->beginRun(current.autoencoder.epochs);
        m_runs->startDebounced(current, reusableData(current), m_settings->epochsPerSecond());
    }
}

void MainWindow::showResult(std::shared_ptr<const Result> result) {
    m_result = std::move(result);
    auto data = std::shared_ptr<const Dataset>(m_result, &m_result->data);
    m_latent->showData(data);
    m_latent->showResult(*m_result);
    m_clusters->showResult(*m_result);
    m_robustness->setResult(m_result);
    m_dataTab->setDataset(data);
    m_settings->setInputWidth(m_result->data.columns());
}

void MainWindow::updateRunActions() {
    const bool running = m_runs->isRunning();
    action("stop")->setEnabled(running);
    action("pause")->setEnabled(running);
    m_progress->setVisible(running);  // the stage text says "Done" when it is over
    if (!running) action("pause")->setChecked(false);
    action("saveSession")->setEnabled(m_result != nullptr);
    action("exportAll")->setEnabled(m_result != nullptr);
    action("saveReport")->setEnabled(m_result != nullptr);
}

void MainWindow::reportError(const QString& title, const QString& message) {
    if (qApp->property("latentlabQuiet").toBool()) {
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

bool MainWindow::openSession(const QString& path, QString* error) {
    try {
        auto result = std::make_shared<const Result>(io::SessionFile::load(path));
        stop();
        setConfig(result->config);
        showResult(result);
        m_sessionPath = path;
        m_recentMenu->add(path);
        m_stage->setText(tr("Opened %1").arg(QFileInfo(path).fileName()));
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
    if (!m_result) return false;
    try {
        io::SessionFile::save(path, *m_result);
        m_sessionPath = path;
        m_recentMenu->add(path);
        m_stage->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const latentlab::Error& error) {
        reportError(tr("Cannot save session"), QString::fromStdString(error.what()));
        return false;
    }
}

bool MainWindow::exportAll(const QString& folder, QString* error) {
    if (!m_result) {
        if (error) *error = tr("nothing to export yet: run first");
        return false;
    }
    try {
        m_exports->exportAll(folder, *m_result);
        return true;
    } catch (const latentlab::Error& failure) {
        const QString message = QString::fromStdString(failure.what());
        if (error) *error = message;
        reportError(tr("Export failed"), message);
        return false;
    }
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) {
        // First launch: most of the screen, the scatters need the room.
        const QSize available = screen()->availableSize();
        resize(std::min(1560, available.width() * 19 / 20),
               std::min(980, available.height() * 19 / 20));
    }
    restoreState(settings.value("window/state").toByteArray());
    const QByteArray saved = settings.value("lastConfig").toByteArray();
    if (!saved.isEmpty()) {
        try {
            setConfig(io::configFromJson(QJsonDocument::fromJson(saved).object()));
        } catch (const latentlab::Error&) {
            // An unreadable stored config (older version) just means starting from defaults.
        }
    }
}

void MainWindow::storeSettings() const {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("lastConfig", QJsonDocument(io::configToJson(config())).toJson());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    storeSettings();
    // The window hides now; if the worker needs longer, the controller's destructor waits.
    if (!m_runs->shutdown(1000)) qWarning("LatentLab: the worker did not stop within 1 s");
    event->accept();
}

}  // namespace latentlab::gui
