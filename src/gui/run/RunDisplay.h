// Keeps everything on screen on one run. A run that starts resets the views it will replace
// (loss curve, metrics, then each scatter as its new points arrive); a finished run fills
// every tab; a stopped or failed one puts the last finished result back. A banner says
// whenever a view shows a run other than the one the settings describe, and the tab bar's
// corner names the run on screen. Every way to start a run ends in RunController::start,
// whose `started` signal is the one place the views are reset. The training replay of the
// result on screen is kept beside it (never another run's) and handed to the latent spaces'
// timeline.
#pragma once

#include "Replay.h"
#include "Result.h"
#include "RunStamp.h"

#include <QObject>
#include <algorithm>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;

namespace latentlab::gui {

class ClustersTab;
class DataTab;
class InfoBar;
class LatentSpacesTab;
class RobustnessTab;
class RunController;
class SettingsPanel;

class RunDisplay : public QObject {
    Q_OBJECT
public:
    struct Views {
        SettingsPanel* settings;
        QTabWidget* tabs;
        LatentSpacesTab* latent;
        ClustersTab* clusters;
        DataTab* data;
        RobustnessTab* robustness;
    };

    RunDisplay(RunController* runs, const Views& views, QObject* parent = nullptr);

    /// The strip the window puts above its tabs, and the label in the tab bar's corner.
    InfoBar* banner() const { return m_banner; }
    QLabel* caption() const { return m_caption; }
    /// The banner's button ("Run now") triggers this action.
    void setRunAction(QAction* run) { m_runAction = run; }

    /// The last finished result on screen (null before the first run or session).
    std::shared_ptr<const Result> result() const { return m_result; }
    /// The training replay of result() (null: none, as for an opened session).
    std::shared_ptr<const Replay> replay() const { return m_replay; }
    const RunStamp& shown() const { return m_shown; }
    /// The run in progress (null when idle).
    const RunStamp& running() const { return m_running; }
    /// Whether the settings panel asks for something other than the result on screen.
    bool settingsDiffer() const;

    /// Shows a result that was not run in this window (a session, a restored autosave, a run
    /// of the History); `settings` are the panel's settings saved with it (empty: the
    /// result's own config). `number` > 0 keeps the run's own number ("run 3"), else the
    /// next one is taken.
    void showOpened(std::shared_ptr<const Result> result, const QJsonObject& settings,
                    const QString& origin, int number = 0);
    /// Runs up to `last` are taken (the History holds them): the next run is numbered after.
    void reserveNumbers(int last) { m_lastNumber = std::max(m_lastNumber, last); }
    /// Empties every view (Reset).
    void clear();
    /// The settings changed: the banner may have to say the result on screen is older.
    void refresh();

signals:
    /// result() changed: a run finished, a session was shown, or the views were cleared.
    void resultChanged();
    /// A run ended: with a result (ok) or not (failed or stopped; message says why). With a
    /// result, it comes a turn of the event loop after resultChanged(), once the replay is
    /// shown too.
    void runEnded(bool ok, const QString& message);

private:
    enum class Outcome { None, Stopped, Failed };

    void wire(RunController* runs);
    void begin(const Config& config);
    void finish(std::shared_ptr<const Result> result);
    void fallBack(Outcome outcome, const QString& message);
    /// m_result in every tab; `withReplay`: the latent tab's replay timeline too.
    void showEverywhere(bool withReplay = true);
    void updateBanner();
    void updateCaption();

    Views m_views;
    InfoBar* m_banner;
    QLabel* m_caption;
    QAction* m_runAction = nullptr;
    std::shared_ptr<const Result> m_result;
    std::shared_ptr<const Replay> m_replay;     ///< of m_result
    std::shared_ptr<const Replay> m_runReplay;  ///< of the run in progress, until it finishes
    RunStamp m_shown;
    RunStamp m_running;
    Config m_runningConfig;
    int m_lastNumber = 0;
    Outcome m_outcome = Outcome::None;
    int m_outcomeRun = 0;
    QString m_outcomeMessage;
};

}  // namespace latentlab::gui
