// Answers whatever the window asks while the monkey plays: the unsaved-work question
// (Save / Discard / Cancel at random) and every modal dialog, each after a short random
// look, from a timer: a file dialog gets a file or folder in a temporary folder (or one of
// the test tables) or is cancelled, a message box gets one of its buttons, the Apply model
// dialog is tried on a table and closed. Popups left open (a context menu's own loop) get
// an item clicked or Escape. A dialog still open after 5 s is a finding.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <array>
#include <functional>
#include <random>

class QDialog;
class QFileDialog;
class QMessageBox;

namespace latentlab::gui {
class ApplyModelDialog;
class MainWindow;
}  // namespace latentlab::gui

class DialogDismisser : public QObject {
    Q_OBJECT
public:
    using Log = std::function<void(const QString&)>;
    /// Hears "export" when a folder is chosen for Export all (known to block the GUI).
    using Answered = std::function<void(const QString& what)>;

    /// Files are written into `folder`; `log` hears every answer.
    DialogDismisser(latentlab::gui::MainWindow& window, std::uint32_t seed, QString folder, Log log,
                    QObject* parent = nullptr);

    /// The dialogs answered so far, and the first problem (a dialog that stayed open).
    int answered() const { return m_answered; }
    const QString& problem() const { return m_problem; }
    /// While set, the unsaved-work question is answered Discard (to close at the end).
    void setForceDiscard(bool force) { m_forceDiscard = force; }
    /// While set, popups are left to the monkey (it is choosing in one).
    void setLeavePopups(bool leave) { m_leavePopups = leave; }
    void onAnswered(Answered answered) { m_answeredHook = std::move(answered); }

private:
    void tick();
    void tickPopup();
    /// Answers `dialog`; true when done with it (an answer is queued).
    bool handle(QWidget* dialog);
    void answerFileDialog(QFileDialog* dialog);
    void answerMessageBox(QMessageBox* box);
    bool tryApplyModel(latentlab::gui::ApplyModelDialog* dialog);
    QString nextFile(const QString& stem, const QString& suffix);
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }

    latentlab::gui::MainWindow& m_window;
    std::mt19937 m_random;
    QString m_folder;
    Log m_log;
    Answered m_answeredHook;
    QTimer m_timer;
    QElapsedTimer m_openFor;
    QPointer<QWidget> m_current;
    QPointer<QWidget> m_popup;
    QElapsedTimer m_popupFor;
    int m_popupLookMs = 0;
    bool m_leavePopups = false;
    int m_lookMs = 0;
    int m_stage = 0;  ///< steps taken on a dialog answered in several (Apply model)
    int m_answered = 0;
    int m_files = 0;
    bool m_forceDiscard = false;
    QString m_problem;
};
