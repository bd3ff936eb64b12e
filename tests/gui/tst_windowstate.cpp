// The window as a document a user can trust: a reopened session shows every control as
// saved; presets change only their own keys; a file that fails to load leaves the panel on
// the data on screen; the title names the session and marks unsaved work, which is asked
// for before it is lost; settings changes undo and redo; the wheel scrolls the settings
// panel; file dialogs open where that kind of file was last taken from.
#include "DataPanel.h"
#include "FileDialogs.h"
#include "InfoBar.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "PanelControls.h"
#include "Presets.h"
#include "RunDisplay.h"
#include "ScatterView.h"
#include "SessionDocument.h"
#include "SettingsHistory.h"
#include "SettingsPanel.h"
#include "SliderSpinBox.h"
#include "TestData.h"
#include "TestMode.h"
#include "WindowRun.h"

#include <QAbstractSlider>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

using namespace latentlab;
using namespace paneltest;
using latentlab::gui::MainWindow;
using Choice = latentlab::gui::SessionDocument::Choice;

namespace {

Config smallConfig() {
    Config config;
    config.data.samples = 900;
    config.data.centers = 4;
    config.autoencoder.epochs = 3;
    return config;
}

Config irisConfig() {
    Config config = smallConfig();
    config.data.source = DataSource::Csv;
    config.data.path = testdata::path("iris.csv").toStdString();
    return config;
}

/// Every control of the settings panel by name: its value as the user sees it.
QMap<QString, QString> controls(const MainWindow& window) {
    QMap<QString, QString> values;
    const auto name = [](const QObject* widget) {
        QString path = widget->objectName() + ':' + widget->metaObject()->className();
        for (const QObject* up = widget->parent(); up; up = up->parent())
            if (!up->objectName().isEmpty() && !up->objectName().startsWith("qt_"))
                path = up->objectName() + '/' + path;
        return path;
    };
    for (auto* box : window.settings()->findChildren<QAbstractSpinBox*>())
        values[name(box)] = box->text() + (box->isEnabled() ? "" : " (disabled)");
    for (auto* combo : window.settings()->findChildren<QComboBox*>())
        values[name(combo)] = combo->currentText();
    for (auto* check : window.settings()->findChildren<QAbstractButton*>())
        if (check->isCheckable()) values[name(check)] = check->isChecked() ? "on" : "off";
    for (auto* edit : window.settings()->findChildren<QLineEdit*>())
        if (!qobject_cast<QAbstractSpinBox*>(edit->parent()) &&
            !qobject_cast<QComboBox*>(edit->parent()))
            values[name(edit)] = edit->text();
    for (auto* list : window.settings()->findChildren<QListWidget*>()) {
        QStringList items;
        for (int i = 0; i < list->count(); ++i) items << list->item(i)->text();
        values[name(list)] = items.join(',');
    }
    for (auto* slider : window.settings()->findChildren<QAbstractSlider*>())
        if (!qobject_cast<QScrollBar*>(slider))
            values[name(slider)] = QString::number(slider->value());
    return values;
}

/// Answers the unsaved-work question with `choice` and counts how often it was asked.
struct PromptRecorder {
    int asked = 0;
    QString lastQuestion;
    Choice answer = Choice::Cancel;
    void attach(MainWindow& window) {
        window.document()->setPrompt([this](const QString& question) {
            ++asked;
            lastQuestion = question;
            return answer;
        });
    }
};

}  // namespace

class TestWindowState : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sessionRestoresEveryControl();
    void presetChangesOnlyItsOwnKeys();
    void failedImportLeavesThePanelOnTheDataShown();
    void titleNamesTheSessionAndMarksChanges();
    void unsavedWorkIsAskedForBeforeItIsLost();
    void settingsChangesUndoAndRedo();
    void wheelScrollsThePanelUnlessTheControlHasFocus();
    void dialogsOpenWhereTheirKindWasLastUsed();
};

void TestWindowState::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestWindowState::sessionRestoresEveryControl() {
    QTemporaryDir dir;
    const QString path = dir.filePath("iris.latentlab");
    MainWindow window;
    window.setConfig(irisConfig());
    window.settings()->applyPreset(QStringLiteral("Tuned (Adam)"));
    window.settings()->findChild<QComboBox*>("pace")->setCurrentIndex(2);
    window.settings()->findChild<QComboBox*>("scaling")->setCurrentIndex(1);
    QVERIFY(runAndWait(window));
    QCOMPARE(window.result()->config.kmeans.k, 3);
    // The view's own controls too: colour by cluster, bigger points, aligned with each
    // scatter zooming on its own, log loss.
    const QJsonObject view{{"colour_by", "cluster"}, {"point_size", 7},    {"opacity", 35},
                           {"align_ae", true},       {"link_zoom", false}, {"show_all", true},
                           {"loss_log_scale", true}};
    window.latentSpaces()->setViewState(view);
    QCOMPARE(window.latentSpaces()->viewState(), view);
    const QMap<QString, QString> saved = controls(window);
    QVERIFY(saved.size() > 30);
    QVERIFY(window.saveSession(path));

    MainWindow reopened;  // as after a restart of the app
    QString error;
    QVERIFY2(reopened.openSession(path, &error), qPrintable(error));
    const QMap<QString, QString> restored = controls(reopened);
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        QVERIFY2(restored.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: saved '%2', reopened '%3'")
                                .arg(it.key(), it.value(), restored.value(it.key()))));
    QCOMPARE(restored.size(), saved.size());
    // What the issue saw go wrong: the preset, k following the classes, the source and file.
    const auto* presets = reopened.settings()->findChild<QComboBox*>();
    QCOMPARE(presets->currentText(), QStringLiteral("Tuned (Adam)"));
    QVERIFY(reopened.settings()->findChild<QCheckBox*>("kFromLabels")->isChecked());
    QCOMPARE(control(reopened, "k")->intValue(), 3);
    QCOMPARE(reopened.config().data.source, DataSource::Csv);
    QCOMPARE(reopened.config().data.path, irisConfig().data.path);
    QVERIFY(!reopened.display()->settingsDiffer());
    QCOMPARE(reopened.latentSpaces()->viewState(), view);
    QCOMPARE(reopened.latentSpaces()->scatter("autoencoder")->colourBy(), gui::ColourBy::Cluster);
    QCOMPARE(reopened.latentSpaces()->scatter("autoencoder")->pointSize(), 7.0);
    QVERIFY(reopened.display()->banner()->isHidden());
}

void TestWindowState::presetChangesOnlyItsOwnKeys() {
    MainWindow window;
    window.setConfig(irisConfig());
    window.settings()->applyPreset(QStringLiteral("Tuned (Adam)"));
    const Config tuned = window.config();
    QCOMPARE(tuned.data.source, DataSource::Csv);  // was switched back to blobs
    QCOMPARE(tuned.data.path, irisConfig().data.path);
    QCOMPARE(tuned.autoencoder.optimizer, OptimizerKind::Adam);
    QCOMPARE(tuned.autoencoder.learningRate, 0.003);
    QCOMPARE(tuned.autoencoder.batchSize, 32);
    QCOMPARE(window.settings()->findChild<QComboBox*>()->currentText(),
             QStringLiteral("Tuned (Adam)"));
    // The notebook preset is the whole notebook, its data included.
    window.settings()->applyPreset(QStringLiteral("Seed notebook"));
    QCOMPARE(window.config().data.source, DataSource::Blobs);
    QCOMPARE(window.config().autoencoder.optimizer, OptimizerKind::Sgd);
    QVERIFY(gui::presetMatches(QStringLiteral("Seed notebook"), window.config()));
    // A preset for a kind of data sets the whole recipe but keeps the file that is open.
    window.setConfig(irisConfig());
    for (const QString& title :
         {QStringLiteral("Normalised expression"), QStringLiteral("Single-cell counts")}) {
        window.settings()->applyPreset(title);
        const Config recipe = window.config();
        QCOMPARE(recipe.data.source, DataSource::Csv);
        QCOMPARE(recipe.data.path, irisConfig().data.path);
        QCOMPARE(recipe.data.labelColumn, irisConfig().data.labelColumn);
        QCOMPARE(recipe.data.topGenes, 2000);
        QCOMPARE(recipe.data.clip, 10.0);
        QCOMPARE(recipe.pca.components, 50);
        QCOMPARE(recipe.autoencoder.activation, Activation::Relu);
        QCOMPARE(recipe.autoencoder.validationSplit, 0.1);
        QCOMPARE(recipe.autoencoder.latent, 10);
        QCOMPARE(window.settings()->findChild<QComboBox*>()->currentText(), title);
    }
    QCOMPARE(window.config().data.minGenes, 200);
    QCOMPARE(window.config().autoencoder.encoder, std::vector<int>({256, 64}));
}

void TestWindowState::failedImportLeavesThePanelOnTheDataShown() {
    MainWindow window;
    window.setConfig(irisConfig());
    QVERIFY(runAndWait(window));
    const QString bad = testdata::path("import/ragged.csv");
    window.settings()->dataPanel()->useFile(bad);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.run();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().at(0).toBool(), false);
    QVERIFY2(ended.first().at(1).toString().contains("ragged.csv"),
             qPrintable(ended.first().at(1).toString()));
    // The panel names the file the result on screen came from, and nothing is stale.
    QCOMPARE(window.config().data.path, irisConfig().data.path);
    QVERIFY(!window.display()->settingsDiffer());
    // Undo brings the rejected choice back, for fixing the file and trying again.
    window.action("undo")->trigger();
    QCOMPARE(QString::fromStdString(window.config().data.path), bad);
}

void TestWindowState::titleNamesTheSessionAndMarksChanges() {
    QTemporaryDir dir;
    MainWindow window;
    window.setConfig(smallConfig());
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — LatentLab"));
    QVERIFY(!window.isWindowModified());
    QVERIFY(runAndWait(window));
    QVERIFY(window.isWindowModified());  // a result no file holds
    QVERIFY(window.saveSession(dir.filePath("demo.latentlab")));
    QCOMPARE(window.windowTitle(), QStringLiteral("demo.latentlab[*] — LatentLab"));
    QVERIFY(!window.isWindowModified());
    seedBox(window)->setValue(7);
    QVERIFY(window.isWindowModified());
    seedBox(window)->setValue(42);  // back to what was saved
    QVERIFY(!window.isWindowModified());
    QVERIFY(runAndWait(window));  // a new result, same settings: not in the file
    QVERIFY(window.isWindowModified());
}

void TestWindowState::unsavedWorkIsAskedForBeforeItIsLost() {
    QTemporaryDir dir;
    PromptRecorder prompt;
    {
        MainWindow fresh;
        prompt.attach(fresh);
        fresh.show();
        QVERIFY(fresh.close());  // nothing to lose yet
        QCOMPARE(prompt.asked, 0);
    }
    auto* window = new MainWindow;
    prompt.attach(*window);
    window->setConfig(smallConfig());
    window->show();
    QVERIFY(runAndWait(*window));
    // Quit, Cancel: still there, result kept.
    prompt.answer = Choice::Cancel;
    window->action("quit")->trigger();
    QCOMPARE(prompt.asked, 1);
    QVERIFY(window->isVisible());
    QVERIFY2(prompt.lastQuestion.contains("run 1"), qPrintable(prompt.lastQuestion));
    // Reset, Cancel: result and settings stay.
    const auto result = window->result();
    window->action("reset")->trigger();
    QCOMPARE(prompt.asked, 2);
    QCOMPARE(window->result(), result);
    QCOMPARE(window->config().data.samples, 900);
    // Opening another session asks too.
    MainWindow other;
    other.setConfig(smallConfig());
    QVERIFY(runAndWait(other));
    const QString session = dir.filePath("other.latentlab");
    QVERIFY(other.saveSession(session));
    window->action("openSession")->trigger();
    QCOMPARE(prompt.asked, 3);
    // Save: the session is written, then the window closes.
    QTimer::singleShot(0, [&] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            dialog->selectFile(dir.filePath("kept.latentlab"));
            QMetaObject::invokeMethod(dialog, "accept");
        }
    });
    prompt.answer = Choice::Save;
    QVERIFY(window->close());
    QCOMPARE(prompt.asked, 4);
    QVERIFY(QFileInfo::exists(dir.filePath("kept.latentlab")));
    delete window;
}

void TestWindowState::settingsChangesUndoAndRedo() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QUndoStack* stack = window.history()->stack();
    QCOMPARE(stack->count(), 0);
    seedBox(window)->setValue(43);
    QCOMPARE(stack->count(), 1);
    // A learning-rate slider dragged through many values is one step.
    auto* rate = control(window, "learningRate")->findChild<QDoubleSpinBox*>();
    for (double value : {0.02, 0.03, 0.04, 0.05}) rate->setValue(value);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(window.config().autoencoder.learningRate, 0.05);
    window.settings()->applyPreset(QStringLiteral("Tuned (Adam)"));
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->undoText(), QStringLiteral("Apply preset Tuned (Adam)"));

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.config().autoencoder.optimizer, OptimizerKind::Sgd);
    QCOMPARE(window.config().autoencoder.learningRate, 0.05);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.config().autoencoder.learningRate, 0.01);
    QCOMPARE(rate->value(), 0.01);  // the control shows it
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.config().data.seed, std::uint64_t(42));
    QVERIFY(!stack->canUndo());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.config().data.seed, std::uint64_t(43));
    window.action("redo")->trigger();
    window.action("redo")->trigger();
    QCOMPARE(window.config().autoencoder.optimizer, OptimizerKind::Adam);
    // Reset is undoable too: its settings come back with one Undo.
    window.action("reset")->trigger();
    QCOMPARE(window.config().data.samples, 30000);
    window.action("undo")->trigger();
    QCOMPARE(window.config().data.samples, 900);
    QCOMPARE(window.config().autoencoder.optimizer, OptimizerKind::Adam);
}

void TestWindowState::wheelScrollsThePanelUnlessTheControlHasFocus() {
    MainWindow window;
    window.resize(1200, 600);  // the panel needs its scroll bar
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* scroll = window.settings()->findChild<QScrollArea*>();
    QScrollBar* bar = scroll->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    auto* samples = control(window, "samples")->findChild<QDoubleSpinBox*>();
    auto* slider = control(window, "samples")->findChild<QSlider*>();
    auto* seed = seedBox(window);
    const auto wheel = [](QWidget* target) {
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    };
    window.settings()->setFocus();
    for (QWidget* target : std::initializer_list<QWidget*>{samples, slider, seed}) {
        const int before = bar->value();
        const QMap<QString, QString> values = controls(window);
        wheel(target);
        QCOMPARE(controls(window), values);                                 // no value changed ...
        QVERIFY2(bar->value() > before, qPrintable(target->objectName()));  // ... it scrolled
        bar->setValue(0);
    }
    // With keyboard focus the wheel edits, as desktop users expect.
    seed->setFocus();
    QTRY_VERIFY(seed->hasFocus());
    const int value = seed->value();
    wheel(seed);
    QCOMPARE(seed->value(), value - 1);
}

void TestWindowState::dialogsOpenWhereTheirKindWasLastUsed() {
    QTemporaryDir data, sessions;
    gui::FileDialogs::remember(gui::FileKind::Data, data.filePath("table.csv"));
    gui::FileDialogs::remember(gui::FileKind::Session, sessions.filePath("a.latentlab"));
    QCOMPARE(gui::FileDialogs::lastFolder(gui::FileKind::Data), data.path());
    QCOMPARE(gui::FileDialogs::lastFolder(gui::FileKind::Session), sessions.path());
    MainWindow window;
    window.show();
    QString opened;
    const auto peek = [&opened] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            opened = dialog->directory().absolutePath();
            dialog->reject();
        }
    };
    QTimer::singleShot(0, peek);
    window.action("openData")->trigger();
    QCOMPARE(opened, data.path());
    QTimer::singleShot(0, peek);
    window.action("openSession")->trigger();
    QCOMPARE(opened, sessions.path());
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
