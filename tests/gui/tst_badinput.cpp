// Bad input never costs the user their work: every table of the malformed-input corpus, a
// damaged session and a diverging training run each end with one clear message, while the
// window keeps showing the last good result and stays ready for the next run.
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "ScatterView.h"
#include "SessionFile.h"
#include "TestData.h"
#include "TestMode.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace latentlab;
using latentlab::gui::MainWindow;

namespace {

Config goodConfig() {
    Config config;
    config.data.samples = 900;
    config.data.centers = 4;
    config.autoencoder.epochs = 3;
    config.kmeans.nInit = 2;
    return config;
}

/// Runs and returns the message of the run's end ("" when it succeeded).
QString runAndMessage(MainWindow& window) {
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.run();
    if (!ended.wait(60000)) return QStringLiteral("(the run did not end)");
    const QList<QVariant> arguments = ended.takeFirst();
    return arguments.at(0).toBool() ? QString() : arguments.at(1).toString();
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void malformedTablesKeepTheResult_data();
    void malformedTablesKeepTheResult();
    void damagedSessionKeepsTheResult();
    void divergenceKeepsTheResult();

private:
    void requireUntouched();

    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<const Result> m_good;
};

void TestBadInput::initTestCase() {
    testmode::enter();                          // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);  // the message goes to the log, not a box
    m_window = std::make_unique<MainWindow>();
    m_window->setConfig(goodConfig());
    m_window->show();
    QCOMPARE(runAndMessage(*m_window), QString());
    m_good = m_window->result();
    QVERIFY(m_good);
}

void TestBadInput::requireUntouched() {
    QCOMPARE(m_window->result(), m_good);
    QVERIFY(!m_window->isRunning());
    QCOMPARE(m_window->latentSpaces()->scatter("pca")->pointCount(), 900);
    QCOMPARE(m_window->latentSpaces()->scatter("autoencoder")->pointCount(), 900);
}

void TestBadInput::malformedTablesKeepTheResult_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QFile list(testdata::path("malformed/expected.tsv"));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!list.atEnd()) {
        const QStringList fields = QString::fromUtf8(list.readLine()).chopped(1).split('\t');
        if (fields.size() == 2 && fields[0].startsWith("csv/"))
            QTest::newRow(qPrintable(fields[0])) << fields[0] << fields[1];
    }
}

void TestBadInput::malformedTablesKeepTheResult() {
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    Config config = goodConfig();
    config.data.source = DataSource::Csv;
    config.data.path = testdata::path("malformed/" + file).toStdString();
    m_window->setConfig(config);
    const QString message = runAndMessage(*m_window);
    QVERIFY2(!message.isEmpty(), "a malformed table was accepted");
    QVERIFY2(message.contains(fragment, Qt::CaseInsensitive),
             qPrintable(QString("'%1' lacks '%2'").arg(message, fragment)));
    QVERIFY2(testdata::nonPrintable(message.toUtf8()).isEmpty(), qPrintable(message));
    requireUntouched();
}

void TestBadInput::damagedSessionKeepsTheResult() {
    QTemporaryDir dir;
    const QString path = dir.filePath("damaged.latentlab");
    io::SessionFile::save(path, *m_good);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    QString error;
    QVERIFY(!m_window->openSession(path, &error));
    QVERIFY2(error.contains("damaged.latentlab"), qPrintable(error));
    requireUntouched();
}

void TestBadInput::divergenceKeepsTheResult() {
    Config config = goodConfig();
    config.autoencoder.learningRate = 100.0;
    config.autoencoder.epochs = 20;
    m_window->setConfig(config);
    const QString message = runAndMessage(*m_window);
    QVERIFY2(message.contains("diverged"), qPrintable(message));
    QVERIFY2(message.contains("learning rate"), qPrintable(message));
    requireUntouched();
    // And the window is still an instrument: the next good run works.
    m_window->setConfig(goodConfig());
    QCOMPARE(runAndMessage(*m_window), QString());
    QVERIFY(m_window->result() != m_good);
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
