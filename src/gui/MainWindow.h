// The LatentLab window: settings on the left, the comparison (latent spaces, clusters,
// data) in the middle, run controls in the toolbar and progress in the status bar.
// It composes the panels and views and wires them to the RunController; no numerics here.
#pragma once

#include "Config.h"
#include "Result.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace latentlab::gui {

class ClustersTab;
class DataTab;
class RobustnessTab;
class ExportController;
class LatentSpacesTab;
class RecentSessionsMenu;
class RunController;
class RunDisplay;
class SettingsPanel;
class UpdateThrottle;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Config config() const;
    void setConfig(const Config& config);
    /// The last finished result (null before the first run or session).
    std::shared_ptr<const Result> result() const;

    void run();
    enum class StartMode { Now, Step, Debounced };
    /// The one way a run starts (Run, Step, Live, a preset with Live on): checks the
    /// settings, then hands them to the RunController, whose `started` resets the views.
    /// False, with a message, when the settings cannot run.
    bool startRun(StartMode mode);
    /// A message in the status bar's stage field (it stays until the next stage).
    void showStatus(const QString& message);
    /// The session last opened or saved; empty if none.
    const QString& sessionPath() const { return m_sessionPath; }
    void stop();
    bool isRunning() const;
    /// Opens a session and shows it. On error returns false and puts the message in
    /// `error` if given, else shows it in a message box; the window keeps what it showed.
    bool openSession(const QString& path, QString* error = nullptr);
    bool saveSession(const QString& path);
    /// Writes the run files and every chart; false (with a message) on error.
    bool exportAll(const QString& folder, QString* error = nullptr);

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
    QAction* action(const QString& name) const;

signals:
    /// A run ended: with a result (ok) or not (failed or stopped; message says why).
    void runEnded(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void wireRuns();
    void reportError(const QString& title, const QString& message);
    void updateRunActions();
    void settingsChanged();
    void restoreSettings();
    void storeSettings() const;
    std::shared_ptr<const Dataset> reusableData(const Config& config) const;

    SettingsPanel* m_settings;
    LatentSpacesTab* m_latent;
    ClustersTab* m_clusters;
    DataTab* m_dataTab;
    RobustnessTab* m_robustness;
    QTabWidget* m_tabs;
    RunController* m_runs;
    RunDisplay* m_display = nullptr;
    ExportController* m_exports;
    QLabel* m_stage;
    QProgressBar* m_progress;
    RecentSessionsMenu* m_recentMenu = nullptr;
    UpdateThrottle* m_progressThrottle;
    double m_pendingProgress = 0.0;
    std::shared_ptr<const Dataset> m_fileData;  ///< last table read, reused while unchanged
    Config m_fileDataConfig;
    QString m_sessionPath;
};

}  // namespace latentlab::gui
