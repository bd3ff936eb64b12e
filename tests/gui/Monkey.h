// The monkey's hands: one random user action at a time on the real window, drawn from a
// seeded engine so a failing sequence can be replayed. Shortcuts (F5, F6, F7, Esc, undo,
// redo, Live, sweep, repeats, the file actions), typing into spin boxes and line edits,
// choosing combo items, clicks on controls and anywhere, tab switches, drags, wheel turns,
// context menus, menu actions that open dialogs, layer edits and window resizes.
//
//   Monkey monkey(window, dialogs, seed);
//   qInfo() << monkey.act();   // "F5", "typed 1200 into samples", ...
#pragma once

#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <random>

class DialogDismisser;
class QWidget;

namespace latentlab::gui {
class MainWindow;
}

class Monkey {
public:
    Monkey(latentlab::gui::MainWindow& window, DialogDismisser& dialogs, std::uint32_t seed);

    /// Performs one action and says what it was.
    QString act();
    /// Handles a popup left open by the last action (an item, or Escape); empty if none.
    QString closePopup();
    /// Milliseconds to let the window work before the next action.
    int pause();

private:
    QString pressShortcut();
    QString triggerAction();
    QString typeNumber();
    QString typeText();
    QString chooseInCombo();
    QString clickControl();
    QString clickAnywhere();
    QString switchTab();
    QString drag();
    QString turnWheel();
    QString contextMenu();
    QString editLayers();
    QString resizeWindow();

    /// Visible, enabled widgets of the window (floating dock included) that `keep` accepts.
    template <typename Keep>
    QList<QWidget*> widgets(Keep keep) const;
    QWidget* keyTarget() const;
    QPoint somewhereIn(const QWidget* widget);
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }
    int between(int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }

    latentlab::gui::MainWindow& m_window;
    DialogDismisser& m_dialogs;
    std::mt19937 m_random;
};
