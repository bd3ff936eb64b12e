// Real input for the monkey: clicks, drags, wheel turns, typing and combo-box choices sent
// as the mouse and keyboard events a user's hands make (QTest), plus waiting with the event
// loop running, so timers, queued signals and dialogs all go on meanwhile.
#pragma once

#include <QPoint>
#include <QString>
#include <Qt>
#include <random>

class QAbstractSpinBox;
class QComboBox;
class QLineEdit;
class QWidget;

namespace monkeyinput {

/// Runs the event loop for `ms` (no sleeping between events, unlike QTest::qWait).
void settle(int ms);
/// Scrolls a control inside a scroll area into view, as a user scrolls to it first.
void reveal(QWidget* widget);

void click(QWidget* widget, QPoint at, Qt::MouseButton button = Qt::LeftButton,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void doubleClick(QWidget* widget, QPoint at);
/// Press at `from`, move there in a few steps, release at `to`.
void drag(QWidget* widget, QPoint from, QPoint to, Qt::MouseButton button = Qt::LeftButton);
/// A wheel turn of `angleDelta` eighths of a degree (120: one notch), sent to `widget`;
/// QApplication passes it up the parents while it is ignored.
void wheel(QWidget* widget, QPoint at, int angleDelta,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void key(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

/// Clicks into the box, selects its text, types `text` and commits with Enter or Tab.
void typeInto(QAbstractSpinBox* box, const QString& text, bool enter);
void typeInto(QLineEdit* edit, const QString& text, bool enter);
/// Opens the popup with a click and picks `index` with the mouse or the keyboard.
void choose(QComboBox* combo, int index, bool byKeyboard);

/// The open popup (menu, combo list) handled: an item clicked, or Escape. Returns what was
/// done, empty if no popup was open. Actions named in `avoid` (objectName) are not clicked.
QString handlePopup(std::mt19937& random, const QStringList& avoid);

}  // namespace monkeyinput
