// Undo and redo for the settings panel (Edit menu, Ctrl+Z / Ctrl+Shift+Z). Each user change
// becomes a step from the settings before to the settings after; quick successive changes of
// the same setting (a slider drag, typing digits) merge into one step.
//
//   auto* history = new SettingsHistory(panel, this);
//   connect(panel, &SettingsPanel::changed, history, &SettingsHistory::record);
//   connect(history, &SettingsHistory::applied, this, &Window::settingsChanged);
#pragma once

#include "Config.h"

#include <QJsonObject>
#include <QObject>

class QUndoStack;

namespace latentlab::gui {

class SettingsPanel;

class SettingsHistory : public QObject {
    Q_OBJECT
public:
    SettingsHistory(SettingsPanel* panel, QObject* parent = nullptr);

    QUndoStack* stack() const { return m_stack; }
    /// The panel changed (a user edit or a preset): one undoable step from the last state.
    /// `what` names it ("Apply preset Tuned (Adam)"); empty: named after the keys changed.
    void record(const QString& what = QString());
    /// Shows `config` in the panel as one undoable step (e.g. back to the data that loaded).
    void change(const Config& config, const QString& what);
    /// The panel's current settings become the start of history (a session was opened).
    void restart();
    /// The settings the history last saw.
    const QJsonObject& current() const { return m_current; }

signals:
    /// Undo or redo put other settings in the panel (which does not emit changed() then).
    void applied();

private:
    friend class SettingsStep;
    void show(const QJsonObject& settings);

    SettingsPanel* m_panel;
    QUndoStack* m_stack;
    QJsonObject m_current;
};

}  // namespace latentlab::gui
