// The window as a document: the session file it was opened from or saved to, whether
// anything would be lost on closing (a result never saved, or settings changed since the
// save), the title bar that says both ("demo.latentlab* — LatentLab"), and the question
// asked before such work is lost (quit, close, open another session, Reset).
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace latentlab::gui {

class RunDisplay;
class SettingsPanel;

class SessionDocument : public QObject {
    Q_OBJECT
public:
    enum class Choice { Save, Discard, Cancel };
    /// Asks the user; `question` names what is about to happen.
    using Prompt = std::function<Choice(const QString& question)>;

    SessionDocument(QWidget* window, RunDisplay* display, SettingsPanel* settings);

    /// The session last opened or saved; empty if none.
    const QString& path() const { return m_path; }
    /// The work on screen is the file at `path` (just saved or opened).
    void markSaved(const QString& path);
    /// Nothing on screen is worth keeping any more (Reset, or a restore was declined).
    void markUnchanged();
    /// A result is on screen that no file holds (restored after a crash, for instance).
    void markUnsaved();
    bool isModified() const;
    /// Recomputes the modified mark and the title; call after any change.
    void update();

    /// Replaces the message box (tests, unattended runs).
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    /// Before `action` loses unsaved work: asks Save / Discard / Cancel. Save calls `save`.
    /// True to go on, false to stay where we are.
    bool confirmDiscard(const QString& action, const std::function<bool()>& save);

private:
    QWidget* m_window;
    RunDisplay* m_display;
    SettingsPanel* m_settings;
    Prompt m_prompt;
    QString m_path;
    int m_savedRun = 0;  ///< number of the run on screen when last saved or opened
    QJsonObject m_savedSettings;
    bool m_forcedUnsaved = false;
};

}  // namespace latentlab::gui
