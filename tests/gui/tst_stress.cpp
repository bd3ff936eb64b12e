// The window under abuse: runs stopped at random moments, windows closed mid-training, and
// many runs in a row. Nothing may crash or hang (the sanitizer build also checks for leaks
// and races in the same code), and resident memory must not creep up from run to run.
#include "HistoryController.h"
#include "MainWindow.h"
#include "RunController.h"
#include "RunHistory.h"
#include "TestMode.h"
#include "WindowRun.h"

#include <unistd.h>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>
#include <random>

using namespace latentlab;
using latentlab::gui::MainWindow;

namespace {

Config quickConfig(int epochs) {
    Config config;
    config.data.samples = 1200;
    config.data.centers = 4;
    config.autoencoder.epochs = epochs;
    config.kmeans.nInit = 3;
    return config;
}

/// Resident set size from /proc/self/statm, in bytes.
double residentBytes() {
    QFile statm("/proc/self/statm");
    if (!statm.open(QIODevice::ReadOnly)) return 0.0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) : 0.0;
}

}  // namespace

class TestStress : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void runsStoppedAtRandomMoments();
    void windowsClosedMidTraining();
    void manyRunsKeepMemoryFlat();
};

void TestStress::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestStress::runsStoppedAtRandomMoments() {
    MainWindow window;
    window.setConfig(quickConfig(40));
    window.show();
    std::mt19937 random(2026);
    std::uniform_int_distribution<int> delayMs(0, 120);
    for (int attempt = 0; attempt < 100; ++attempt) {
        window.run();
        QTest::qWait(delayMs(random));
        window.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 10000);
    }
    // Still a working instrument: a full run afterwards gives a complete result.
    window.setConfig(quickConfig(3));
    QVERIFY(runAndWait(window));
    QVERIFY(window.result());
    QCOMPARE(window.result()->data.rows(), 1200);
    QVERIFY(std::isfinite(window.result()->space("autoencoder").metrics.silhouetteLatent));
}

void TestStress::windowsClosedMidTraining() {
    std::mt19937 random(1128);
    std::uniform_int_distribution<int> delayMs(0, 80);
    int closedWhileRunning = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto* window = new MainWindow;
        window->setConfig(quickConfig(100000));
        window->show();
        window->run();
        QTest::qWait(delayMs(random));
        closedWhileRunning += window->isRunning() ? 1 : 0;
        window->close();
        delete window;  // joins the worker thread: a hang here fails by the test's timeout
    }
    QCOMPARE(closedWhileRunning, 100);
}

void TestStress::manyRunsKeepMemoryFlat() {
    MainWindow window;
    window.setConfig(quickConfig(3));
    // The History keeps each run's result (data and embeddings, ~0.2 MB here) by design, up
    // to its memory cap: with no room for them it keeps only metrics and thumbnails, and
    // what grows then is what leaks.
    window.runHistory()->history()->setMemoryCap(0);
    window.show();
    // Warm up: first runs fill caches, chart items and the allocator's pools.
    for (int run = 0; run < 5; ++run) QVERIFY(runAndWait(window));
    const double before = residentBytes();
    // 50 more; 20 in the sanitizers' build, whose LeakSanitizer sees every leak at exit.
    const int runs = kRunSlowdown > 1 ? 20 : 50;
    for (int run = 0; run < runs; ++run) QVERIFY(runAndWait(window));
    const double after = residentBytes();
    qInfo("resident memory: %.1f MiB after 5 runs, %.1f MiB after %d (%+.2f %%)",
          before / 1048576.0, after / 1048576.0, 5 + runs, 100.0 * (after - before) / before);
    QVERIFY(before > 0.0);
    QVERIFY2(after < before * 1.05, "50 runs grew resident memory by 5 % or more");
}

QTEST_MAIN(TestStress)
#include "tst_stress.moc"
