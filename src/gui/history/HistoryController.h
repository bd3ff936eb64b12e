// The window's run History at work: every run that finishes with a result enters it, the
// History tab shows it (View → History, Ctrl+H), Restore puts a run's settings back in the
// panel as one undoable step and shows its result again while it is kept, Pin makes a run the
// reference of the metrics table, and File → Open history.csv… / Export history CSV… read
// and write the grid's history.csv format. Sessions keep it through state()/setState().
//
//   auto* history = new HistoryController(window);   // before the window builds its menus
//   window["history"] = history->state();
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

namespace latentlab::gui {

class HistoryCompareDialog;
class HistoryPanel;
class MainWindow;
class RunHistory;

class HistoryController : public QObject {
    Q_OBJECT
public:
    /// Adds the History tab and the actions showHistory, openHistory, exportHistory.
    explicit HistoryController(MainWindow* window);

    RunHistory* history() const { return m_history; }
    HistoryPanel* panel() const { return m_panel; }
    /// Brings the History tab to the front.
    void showPanel();

    /// Run `number`'s settings into the panel (Undo takes them back) and its result on screen
    /// when it is still kept; else the panel's message says how to get it back (rerun).
    void restore(int number);
    /// The metrics table compares with run `number` (0: with nothing).
    void pin(int number);
    /// Opens the side-by-side view of two runs (null if either is unknown).
    HistoryCompareDialog* compare(int first, int second);
    /// Adds the rows of a history.csv (latentlab-cli grid / merge) and shows the History.
    bool openCsv(const QString& path, QString* error = nullptr);
    /// Writes one history.csv row per run (io::historyCsv).
    bool exportCsv(const QString& path, QString* error = nullptr);

    /// For the session file: every entry's settings, metrics and thumbnails.
    QJsonObject state() const;
    /// A session's History replaces this one; its run on screen gets its result back from
    /// attachOpened().
    void setState(const QJsonObject& state);
    /// The session's result belongs to its run on screen: returns that run's number (0 if
    /// the session named none) for RunDisplay::showOpened.
    int attachOpened(std::shared_ptr<const Result> result);

private:
    void createActions();
    void runEnded(bool ok);
    void updateReference();
    void say(const QString& message);

    MainWindow* m_window;
    RunHistory* m_history;
    HistoryPanel* m_panel;
    int m_openedRun = 0;  ///< the run on screen of the session being opened
};

}  // namespace latentlab::gui
