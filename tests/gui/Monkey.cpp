#include "Monkey.h"

#include "DialogDismisser.h"
#include "MainWindow.h"
#include "MonkeyInput.h"
#include "SettingsPanel.h"
#include "SliderSpinBox.h"
#include "TestData.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QSplitterHandle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace monkeyinput;

namespace {

/// A number control and the values a user would plausibly type into it.
struct NumberControl {
    const char* name;
    double low, high;
    int decimals;
};

const NumberControl kNumbers[] = {
    {"samples", 100, 2000, 0},
    {"features", 2, 12, 0},
    {"centers", 1, 8, 0},
    {"clusterStd", 0.3, 4, 2},
    {"noiseColumns", 0, 3, 0},
    {"epochs", 1, 30, 0},
    {"learningRate", 5e-4, 0.5, 5},
    {"momentum", 0, 0.95, 2},
    {"batchSize", 8, 256, 0},
    {"k", 1, 10, 0},
    {"nInit", 1, 5, 0},
    {"silhouetteSample", 100, 2000, 0},
    {"seed", 0, 999, 0},
    {"trainingSeed", 0, 999, 0},
    {"firstK", 2, 6, 0},
    {"lastK", 2, 10, 0},
    {"repeatCount", 2, 3, 0},
};

/// What a user mistypes now and then: the validators and the run's checks answer these.
const char* const kOddNumbers[] = {"", "abc", "-7", "0", "1e9", "999999", "3.5.1", "50"};

const QStringList kOddPaths{QStringLiteral("/nonexistent/table.csv"), QStringLiteral("  "),
                            QStringLiteral("relative.csv")};

QString keyName(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    return QKeySequence(int(modifiers) | int(key)).toString();
}

bool isTopLevelOfWindow(const QWidget* widget, const QWidget* window) {
    return widget == window || (qobject_cast<const QDockWidget*>(widget) && widget->isWindow());
}

}  // namespace

Monkey::Monkey(latentlab::gui::MainWindow& window, DialogDismisser& dialogs, std::uint32_t seed)
    : m_window(window), m_dialogs(dialogs), m_random(seed) {}

template <typename Keep>
QList<QWidget*> Monkey::widgets(Keep keep) const {
    QList<QWidget*> found;
    for (QWidget* widget : m_window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->width() < 4 ||
            widget->height() < 4 || !isTopLevelOfWindow(widget->window(), &m_window))
            continue;
        if (keep(widget)) found << widget;
    }
    return found;
}

QString Monkey::act() {
    // Weights: run control and settings most, the rest often enough to meet every path.
    using Action = QString (Monkey::*)();
    static const std::pair<Action, int> actions[] = {
        {&Monkey::pressShortcut, 22}, {&Monkey::typeNumber, 14},   {&Monkey::chooseInCombo, 8},
        {&Monkey::clickControl, 14},  {&Monkey::clickAnywhere, 8}, {&Monkey::switchTab, 7},
        {&Monkey::drag, 6},           {&Monkey::turnWheel, 6},     {&Monkey::triggerAction, 10},
        {&Monkey::contextMenu, 2},    {&Monkey::editLayers, 3},    {&Monkey::typeText, 2},
        {&Monkey::resizeWindow, 1},
    };
    int total = 0;
    for (const auto& [action, weight] : actions) total += weight;
    int draw = pick(total);
    for (const auto& [action, weight] : actions) {
        if (draw < weight) return (this->*action)();
        draw -= weight;
    }
    return QString();
}

int Monkey::pause() {
    const int kind = pick(20);
    if (kind < 12) return between(5, 120);
    if (kind < 18) return between(120, 700);
    return between(1000, 3000);  // long enough for a small run or a k sweep to finish
}

QString Monkey::closePopup() {
    m_dialogs.setLeavePopups(true);
    const QString done = handlePopup(m_random, {QStringLiteral("quit")});
    m_dialogs.setLeavePopups(false);
    return done;
}

QWidget* Monkey::keyTarget() const {
    QWidget* focus = QApplication::focusWidget();
    return focus && isTopLevelOfWindow(focus->window(), &m_window) ? focus : &m_window;
}

QPoint Monkey::somewhereIn(const QWidget* widget) {
    return QPoint(between(1, std::max(1, widget->width() - 2)),
                  between(1, std::max(1, widget->height() - 2)));
}

QString Monkey::pressShortcut() {
    static const std::pair<Qt::Key, Qt::KeyboardModifiers> keys[] = {
        {Qt::Key_F5, Qt::NoModifier},
        {Qt::Key_F5, Qt::NoModifier},
        {Qt::Key_F5, Qt::NoModifier},
        {Qt::Key_F5, Qt::NoModifier},
        {Qt::Key_Escape, Qt::NoModifier},
        {Qt::Key_Escape, Qt::NoModifier},
        {Qt::Key_F6, Qt::NoModifier},
        {Qt::Key_F7, Qt::NoModifier},
        {Qt::Key_F7, Qt::NoModifier},
        {Qt::Key_Z, Qt::ControlModifier},
        {Qt::Key_Z, Qt::ControlModifier},
        {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier},
        {Qt::Key_Y, Qt::ControlModifier},
        {Qt::Key_L, Qt::ControlModifier},
        {Qt::Key_K, Qt::ControlModifier},
        {Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier},
        {Qt::Key_E, Qt::ControlModifier},
        {Qt::Key_S, Qt::ControlModifier},
        {Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier},
        {Qt::Key_O, Qt::ControlModifier},
        {Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier},
        {Qt::Key_R, Qt::ControlModifier},
        {Qt::Key_Tab, Qt::NoModifier},
        {Qt::Key_Plus, Qt::NoModifier},
        {Qt::Key_Home, Qt::NoModifier},
        {Qt::Key_Space, Qt::NoModifier},
        {Qt::Key_Down, Qt::NoModifier},
    };
    const auto& [key, modifiers] = keys[pick(int(std::size(keys)))];
    QWidget* target = keyTarget();
    const QString name = keyName(key, modifiers);
    monkeyinput::key(target, key, modifiers);
    return QStringLiteral("key %1 on %2").arg(name, target->metaObject()->className());
}

QString Monkey::triggerAction() {
    // The menu entries that open dialogs or start analyses, as chosen from the menus.
    static const char* const names[] = {"openSession", "openData",   "saveSession", "saveSessionAs",
                                        "exportAll",   "saveReport", "applyModel",  "about",
                                        "sweepK",      "sweepK",     "repeatRuns",  "reset",
                                        "live"};
    QAction* action = m_window.action(QLatin1String(names[pick(int(std::size(names)))]));
    if (!action) return QStringLiteral("no such action");
    if (!action->isEnabled()) return QStringLiteral("menu %1 (disabled)").arg(action->objectName());
    action->trigger();
    return QStringLiteral("menu %1").arg(action->objectName());
}

QString Monkey::typeNumber() {
    QList<std::pair<QAbstractSpinBox*, const NumberControl*>> boxes;
    for (const NumberControl& control : kNumbers) {
        QAbstractSpinBox* box = nullptr;
        if (auto* slider = m_window.findChild<latentlab::gui::SliderSpinBox*>(control.name))
            box = slider->findChild<QDoubleSpinBox*>();
        else
            box = m_window.findChild<QSpinBox*>(control.name);
        if (box && box->isVisible() && box->isEnabled()) boxes << std::pair{box, &control};
    }
    if (boxes.isEmpty()) return QStringLiteral("no number control in reach");
    const auto [box, control] = boxes[pick(int(boxes.size()))];
    QString text;
    if (chance(0.08)) {
        text = QLatin1String(kOddNumbers[pick(int(std::size(kOddNumbers)))]);
    } else {
        const double fraction = std::uniform_real_distribution<double>(0, 1)(m_random);
        const double value = control->low + fraction * (control->high - control->low);
        text = QString::number(value, 'f', control->decimals);
    }
    const bool enter = chance(0.7);
    typeInto(box, text, enter);
    return QStringLiteral("typed \"%1\" into %2 + %3")
        .arg(text, QLatin1String(control->name), enter ? "Enter" : "Tab");
}

QString Monkey::typeText() {
    const QList<QWidget*> edits = widgets([](QWidget* widget) {
        return qobject_cast<QLineEdit*>(widget) &&
               !qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) &&
               !qobject_cast<QComboBox*>(widget->parentWidget());
    });
    if (edits.isEmpty()) return QStringLiteral("no text field in reach");
    auto* edit = static_cast<QLineEdit*>(edits[pick(int(edits.size()))]);
    static const char* const tables[] = {"iris.csv", "wine.csv", "small_blobs.csv",
                                         "import/ragged.csv"};
    const QString text = chance(0.75)
                             ? testdata::path(QLatin1String(tables[pick(int(std::size(tables)))]))
                             : kOddPaths[pick(int(kOddPaths.size()))];
    typeInto(edit, text, chance(0.7));
    return QStringLiteral("typed \"%1\" into %2").arg(text, edit->objectName());
}

QString Monkey::chooseInCombo() {
    const QList<QWidget*> combos =
        widgets([](QWidget* widget) { return qobject_cast<QComboBox*>(widget) != nullptr; });
    if (combos.isEmpty()) return QStringLiteral("no combo box in reach");
    auto* combo = static_cast<QComboBox*>(combos[pick(int(combos.size()))]);
    if (combo->count() == 0) return QStringLiteral("empty combo %1").arg(combo->objectName());
    const int index = pick(combo->count());
    const bool byKeyboard = chance(0.4);
    m_dialogs.setLeavePopups(true);
    choose(combo, index, byKeyboard);
    m_dialogs.setLeavePopups(false);
    return QStringLiteral("chose \"%1\" in combo %2 by %3")
        .arg(combo->itemText(index), combo->objectName(), byKeyboard ? "keyboard" : "mouse");
}

QString Monkey::clickControl() {
    const QList<QWidget*> controls = widgets([](QWidget* widget) {
        return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
               qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QSlider*>(widget) ||
               qobject_cast<QTabBar*>(widget) || qobject_cast<QAbstractItemView*>(widget);
    });
    if (controls.isEmpty()) return QStringLiteral("nothing to click");
    QWidget* control = controls[pick(int(controls.size()))];
    reveal(control);
    QWidget* target = control;
    if (auto* view = qobject_cast<QAbstractItemView*>(control)) target = view->viewport();
    const QPoint at =
        qobject_cast<QAbstractButton*>(control) ? control->rect().center() : somewhereIn(target);
    const QString text = qobject_cast<QAbstractButton*>(control)
                             ? static_cast<QAbstractButton*>(control)->text().remove('&')
                             : QString();
    click(target, at);
    return QStringLiteral("clicked %1 '%2' \"%3\"")
        .arg(control->metaObject()->className(), control->objectName(), text);
}

QString Monkey::clickAnywhere() {
    const QPoint at = somewhereIn(&m_window);
    QWidget* hit = m_window.childAt(at);
    if (!hit || !hit->isEnabled())
        return QStringLiteral("clicked nothing at (%1, %2)").arg(at.x()).arg(at.y());
    const QPoint local = hit->mapFrom(&m_window, at);
    const bool twice = chance(0.15);
    if (twice)
        doubleClick(hit, local);
    else
        click(hit, local);
    return QStringLiteral("%1 %2 '%3' at (%4, %5)")
        .arg(twice ? "double-clicked" : "clicked", hit->metaObject()->className(),
             hit->objectName())
        .arg(at.x())
        .arg(at.y());
}

QString Monkey::switchTab() {
    QTabBar* bar = m_window.tabs()->tabBar();
    const int index = pick(bar->count());
    click(bar, bar->tabRect(index).center());
    return QStringLiteral("tab \"%1\"").arg(bar->tabText(index).remove('&'));
}

QString Monkey::drag() {
    const QList<QWidget*> targets = widgets([](QWidget* widget) {
        return (qobject_cast<QGraphicsView*>(widget->parentWidget()) &&
                static_cast<QGraphicsView*>(widget->parentWidget())->viewport() == widget) ||
               qobject_cast<QSlider*>(widget) || qobject_cast<QSplitterHandle*>(widget) ||
               qobject_cast<QScrollBar*>(widget);
    });
    if (targets.isEmpty()) return QStringLiteral("nothing to drag");
    QWidget* target = targets[pick(int(targets.size()))];
    reveal(target);
    const QPoint from = somewhereIn(target);
    const QPoint to = from + QPoint(between(-120, 120), between(-80, 80));
    static const Qt::MouseButton buttons[] = {Qt::LeftButton, Qt::LeftButton, Qt::RightButton,
                                              Qt::MiddleButton};
    const Qt::MouseButton button = buttons[pick(4)];
    monkeyinput::drag(target, from, to, button);
    QWidget* owner = target->parentWidget() ? target->parentWidget() : target;
    return QStringLiteral("dragged (button %1) on %2 '%3'")
        .arg(int(button))
        .arg(owner->metaObject()->className(), owner->objectName());
}

QString Monkey::turnWheel() {
    const QList<QWidget*> targets = widgets([](QWidget* widget) {
        return widget->children().isEmpty() || qobject_cast<QAbstractSpinBox*>(widget) ||
               qobject_cast<QComboBox*>(widget) || qobject_cast<QSlider*>(widget);
    });
    if (targets.isEmpty()) return QStringLiteral("nothing to turn the wheel on");
    QWidget* target = targets[pick(int(targets.size()))];
    const int notches = between(-3, 3);
    const Qt::KeyboardModifiers modifiers = chance(0.1) ? Qt::ControlModifier : Qt::NoModifier;
    wheel(target, somewhereIn(target), notches * 120, modifiers);
    return QStringLiteral("wheel %1 notches on %2 '%3'")
        .arg(notches)
        .arg(target->metaObject()->className(), target->objectName());
}

QString Monkey::contextMenu() {
    // The charts' Save PNG / Save SVG / Copy menu; its own loop runs until it is answered.
    const QList<QWidget*> charts = widgets(
        [](QWidget* widget) { return widget->contextMenuPolicy() == Qt::ActionsContextMenu; });
    if (charts.isEmpty()) return QStringLiteral("no chart with a menu in reach");
    QWidget* chart = charts[pick(int(charts.size()))];
    const QPoint at = somewhereIn(chart);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, chart->mapToGlobal(at));
    QApplication::sendEvent(chart, &event);
    return QStringLiteral("context menu of %1 '%2'")
        .arg(chart->metaObject()->className(), chart->objectName());
}

QString Monkey::editLayers() {
    auto* layers = m_window.findChild<QListWidget*>(QStringLiteral("layers"));
    auto* add = m_window.findChild<QPushButton*>(QStringLiteral("addLayer"));
    auto* remove = m_window.findChild<QPushButton*>(QStringLiteral("removeLayer"));
    if (!layers || !add || !remove) return QStringLiteral("no layer list");
    const int choice = pick(3);
    if (choice == 0 || layers->count() == 0) {
        reveal(add);
        click(add, add->rect().center());  // opens the new width's editor
    } else if (choice == 1) {
        reveal(remove);
        click(remove, remove->rect().center());
        return QStringLiteral("removed a layer");
    } else {
        reveal(layers);
        QListWidgetItem* item = layers->item(pick(layers->count()));
        doubleClick(layers->viewport(), layers->visualItemRect(item).center());
    }
    auto* editor = layers->viewport()->findChild<QLineEdit*>();
    if (!editor || !editor->isVisible()) return QStringLiteral("layer list: no editor opened");
    const QString width = chance(0.9) ? QString::number(between(2, 24)) : QStringLiteral("abc");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, width);
    QTest::keyClick(editor, chance(0.8) ? Qt::Key_Return : Qt::Key_Escape);
    return QStringLiteral("%1 layer width \"%2\"").arg(choice == 0 ? "added" : "edited", width);
}

QString Monkey::resizeWindow() {
    static const QSize sizes[] = {{1366, 768}, {1600, 1000}, {1280, 720}, {1500, 900}};
    const QSize size = sizes[pick(int(std::size(sizes)))];
    m_window.resize(size);
    return QStringLiteral("resized the window to %1 x %2").arg(size.width()).arg(size.height());
}
