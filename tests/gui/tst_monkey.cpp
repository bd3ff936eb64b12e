// A seeded monkey on the whole window: random clicks, keys, drags, wheel turns, typing,
// combo choices, dialogs opened and answered, runs started, paused, stepped and stopped, for
// about a minute over a fixed list of seeds. It fails on a crash, on a hang (the watchdog
// aborts), on a GUI stall over 1 s, on a dialog that stays open, and whenever the views on
// screen do not belong to one run (LatentAudit, ResultAudit, RunRecorder). At the end the
// window is closed, answering its question, and no run or analysis thread may be left.
// Export all counts like any other action (it writes its files off the GUI thread).
//
// Every action is printed with its index. To replay or play longer:
//   LATENTLAB_MONKEY_SEED=7 LATENTLAB_MONKEY_SECONDS=300 xvfb-run -a tests/gui/tst_monkey
// (a seed list "1,2,3" also works; the seconds are shared among the seeds). The actions
// follow from the seed; how far a run got when the next one comes depends on the machine,
// so a replay walks the same path but not always in step.
#include "AnalysisController.h"
#include "DialogDismisser.h"
#include "LatentAudit.h"
#include "MainWindow.h"
#include "Monkey.h"
#include "MonkeyInput.h"
#include "NetworkPanel.h"
#include "ResultAudit.h"
#include "RobustnessTab.h"
#include "RunController.h"
#include "RunRecorder.h"
#include "RunSizeGovernor.h"
#include "SettingsPanel.h"
#include "SliderSpinBox.h"
#include "StallProbe.h"
#include "TestMode.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace latentlab;
using latentlab::gui::MainWindow;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

/// A stall a user feels; the sanitizers' build runs everything several times slower.
constexpr qint64 kStallMs = kSanitized ? 3000 : 1000;
constexpr int kHangMs = 30000;
constexpr int kDefaultSeconds = 54;
const QList<std::uint32_t> kDefaultSeeds{1, 2, 3};

QList<std::uint32_t> seeds() {
    const QString chosen = qEnvironmentVariable("LATENTLAB_MONKEY_SEED");
    if (chosen.isEmpty()) return kDefaultSeeds;
    QList<std::uint32_t> list;
    for (const QString& part : chosen.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list << part.trimmed().toUInt();
    return list;
}

int secondsPerSeed() {
    bool ok = false;
    const int total = qEnvironmentVariableIntValue("LATENTLAB_MONKEY_SECONDS", &ok);
    return std::max(1, (ok && total > 0 ? total : kDefaultSeconds) / int(seeds().size()));
}

Config startConfig() {
    Config config;
    config.data.samples = 1500;
    config.data.centers = 5;
    config.autoencoder.epochs = 6;
    config.kmeans.nInit = 3;
    return config;
}

/// OS threads of this process named `name` (QThread names them after their objectName).
int threadsNamed(const QByteArray& name) {
    int count = 0;
    for (const QString& task :
         QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name) ++count;
    }
    return count;
}

void say(const QString& line) { qInfo("%s", qPrintable(line)); }

}  // namespace

class TestMonkey : public QObject {
    Q_OBJECT
public:
    /// Before QApplication exists: Qt's own file dialogs, never a desktop's native ones.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); }

private slots:
    void initTestCase();
    void windowSurvivesTheMonkey_data();
    void windowSurvivesTheMonkey();
    void floatingPanelWithATypedValueCloses();
};

void TestMonkey::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestMonkey::windowSurvivesTheMonkey_data() {
    QTest::addColumn<std::uint32_t>("seed");
    for (std::uint32_t seed : seeds())
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestMonkey::windowSurvivesTheMonkey() {
    QFETCH(std::uint32_t, seed);
    const int seconds = secondsPerSeed();
    say(QStringLiteral("monkey seed %1 for %2 s (replay: LATENTLAB_MONKEY_SEED=%1 "
                       "LATENTLAB_MONKEY_SECONDS=%2)")
            .arg(seed)
            .arg(seconds));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto* window = new MainWindow;
    const auto cleanup = qScopeGuard([&window] { delete window; });  // when a check returns early
    window->setConfig(startConfig());
    if (seed % 3 == 1)  // sometimes start watching the training
        window->settings()->findChild<QComboBox*>(QStringLiteral("pace"))->setCurrentIndex(1);
    window->resize(1600, 1000);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QElapsedTimer clock;
    clock.start();
    const auto log = [&clock](const QString& line) {
        say(QStringLiteral("%1 ms %2").arg(clock.elapsed(), 6).arg(line));
    };
    StallProbe probe(kHangMs);
    RunRecorder recorder(window->runController());
    const LatentAudit latent(*window, recorder);
    ResultAudit results(*window);
    DialogDismisser dialogs(*window, seed, folder.path(), log);
    RunSizeGovernor governor(*window);
    Monkey monkey(*window, dialogs, seed);

    QString failure;
    int index = 0;
    const auto audit = [&] {
        if (!failure.isEmpty()) return;
        QString problem = recorder.problem();
        for (const QString& next : {latent.check(), results.check(), dialogs.problem()})
            if (problem.isEmpty()) problem = next;
        if (problem.isEmpty() && probe.longestGapMs() > kStallMs)
            problem = QStringLiteral("the GUI stalled for %1 ms during %2")
                          .arg(probe.longestGapMs())
                          .arg(probe.longestGapContext());
        if (!problem.isEmpty())
            failure =
                QStringLiteral("seed %1, after action #%2: %3").arg(seed).arg(index).arg(problem);
    };
    QTimer auditor;
    QObject::connect(&auditor, &QTimer::timeout, audit);
    auditor.start(50);
    // Dialogs and popups get answered before the next action, as a user finishes with one.
    const auto waitForQuiet = [&] {
        QElapsedTimer waited;
        waited.start();
        while (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
            const QString closed = monkey.closePopup();
            if (!closed.isEmpty()) log(QStringLiteral("  popup: %1").arg(closed));
            monkeyinput::settle(20);
            if (waited.elapsed() > 8000) {
                if (failure.isEmpty())
                    failure = QStringLiteral(
                                  "seed %1, after action #%2: a dialog or popup was "
                                  "still open after 8 s")
                                  .arg(seed)
                                  .arg(index);
                return;
            }
        }
        if (!window->isActiveWindow()) {
            window->activateWindow();
            (void)QTest::qWaitForWindowActive(window, 1000);  // without focus, keys go nowhere
        }
    };

    probe.reset();
    for (index = 1; clock.elapsed() < seconds * 1000 && failure.isEmpty(); ++index) {
        waitForQuiet();
        probe.setContext(QStringLiteral("action #%1 (seed %2)").arg(index).arg(seed));
        QElapsedTimer took;
        took.start();
        const QString what = monkey.act();
        const qint64 busy = took.elapsed();
        log(QStringLiteral("#%1 %2%3")
                .arg(index)
                .arg(what, busy > 150 ? QStringLiteral(" (took %1 ms)").arg(busy) : QString()));
        const QStringList governed = governor.govern();
        if (!governed.isEmpty()) log(QStringLiteral("  kept small: %1").arg(governed.join("; ")));
        audit();
        monkeyinput::settle(monkey.pause());
        audit();
    }
    const int actions = index - 1;

    // Wind down: no Live restarts, no run, no analysis; then one last look at the screen.
    waitForQuiet();
    probe.setContext(QStringLiteral("winding down (seed %1)").arg(seed));
    window->action(QStringLiteral("live"))->setChecked(false);
    window->stop();
    window->robustness()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isRunning(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->robustness()->analysis()->isBusy(), 15000);
    audit();
    auditor.stop();
    const qint64 longestGap = probe.longestGapMs();
    const QString longestContext = probe.longestGapContext();

    // The thread checks below would pass vacuously if threads were not found by name. (Their
    // OpenMP teams inherit the name, hence "at least".)
    QVERIFY(threadsNamed("pipeline") >= 1);
    QVERIFY(threadsNamed("analysis") >= 1);
    // Close as a user does, answering the unsaved-work question (at random, then Discard).
    probe.setContext(QStringLiteral("closing the window (seed %1)").arg(seed));
    bool closed = false;
    for (int attempt = 0; attempt < 4 && !closed; ++attempt) {
        dialogs.setForceDiscard(attempt == 3);
        waitForQuiet();
        closed = window->close();
        log(QStringLiteral("close attempt %1: %2")
                .arg(attempt + 1)
                .arg(closed ? "closed" : "stayed open"));
        monkeyinput::settle(50);
    }
    waitForQuiet();
    QVERIFY2(closed, "the window did not close with Discard");
    // Closed, the run thread is gone (its OpenMP team follows it); the analysis thread
    // goes with the window.
    QTRY_COMPARE_WITH_TIMEOUT(threadsNamed("pipeline"), 0, 5000);
    delete window;
    window = nullptr;
    QTRY_COMPARE_WITH_TIMEOUT(threadsNamed("analysis"), 0, 5000);
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(10000),
             "background jobs still running 10 s after the window closed");

    say(QStringLiteral("seed %1: %2 actions in %3 s; runs %4 started, %5 finished, %6 stopped, "
                       "%7 failed; %8 k sweeps, %9 repeats; %10 dialogs answered; longest "
                       "GUI gap %11 ms (%12)")
            .arg(seed)
            .arg(actions)
            .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
            .arg(recorder.runsStarted())
            .arg(recorder.runsFinished())
            .arg(recorder.runsStopped())
            .arg(recorder.runsFailed())
            .arg(results.sweeps())
            .arg(results.repeats())
            .arg(dialogs.answered())
            .arg(longestGap)
            .arg(longestContext));
    QVERIFY2(failure.isEmpty(),
             qPrintable(failure + QStringLiteral("\nReplay: LATENTLAB_MONKEY_SEED=%1 "
                                                 "LATENTLAB_MONKEY_SECONDS=%2 tst_monkey")
                                      .arg(seed)
                                      .arg(seconds)));
}

void TestMonkey::floatingPanelWithATypedValueCloses() {
    // What seeds 6, 7, 9 and 11 found: the settings dock floated, a number typed and not yet
    // committed, the window closed and deleted. The floating panel's window closed during the
    // deletion and committed the number into the already deleted undo history (a crash).
    auto* window = new MainWindow;
    window->setConfig(startConfig());
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->findChild<QDockWidget*>(QStringLiteral("settingsDock"))->setFloating(true);
    auto* samples = window->settings()
                        ->findChild<gui::SliderSpinBox*>(QStringLiteral("samples"))
                        ->findChild<QDoubleSpinBox*>();
    samples->setFocus();
    QTest::keyClick(samples, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(samples, QStringLiteral("1234"));
    QCOMPARE(window->config().data.samples, 1500);  // typed, not committed
    QVERIFY(window->close());
    delete window;  // crashed here
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
