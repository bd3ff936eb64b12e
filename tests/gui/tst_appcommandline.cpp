// The desktop app's command line, run as a user would from a script:
// latentlab --config F --run --export-dir D --quit-after-run, --repeats, --save-session,
// --tab and --screenshot, and its refusals.
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

class TestAppCommandLine : public QObject {
    Q_OBJECT
private slots:
    void runsExportsAndQuits();
    void savesSessionAndScreenshotAfterRepeats();
    void picturesTheWindowWithoutARun();
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
    environment.insert("XDG_DATA_HOME", m_dir.filePath("data-home"));      // own autosaves
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

void TestAppCommandLine::savesSessionAndScreenshotAfterRepeats() {
    const QString config = m_dir.filePath("tiny.json");
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"data": {"samples": 600, "centers": 3}, "autoencoder": {"epochs": 3}})");
    file.close();
    const QString session = m_dir.filePath("shot.latentlab");
    const QString picture = m_dir.filePath("shot.png");
    QString errors;
    const QString out = m_dir.filePath("robustness-export");
    QCOMPARE(runApp({"--config", config, "--run", "--sweep-k", "--repeats", "2", "--tab",
                     "robustness", "--export-dir", out, "--save-session", session, "--screenshot",
                     picture, "--quit-after-run"},
                    &errors),
             0);
    // The sweep (k = 2..15: 14 rows per method and a header) and the repeats were done
    // before the export.
    QFile sweep(QDir(out).filePath("sweep_k.csv"));
    QVERIFY2(sweep.open(QIODevice::ReadOnly), qPrintable(errors));
    QCOMPARE(sweep.readAll().trimmed().split('\n').size(), 1 + 14);
    QVERIFY2(QFile::exists(QDir(out).filePath("repeats.csv")), qPrintable(errors));
    // The session holds the run and the panel as it was.
    QFile saved(session);
    QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(errors));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json.value("format").toString(), QStringLiteral("latentlab-session"));
    QCOMPARE(json.value("data").toObject().value("features").toObject().value("rows").toInt(), 600);
    const QJsonObject window = json.value("window").toObject();
    QCOMPARE(window.value("tab").toInt(), 3);
    QCOMPARE(window.value("panel")
                 .toObject()
                 .value("settings")
                 .toObject()
                 .value("kmeans")
                 .toObject()
                 .value("k")
                 .toInt(-1),
             0);  // k follows the classes, as the panel had it
    // The picture is the whole window, drawn (not one flat colour).
    const QImage image(picture);
    QVERIFY2(!image.isNull(), qPrintable(errors));
    QVERIFY(image.width() >= 900 && image.height() >= 600);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 50);
}

void TestAppCommandLine::picturesTheWindowWithoutARun() {
    // Without --run the steps apply to the window as it opens (this used to wait forever).
    const QString picture = m_dir.filePath("empty.png");
    QString errors;
    QCOMPARE(runApp({"--tab", "data", "--screenshot", picture, "--quit-after-run"}, &errors), 0);
    QVERIFY2(!QImage(picture).isNull(), qPrintable(errors));
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
    QTest::newRow("unknown preset") << QStringList{"--preset", "scanpy"}
                                    << "unknown preset 'scanpy' (known: notebook|tuned|counts|";
    QTest::newRow("preset and session")
        << QStringList{"--preset", "counts", "--session", "b.latentlab"} << "cannot be combined";
    QTest::newRow("screenshot not png") << QStringList{"--screenshot", "x.jpg"} << ".png";
    QTest::newRow("unknown tab") << QStringList{"--tab", "plots"} << "plots";
    QTest::newRow("one repeat") << QStringList{"--run", "--repeats", "1"} << "2 to 50";
    QTest::newRow("repeats without run") << QStringList{"--repeats", "3"} << "needs --run";
    QTest::newRow("sweep without run") << QStringList{"--sweep-k"} << "needs --run";
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
