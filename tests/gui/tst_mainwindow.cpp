// The whole window, driven as a user would: set controls, run, wait for signals; pause,
// step and stop; failures keep the last results; sessions round-trip; exports match the
// CLI (Export all, waited for); closing mid-training ends promptly.
#include "ConfigJson.h"
#include "DataTab.h"
#include "JsonFile.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "MetricsTableView.h"
#include "Presets.h"
#include "RunController.h"
#include "ScatterView.h"
#include "SettingsPanel.h"
#include "TestData.h"
#include "TestMode.h"
#include "WindowExport.h"
#include "WindowRun.h"

#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>

using namespace latentlab;
using latentlab::gui::MainWindow;

namespace {

Config smallConfig() {
    Config config;
    config.data.samples = 1500;
    config.data.centers = 5;
    config.autoencoder.epochs = 8;
    return config;
}

void compareMetrics(const MethodMetrics& a, const MethodMetrics& b) {
    for (const MetricInfo& info : metricCatalog()) {
        if (std::string(info.key) == "seconds") continue;
        const double x = a.*info.member, y = b.*info.member;
        if (std::isnan(x) && std::isnan(y)) continue;
        QCOMPARE(x, y);
    }
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void runFillsEveryView();
    void exportAllMatchesTheCli();
    void sessionRoundTripsExactly();
    void pauseStepAndStop();
    void failedRunKeepsPreviousResults();
    void liveModeRerunsAfterAChange();
    void tunedPresetBeatsTheNotebook();
    void closingMidTrainingEndsPromptly();
    void settingsPersistBetweenLaunches();
    void alignmentChangesOnlyTheView();
};

void TestMainWindow::initTestCase() {
    testmode::enter();                          // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);  // errors go to the log, not to message boxes
}

void TestMainWindow::runFillsEveryView() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.show();
    QVERIFY(runAndWait(window));
    auto* latent = window.latentSpaces();
    QCOMPARE(latent->scatter("pca")->pointCount(), 1500);
    QCOMPARE(latent->scatter("autoencoder")->pointCount(), 1500);
    QCOMPARE(latent->scatter("pca")->centroidCount(), 5);
    QCOMPARE(latent->scatter("autoencoder")->centroidCount(), 5);
    QCOMPARE(window.dataTab()->table()->model()->rowCount(), 1500);
    const QString table = latent->metricsTable()->toCsv();
    QVERIFY2(table.contains("Adjusted Rand index"), qPrintable(table));
    QVERIFY(!window.result()->loss.empty());
    QCOMPARE(int(window.result()->loss.size()), 8);
}

void TestMainWindow::exportAllMatchesTheCli() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.show();
    QVERIFY(runAndWait(window));
    QTemporaryDir gui, cli;
    QString error;
    QVERIFY2(exportAndWait(window, gui.path(), &error), qPrintable(error));
    for (const char* name : {"config.json", "metrics.json", "embedding_pca.csv", "embedding_ae.csv",
                             "loss.csv", "loss.png", "pca_scatter.png", "ae_scatter.svg",
                             "confusion_ae.png", "silhouette_pca.svg", "metrics_table.csv"})
        QVERIFY2(QFile::exists(gui.filePath(name)), name);
    QVERIFY(QSvgRenderer(gui.filePath("ae_scatter.svg")).isValid());

    QProcess process;
    process.start(LATENTLAB_CLI,
                  {"run", "--config", gui.filePath("config.json"), "--out", cli.path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QJsonObject fromGui = io::readJsonObject(gui.filePath("metrics.json"));
    QJsonObject fromCli = io::readJsonObject(cli.filePath("metrics.json"));
    fromGui.remove("seconds");
    fromCli.remove("seconds");
    for (QJsonObject* metrics : {&fromGui, &fromCli}) {
        for (const char* method : {"pca", "autoencoder"}) {
            QJsonObject space = (*metrics)[method].toObject();
            space.remove("seconds");
            (*metrics)[method] = space;
        }
    }
    QCOMPARE(fromGui, fromCli);
}

void TestMainWindow::sessionRoundTripsExactly() {
    QTemporaryDir dir;
    const QString path = dir.filePath("demo.latentlab");
    MainWindow window;
    window.setConfig(smallConfig());
    QVERIFY(runAndWait(window));
    QVERIFY(window.saveSession(path));

    MainWindow reopened;
    QString error;
    QVERIFY2(reopened.openSession(path, &error), qPrintable(error));
    const Result& before = *window.result();
    const Result& after = *reopened.result();
    compareMetrics(before.space("pca").metrics, after.space("pca").metrics);
    compareMetrics(before.space("autoencoder").metrics, after.space("autoencoder").metrics);
    QCOMPARE(after.loss, before.loss);
    QCOMPARE(after.space("autoencoder").embedding, before.space("autoencoder").embedding);
    QCOMPARE(after.space("autoencoder").clustering.labels,
             before.space("autoencoder").clustering.labels);
    QCOMPARE(reopened.latentSpaces()->scatter("autoencoder")->pointCount(), 1500);
    // The panel as it was (k following the classes), not the run's resolved config (k = 5).
    QCOMPARE(io::configToJson(reopened.config()), io::configToJson(window.config()));
    QCOMPARE(reopened.config().kmeans.k, 0);
    QCOMPARE(after.config.kmeans.k, 5);
    QVERIFY(!reopened.openSession(dir.filePath("missing.latentlab"), &error));
    QVERIFY2(error.contains("missing.latentlab"), qPrintable(error));
    QCOMPARE(reopened.latentSpaces()->scatter("autoencoder")->pointCount(), 1500);
}

void TestMainWindow::pauseStepAndStop() {
    MainWindow window;
    Config config = smallConfig();
    config.autoencoder.epochs = 100000;  // never ends by itself: pause must catch it
    window.setConfig(config);
    gui::RunController* runs = window.runController();
    QSignalSpy epochs(runs, &gui::RunController::epochFinished);
    QSignalSpy paused(runs, &gui::RunController::pausedChanged);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.run();
    QVERIFY(epochs.wait(10000));
    window.action("pause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty() && paused.last().at(0).toBool(), 10000);
    const int held = int(epochs.size());
    window.action("step")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(int(epochs.size()), held + 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(paused.last().at(0).toBool(), 10000);
    QCOMPARE(int(epochs.size()), held + 1);  // exactly one epoch per step
    window.action("stop")->trigger();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().at(0).toBool(), false);
    QVERIFY(!runs->isRunning());
}

void TestMainWindow::failedRunKeepsPreviousResults() {
    MainWindow window;
    window.setConfig(smallConfig());
    QVERIFY(runAndWait(window));
    const auto good = window.result();
    Config diverging = smallConfig();
    diverging.autoencoder.learningRate = 1.0;
    diverging.autoencoder.activation = Activation::Relu;
    diverging.autoencoder.momentum = 0.99;
    diverging.data.scaling = Scaling::None;
    window.setConfig(diverging);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.run();
    QVERIFY(ended.wait(60000));
    QCOMPARE(ended.first().at(0).toBool(), false);
    QVERIFY2(ended.first().at(1).toString().contains("diverged"),
             qPrintable(ended.first().at(1).toString()));
    QCOMPARE(window.result().get(), good.get());
    QCOMPARE(window.latentSpaces()->scatter("autoencoder")->pointCount(), 1500);
    QCOMPARE(window.latentSpaces()->scatter("autoencoder")->centroidCount(), 5);
}

void TestMainWindow::liveModeRerunsAfterAChange() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.action("live")->setChecked(true);  // toggled without triggering: no run yet
    QSignalSpy ended(&window, &MainWindow::runEnded);
    // A user's edit of one control (the small data set stays small, also under ASan).
    auto* seed = window.settings()->findChild<QSpinBox*>("seed");
    QVERIFY(seed);
    seed->setValue(seed->value() + 1);
    QVERIFY(ended.wait(60000));
    QVERIFY(ended.first().at(0).toBool());
    QCOMPARE(window.result()->config.data.seed, std::uint64_t(smallConfig().data.seed + 1));
    QCOMPARE(window.result()->data.rows(), smallConfig().data.samples);
}

void TestMainWindow::tunedPresetBeatsTheNotebook() {
    // Both presets on the notebook's full data; the tuned one must find the blobs better.
    double ari[2] = {0, 0};
    for (int preset = 0; preset < 2; ++preset) {
        MainWindow window;
        window.settings()->applyPreset(gui::presetNames()[preset]);
        Config config = window.config();
        config.metrics.silhouette = SilhouetteMode::Sampled;  // not what is compared here
        window.setConfig(config);
        QVERIFY(runAndWait(window, 120000));
        ari[preset] = window.result()->space("autoencoder").metrics.ari;
    }
    qInfo("autoencoder ARI: seed notebook %.3f, tuned %.3f", ari[0], ari[1]);
    QVERIFY(ari[1] > ari[0] + 0.2);
}

void TestMainWindow::closingMidTrainingEndsPromptly() {
    auto* window = new MainWindow;
    Config config = smallConfig();
    config.autoencoder.epochs = 100000;
    window->setConfig(config);
    window->show();
    QSignalSpy epochs(window->runController(), &gui::RunController::epochFinished);
    window->run();
    QVERIFY(epochs.wait(10000));
    QElapsedTimer clock;
    clock.start();
    window->close();
    delete window;
    qInfo("closed mid-training in %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 1000);
}

void TestMainWindow::settingsPersistBetweenLaunches() {
    Config config = smallConfig();
    config.autoencoder.learningRate = 0.02;
    config.autoencoder.encoder = {12, 7, 4};
    config.kmeans.maxIter = 77;  // no control shows it: it must survive all the same
    config.autoencoder.beta2 = 0.99;
    {
        MainWindow first;
        first.setConfig(config);
        first.show();
        first.close();
    }
    MainWindow second;
    QCOMPARE(io::configToJson(second.config()), io::configToJson(config));
}

void TestMainWindow::alignmentChangesOnlyTheView() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.show();
    QVERIFY(runAndWait(window));
    auto* latent = window.latentSpaces();
    const QString metricsBefore = latent->metricsTable()->toCsv();
    const auto resultBefore = window.result();
    auto* align = latent->findChild<QCheckBox*>(QStringLiteral("alignAe"));
    QVERIFY(align);
    align->setChecked(true);
    QVERIFY2(latent->scatter("autoencoder")->note().contains("aligned to PCA"),
             qPrintable(latent->scatter("autoencoder")->note()));
    QCOMPARE(latent->scatter("autoencoder")->pointCount(), 1500);
    QCOMPARE(latent->scatter("autoencoder")->centroidCount(), 5);
    QCOMPARE(latent->metricsTable()->toCsv(), metricsBefore);
    QCOMPARE(window.result().get(), resultBefore.get());
    align->setChecked(false);
    QVERIFY(!latent->scatter("autoencoder")->note().contains("aligned"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
