// The desktop app's command line, run as a user would from a script:
// latentlab --config F --run --export-dir D --quit-after-run, and its refusals.
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

class TestAppCommandLine : public QObject {
    Q_OBJECT
private slots:
    void runsExportsAndQuits();
    void refusesAMissingSession();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    int runApp(const QStringList& arguments, QString* errors = nullptr);
    QTemporaryDir m_dir;
};

int TestAppCommandLine::runApp(const QStringList& arguments, QString* errors) {
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_CONFIG_HOME", m_dir.filePath("config-home"));  // own QSettings
    app.setProcessEnvironment(environment);
    app.start(LATENTLAB_APP, arguments);
    if (!app.waitForFinished(120000)) {
        app.kill();
        return -1;
    }
    if (errors) *errors = QString::fromUtf8(app.readAllStandardError());
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

void TestAppCommandLine::runsExportsAndQuits() {
    const QString config = m_dir.filePath("small.json");
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"data": {"samples": 800, "centers": 4}, "autoencoder": {"epochs": 5}})");
    file.close();
    const QString out = m_dir.filePath("export");
    QString errors;
    QCOMPARE(
        runApp({"--config", config, "--run", "--export-dir", out, "--quit-after-run"}, &errors), 0);
    for (const char* name : {"metrics.json", "embedding_ae.csv", "pca_scatter.png",
                             "ae_scatter.svg", "loss.png", "confusion_pca.png", "data_3d.png"})
        QVERIFY2(QFile::exists(QDir(out).filePath(name)),
                 qPrintable(QString(name) + "\n" + errors));
    QCOMPARE(QFile(QDir(out).filePath("embedding_ae.csv")).size() > 0, true);
}

void TestAppCommandLine::refusesAMissingSession() {
    // Opening real sessions is covered by tst_mainwindow; unattended, a missing one must
    // end with code 2 and say which file.
    QString errors;
    QCOMPARE(
        runApp({"--session", m_dir.filePath("missing.latentlab"), "--quit-after-run"}, &errors), 2);
    QVERIFY2(errors.contains("missing.latentlab"), qPrintable(errors));
}

void TestAppCommandLine::refusesBadInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
    QTest::newRow("config and session")
        << QStringList{"--config", "a.json", "--session", "b.latentlab"} << "cannot be combined";
    QTest::newRow("missing config")
        << QStringList{"--config", "/nonexistent/x.json", "--quit-after-run"} << "x.json";
}

void TestAppCommandLine::refusesBadInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QString errors;
    QCOMPARE(runApp(arguments, &errors), 2);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
