#include "MonkeyInput.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

namespace monkeyinput {

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(std::max(0, ms), &loop, &QEventLoop::quit);
    loop.exec();
}

void reveal(QWidget* widget) {
    for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(up)) {
            area->ensureWidgetVisible(widget);
            return;
        }
    }
}

void click(QWidget* widget, QPoint at, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) {
    QTest::mouseClick(widget, button, modifiers, at);
}

void doubleClick(QWidget* widget, QPoint at) {
    QTest::mouseDClick(widget, Qt::LeftButton, Qt::NoModifier, at);
}

void drag(QWidget* widget, QPoint from, QPoint to, Qt::MouseButton button) {
    QPointer<QWidget> target(widget);
    QTest::mousePress(widget, button, Qt::NoModifier, from);
    constexpr int steps = 6;
    for (int step = 1; step <= steps && target; ++step) {
        const QPoint at = from + (to - from) * step / steps;
        QTest::mouseMove(widget, at);
        settle(8);
    }
    if (target) QTest::mouseRelease(widget, button, Qt::NoModifier, to);
}

void wheel(QWidget* widget, QPoint at, int angleDelta, Qt::KeyboardModifiers modifiers) {
    QWheelEvent event(at, widget->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, angleDelta),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void key(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QTest::keyClick(widget, key, modifiers);
}

void typeInto(QAbstractSpinBox* box, const QString& text, bool enter) {
    reveal(box);
    click(box, QPoint(box->width() / 3, box->height() / 2));
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, enter ? Qt::Key_Return : Qt::Key_Tab);
}

void typeInto(QLineEdit* edit, const QString& text, bool enter) {
    reveal(edit);
    click(edit, QPoint(edit->width() / 2, edit->height() / 2));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, enter ? Qt::Key_Return : Qt::Key_Tab);
}

void choose(QComboBox* combo, int index, bool byKeyboard) {
    reveal(combo);
    click(combo, QPoint(combo->width() / 2, combo->height() / 2));
    QAbstractItemView* view = combo->view();
    if (!view->isVisible()) return;  // a disabled combo, or one that opens no list
    if (byKeyboard) {
        const int steps = index - combo->currentIndex();
        for (int i = 0; i < std::abs(steps); ++i)
            QTest::keyClick(view, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Return);
        return;
    }
    // A release within a double-click interval of the opening click is taken as part of it.
    settle(QApplication::doubleClickInterval() + 30);
    const QModelIndex item = view->model()->index(index, combo->modelColumn(), view->rootIndex());
    view->scrollTo(item);
    const QPoint at = view->visualRect(item).center();
    QTest::mouseMove(view->viewport(), at);
    click(view->viewport(), at);
}

QString handlePopup(std::mt19937& random, const QStringList& avoid) {
    QWidget* popup = QApplication::activePopupWidget();
    if (!popup) return QString();
    const auto pick = [&random](int count) {
        return std::uniform_int_distribution<int>(0, count - 1)(random);
    };
    if (auto* menu = qobject_cast<QMenu*>(popup)) {
        QList<QAction*> choices;
        for (QAction* action : menu->actions())
            if (action->isVisible() && action->isEnabled() && !action->isSeparator() &&
                !avoid.contains(action->objectName()))
                choices << action;
        if (!choices.isEmpty() && pick(4) > 0) {
            QAction* action = choices[pick(int(choices.size()))];
            const QPoint at = menu->actionGeometry(action).center();
            QTest::mouseMove(menu, at);
            click(menu, at);
            return QStringLiteral("clicked menu item \"%1\"").arg(action->text().remove('&'));
        }
    } else if (auto* view = popup->findChild<QAbstractItemView*>()) {
        const int rows = view->model()->rowCount(view->rootIndex());
        if (rows > 0 && pick(4) > 0) {
            settle(QApplication::doubleClickInterval() + 30);
            const QModelIndex item = view->model()->index(pick(rows), 0, view->rootIndex());
            view->scrollTo(item);
            const QPoint at = view->visualRect(item).center();
            QTest::mouseMove(view->viewport(), at);
            click(view->viewport(), at);
            return QStringLiteral("clicked list item \"%1\"").arg(item.data().toString());
        }
    }
    QTest::keyClick(popup, Qt::Key_Escape);
    return QStringLiteral("closed the popup with Escape");
}

}  // namespace monkeyinput
