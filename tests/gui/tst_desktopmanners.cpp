// Desktop manners, checked on the real window: the standard shortcuts, a tooltip on every
// control, Tab reaching every control of the settings panels, and a dark palette that the
// charts follow, and a window that fits a small laptop screen (the test saves what it sees
// when LATENTLAB_SCREENSHOT_DIR is set).
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "SettingsPanel.h"
#include "TestMode.h"
#include "ViewTestData.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QToolButton>
#include <QtTest>
#include <set>

using namespace latentlab;
using latentlab::gui::MainWindow;

namespace {

Config smallConfig() {
    Config config;
    config.data.samples = 1500;
    config.data.centers = 8;
    config.autoencoder.epochs = 5;
    return config;
}

/// Controls a user operates, leaving out the parts Qt builds inside its own widgets
/// (a spin box's line edit, scroll bars, tab-bar arrows, the toolbar's overflow button).
bool isUserControl(QWidget* widget) {
    if (widget->objectName().startsWith("qt_")) return false;
    if (qobject_cast<QScrollBar*>(widget)) return false;
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent))
            return false;
        if (parent->inherits("QTabBar") || parent->inherits("QAbstractItemView")) return false;
    }
    return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSlider*>(widget) ||
           qobject_cast<QLineEdit*>(widget);
}

QString describe(QWidget* widget) {
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) text += " '" + widget->objectName() + "'";
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        if (!button->text().isEmpty()) text += " \"" + button->text() + "\"";
    return text;
}

void saveScreenshot(QWidget& window, const QString& name) {
    const QString folder = qEnvironmentVariable("LATENTLAB_SCREENSHOT_DIR");
    if (!folder.isEmpty()) window.grab().save(QDir(folder).filePath(name));
}

double lightness(const QImage& image, const QRect& area) {
    double sum = 0.0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); y += 4)
        for (int x = area.left(); x <= area.right(); x += 4, ++count)
            sum += QColor(image.pixel(x, y)).lightnessF();
    return count ? sum / count : 0.0;
}

}  // namespace

class TestDesktopManners : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void standardShortcuts();
    void everyControlHasATooltip();
    void tabReachesEverySettingsControl();
    void darkPaletteReachesTheCharts();
    void fitsASmallLaptopScreen();
};

void TestDesktopManners::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestDesktopManners::standardShortcuts() {
    MainWindow window;
    const std::pair<const char*, QKeySequence> expected[] = {
        {"openSession", QKeySequence::Open},    {"saveSession", QKeySequence::Save},
        {"exportAll", QKeySequence("Ctrl+E")},  {"run", QKeySequence(Qt::Key_F5)},
        {"stop", QKeySequence(Qt::Key_Escape)}, {"quit", QKeySequence::Quit},
    };
    for (const auto& [name, keys] : expected) {
        QAction* action = window.action(name);
        QVERIFY2(action, name);
        QVERIFY2(action->shortcuts().contains(keys), name);
    }
    // No two actions share a shortcut.
    std::set<QString> seen;
    for (QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& keys : action->shortcuts()) {
            const QString text = keys.toString();
            QVERIFY2(seen.insert(text).second, qPrintable("shortcut used twice: " + text));
        }
    }
}

void TestDesktopManners::everyControlHasATooltip() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList missing;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!isUserControl(widget)) continue;
        QString tip = widget->toolTip();
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && tip.isEmpty())
            if (auto* tool = qobject_cast<QToolButton*>(button); tool && tool->defaultAction())
                tip = tool->defaultAction()->toolTip();
        if (tip.trimmed().isEmpty()) missing << describe(widget);
    }
    QVERIFY2(missing.isEmpty(), qPrintable("no tooltip: " + missing.join(", ")));
}

void TestDesktopManners::tabReachesEverySettingsControl() {
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget* panel = window.settings();
    std::set<QWidget*> wanted;
    for (QWidget* widget : panel->findChildren<QWidget*>())
        // A widget with a focus proxy (a slider beside its spin box) is reached through it.
        if (isUserControl(widget) && widget->isVisibleTo(&window) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            wanted.insert(widget);
    QVERIFY(wanted.size() > 10);
    QWidget* first = *wanted.begin();
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    std::set<QWidget*> reached;
    for (int press = 0; press < 400 && reached.size() < wanted.size(); ++press) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        for (QWidget* w = focus; w; w = w->parentWidget())
            if (wanted.count(w)) reached.insert(w);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    // Read-only tables must not trap Tab (it would walk their cells instead).
    QStringList unreached;
    for (QWidget* widget : wanted)
        if (!reached.count(widget)) unreached << describe(widget);
    QVERIFY2(unreached.isEmpty(), qPrintable("Tab never reaches: " + unreached.join(", ")));
}

void TestDesktopManners::darkPaletteReachesTheCharts() {
    const QPalette saved = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QApplication::setPalette(viewtest::darkPalette());
    {
        MainWindow window;
        window.setConfig(smallConfig());
        window.resize(1500, 940);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.run();
        QVERIFY(ended.wait(60000));
        QTest::qWait(300);
        const QImage shot = window.grab().toImage();
        saveScreenshot(window, "latentlab-dark.png");
        // The whole window, and the scatter in particular, are dark, not white boxes.
        QWidget* scatter = window.latentSpaces();
        const QRect area(scatter->mapTo(&window, QPoint(0, 0)), scatter->size());
        QVERIFY2(lightness(shot, shot.rect()) < 0.35, "the window is not dark");
        QVERIFY2(lightness(shot, area) < 0.35, "the latent-space charts ignore the palette");
    }
    QApplication::setPalette(saved);
}

void TestDesktopManners::fitsASmallLaptopScreen() {
    // A 1366 x 768 laptop, less a panel and the title bar, at the default 9-point font; and
    // the bare screen with a 12-point font (qt6ct's default). Past their minimum sizes the
    // panels scroll; below them Qt would push the window off the screen.
    const QFont original = QApplication::font();
    const std::pair<int, QSize> cases[] = {{0, QSize(1280, 700)}, {12, QSize(1366, 768)}};
    for (const auto& [points, limit] : cases) {
        if (points > 0) {
            QFont larger = original;
            larger.setPointSize(points);
            QApplication::setFont(larger);
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo("font %d pt: smallest window %d x %d", QApplication::font().pointSize(),
              smallest.width(), smallest.height());
        QVERIFY2(smallest.width() <= limit.width() && smallest.height() <= limit.height(),
                 qPrintable(QString("%1 x %2 does not fit %3 x %4")
                                .arg(smallest.width())
                                .arg(smallest.height())
                                .arg(limit.width())
                                .arg(limit.height())));
        window.resize(smallest);
        saveScreenshot(window, QString("smallest-%1pt.png").arg(QApplication::font().pointSize()));
    }
    QApplication::setFont(original);
}

QTEST_MAIN(TestDesktopManners)
#include "tst_desktopmanners.moc"
