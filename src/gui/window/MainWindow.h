// The LatentLab window: settings on the left, the comparison (latent spaces, clusters,
// data, robustness) in the middle, run controls in the toolbar and progress in the status
// bar. It composes the panels, views and the helpers that keep the work consistent and safe
// (RunDisplay, SettingsHistory, SessionDocument, Autosaver) and wires them; no numerics here.
#pragma once

#include "Config.h"
#include "Result.h"

#include <QJsonObject>
#include <QMainWindow>
#include <memory>

class QAction;
class QTabWidget;

namespace latentlab::gui {

class Autosaver;
class ClustersTab;
class DataTab;
class ExportController;
class HistoryController;
class InfoBar;
class LatentSpacesTab;
class RecentSessionsMenu;
class RobustnessTab;
class RunController;
class RunDisplay;
class RunStatus;
class SessionDocument;
class SettingsHistory;
class SettingsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Config config() const;
    /// Shows `config` in the panel as a new starting point (not an undoable step).
    void setConfig(const Config& config);
    /// The last finished result on screen (null before the first run or session).
    std::shared_ptr<const Result> result() const;

    enum class StartMode { Now, Step, Debounced };
    /// The one way a run starts (Run, Step, Live, a preset with Live on): checks the
    /// settings, then hands them to the RunController, whose `started` resets the views.
    /// False, with a message, when the settings cannot run.
    bool startRun(StartMode mode);
    void run() { startRun(StartMode::Now); }
    void stop();
    bool isRunning() const;
    /// Back to the seed notebook with empty views; asks first if a result is not saved.
    void reset();
    /// A message box, or a warning on stderr when unattended; the window stays as it is.
    void reportError(const QString& title, const QString& message);
    /// A message in the status bar's stage field (it stays until the next stage).
    void showStatus(const QString& message);

    /// The session last opened or saved; empty if none.
    const QString& sessionPath() const;
    /// Opens a session and shows it. On error returns false and puts the message in
    /// `error` if given, else shows it in a message box; the window keeps what it showed.
    bool openSession(const QString& path, QString* error = nullptr);
    bool saveSession(const QString& path);
    /// Save to the session's file, or ask for one; false if cancelled or failed.
    bool save();
    /// Before `action` ("quit", "open another session") loses unsaved work: asks.
    bool confirmDiscard(const QString& action);
    /// Starts Export all of the result on screen into `folder` (files written on a worker
    /// thread, progress and Cancel in the status bar; exports()->finished() tells the end, a
    /// failure is also reported). False, with `error`, if it cannot start.
    bool exportAll(const QString& folder, QString* error = nullptr);

    /// The panel and view state a session keeps beside its result.
    QJsonObject windowState() const;
    /// Shows a windowState() again; false (panel unchanged) if its settings cannot be read.
    bool applyWindowState(const QJsonObject& state);

    RunController* runController() const { return m_runs; }
    SettingsPanel* settings() const { return m_settings; }
    LatentSpacesTab* latentSpaces() const { return m_latent; }
    ClustersTab* clusters() const { return m_clusters; }
    DataTab* dataTab() const { return m_dataTab; }
    /// k sweep and repeats; its lastSweep() / lastRepeats() belong to result().
    RobustnessTab* robustness() const { return m_robustness; }
    ExportController* exports() const { return m_exports; }
    /// Which run each view shows, the banner and the tab corner's caption.
    RunDisplay* display() const { return m_display; }
    SettingsHistory* history() const { return m_history; }
    /// The run History (View → History): compare, restore and pin finished runs.
    HistoryController* runHistory() const { return m_runHistory; }
    SessionDocument* document() const { return m_document; }
    Autosaver* autosaver() const { return m_autosaver; }
    /// The strip offering to restore the work of a LatentLab that did not close properly.
    InfoBar* recoveryBar() const { return m_recoveryBar; }
    QAction* action(const QString& name) const;
    QTabWidget* tabs() const { return m_tabs; }

signals:
    /// A run ended: with a result (ok) or not (failed or stopped; message says why).
    void runEnded(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildRunActions();
    void wireRuns();
    void settingsChanged();
    void importFailed();
    void updateRunActions();
    std::shared_ptr<const Dataset> reusableData(const Config& config) const;
    /// Why `config` cannot run (invalid value, no file chosen); empty when it can.
    QString runProblem(const Config& config) const;

    SettingsPanel* m_settings;
    LatentSpacesTab* m_latent;
    ClustersTab* m_clusters;
    DataTab* m_dataTab;
    RobustnessTab* m_robustness;
    QTabWidget* m_tabs;
    RunController* m_runs;
    RunDisplay* m_display;
    ExportController* m_exports;
    SettingsHistory* m_history;
    SessionDocument* m_document;
    Autosaver* m_autosaver;
    InfoBar* m_recoveryBar;
    RunStatus* m_status;
    RecentSessionsMenu* m_recentMenu = nullptr;
    HistoryController* m_runHistory = nullptr;
    std::shared_ptr<const Dataset> m_fileData;  ///< last table read, reused while unchanged
    Config m_fileDataConfig;
    bool m_closing = false;
};

}  // namespace latentlab::gui
