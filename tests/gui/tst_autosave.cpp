// Nothing is lost on a crash: the app autosaves its settings and last result; killed with
// SIGKILL after a run, the next start offers them back and restores exactly what was there.
// A clean exit leaves nothing to offer; settings changes are written at most every 30 s.
#include "Autosaver.h"
#include "ConfigJson.h"
#include "HistoryController.h"
#include "InfoBar.h"
#include "JsonFile.h"
#include "MainWindow.h"
#include "Pipeline.h"
#include "RunDisplay.h"
#include "RunHistory.h"
#include "SessionDocument.h"
#include "SettingsPanel.h"
#include "WindowRun.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace latentlab;
using latentlab::gui::Autosaver;
using latentlab::gui::MainWindow;

namespace {

const char* const kConfig =
    R"({"data": {"samples": 700, "centers": 3, "seed": 7}, "autoencoder": {"epochs": 4}})";

QStringList autosaveFiles() {
    return QDir(Autosaver::folder()).entryList({"autosave-*.json"}, QDir::Files);
}

}  // namespace

class TestAutosave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void killedAfterARunIsRestoredExactly();
    void cleanExitLeavesNothingToOffer();
    void settingsChangesAreWrittenAtMostEveryThirtySeconds();

private:
    QTemporaryDir m_home;
};

void TestAutosave::initTestCase() {
    // The app and this test share a data folder of their own (AppDataLocation reads it).
    qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("LatentLab"));
    QCoreApplication::setApplicationName(QStringLiteral("LatentLab"));
    qApp->setProperty("latentlabQuiet", true);
}

void TestAutosave::cleanup() {
    for (const QString& name : autosaveFiles())
        QFile::remove(QDir(Autosaver::folder()).filePath(name));
}

void TestAutosave::killedAfterARunIsRestoredExactly() {
    const QString configPath = m_home.filePath("small.json");
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kConfig);
    file.close();
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    app.setProcessEnvironment(environment);
    app.start(LATENTLAB_APP, {"--config", configPath, "--run"});
    QVERIFY(app.waitForStarted());
    // After the run the autosave holds the result; then the process dies without a word.
    const QString expected =
        QDir(Autosaver::folder()).filePath(QStringLiteral("autosave-%1.json").arg(app.processId()));
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile::exists(expected) &&
            [&] {
                QFile saved(expected);
                return saved.open(QIODevice::ReadOnly) && saved.readAll().contains("\"session\"");
            }(),
        60000);
    app.kill();  // SIGKILL: no close event, no clean-up
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(expected));

    MainWindow window;
    window.show();
    gui::InfoBar* offer = window.recoveryBar();
    QVERIFY(!offer->isHidden());
    QVERIFY2(offer->text().contains("did not close properly"), qPrintable(offer->text()));
    auto* restore = offer->findChild<QAction*>(QStringLiteral("restoreAutosave"));
    QVERIFY(restore);
    restore->trigger();
    QVERIFY(offer->isHidden());

    // The settings as the crashed window had them, and its result, number for number: the
    // same config run again here gives the same numbers (same seeds, same threads).
    Config asked;
    io::applyJson(asked, io::parseJsonObject(kConfig, "small.json"));
    QCOMPARE(io::configToJson(window.config()), io::configToJson(asked));
    QVERIFY(window.result());
    const Result again = runPipeline(asked);
    for (const MetricInfo& info : metricCatalog()) {
        if (std::string(info.key) == "seconds") continue;
        for (auto [restored, fresh] :
             {std::pair{&window.result()->space("pca").metrics, &again.space("pca").metrics},
              {&window.result()->space("autoencoder").metrics,
               &again.space("autoencoder").metrics}}) {
            const double a = restored->*info.member, b = fresh->*info.member;
            if (std::isnan(a) && std::isnan(b)) continue;
            QCOMPARE(a, b);
        }
    }
    QCOMPARE(window.result()->loss, again.loss);
    QCOMPARE(window.result()->space("autoencoder").embedding, again.space("autoencoder").embedding);
    QVERIFY(window.display()->shown().title().contains(QStringLiteral("restored")));
    // Run 1 still, and its History entry has its result back (Restore in the History works).
    QCOMPARE(window.display()->shown().number, 1);
    const gui::HistoryEntry* entry = window.runHistory()->history()->find(1);
    QVERIFY(entry);
    QVERIFY(entry->result == window.result());
    QCOMPARE(int(entry->thumbnails.size()), 2);
    QVERIFY(window.isWindowModified());  // no session file holds it yet
    QVERIFY(!QFile::exists(expected));   // taken over by this window's own autosave
}

void TestAutosave::cleanExitLeavesNothingToOffer() {
    {
        MainWindow window;
        Config config;
        io::applyJson(config, io::parseJsonObject(kConfig, "small.json"));
        window.setConfig(config);
        window.show();
        QVERIFY(runAndWait(window));
        QTRY_VERIFY(QFile::exists(window.autosaver()->path()));
        QVERIFY(window.close());
        QVERIFY(!QFile::exists(window.autosaver()->path()));
    }
    QVERIFY(!Autosaver::findRecoverable());
    MainWindow next;
    QVERIFY(next.recoveryBar()->isHidden());
}

void TestAutosave::settingsChangesAreWrittenAtMostEveryThirtySeconds() {
    MainWindow window;
    Config config;
    io::applyJson(config, io::parseJsonObject(kConfig, "small.json"));
    window.setConfig(config);
    window.show();
    auto* seed = window.settings()->findChild<QSpinBox*>(QStringLiteral("seed"));
    QSignalSpy saved(window.autosaver(), &Autosaver::saved);
    seed->setValue(5);  // the first change since start: written at once
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.takeFirst().at(0).toBool());
    const QJsonObject first = io::readJsonObject(window.autosaver()->path());
    QCOMPARE(first.value("window")
                 .toObject()
                 .value("panel")
                 .toObject()
                 .value("settings")
                 .toObject()
                 .value("data")
                 .toObject()
                 .value("seed")
                 .toInt(),
             5);
    seed->setValue(6);  // within 30 s of that: waits
    QVERIFY(window.autosaver()->isBusy());
    QVERIFY(!saved.wait(1500));
    QVERIFY(window.autosaver()->isBusy());
    // A finished run is written at once, with the settings of that moment.
    QVERIFY(runAndWait(window));
    QTRY_VERIFY(!saved.isEmpty());
    const QJsonObject afterRun = io::readJsonObject(window.autosaver()->path());
    QVERIFY(afterRun.contains("session"));
    QCOMPARE(afterRun.value("window")
                 .toObject()
                 .value("panel")
                 .toObject()
                 .value("settings")
                 .toObject()
                 .value("data")
                 .toObject()
                 .value("seed")
                 .toInt(),
             6);
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
