// File > Save report in the window: the action (Ctrl+R, in the File menu) is off until there
// is a result, then writes the report of what the window shows; errors come back as a
// message naming the file, and the window keeps its result.
#include "MainWindow.h"
#include "ReportSaver.h"
#include "ReportTestRun.h"
#include "RobustnessTab.h"
#include "SessionFile.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace latentlab;
using latentlab::gui::ReportSaver;

class TestReportSaver : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void savesPdfAndHtml();
    void refusesWithoutResultOrWithBadName();
    void windowActionFollowsTheResult();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Result> m_result;
};

void TestReportSaver::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qApp->setProperty("latentlabQuiet", true);
    QVERIFY(m_dir.isValid());
    m_result = std::make_shared<const Result>(runPipeline(reporttest::smallConfig()));
}

void TestReportSaver::savesPdfAndHtml() {
    const auto sweep = std::make_shared<const KSweep>(sweepK(*m_result, 2, 5));
    for (const QString& name : {QStringLiteral("r.pdf"), QStringLiteral("r.html")}) {
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(ReportSaver::save(path, {m_result, sweep, nullptr}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray start = file.read(16);
        QVERIFY(name.endsWith("pdf") ? start.startsWith("%PDF-")
                                     : start.startsWith("<!DOCTYPE html>"));
    }
    const QString text = reporttest::pdfText(m_dir.filePath(QStringLiteral("r.pdf")));
    if (text.isNull()) QSKIP("pdftotext not installed");
    QVERIFY(text.contains(QStringLiteral("k sweep")));
    QVERIFY(text.contains(reporttest::fourSignificant(m_result->space("autoencoder").metrics.ari)));
}

void TestReportSaver::refusesWithoutResultOrWithBadName() {
    QString error;
    QVERIFY(!ReportSaver::save(m_dir.filePath(QStringLiteral("none.pdf")), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("run first")), qPrintable(error));
    const QString bad = m_dir.filePath(QStringLiteral("report.docx"));
    QVERIFY(!ReportSaver::save(bad, {m_result, nullptr, nullptr}, &error));
    QVERIFY2(error.contains(bad) && error.contains(QStringLiteral(".pdf or .html")),
             qPrintable(error));
    QVERIFY(!QFile::exists(bad));
}

void TestReportSaver::windowActionFollowsTheResult() {
    gui::MainWindow window;
    QAction* action = window.action(QStringLiteral("saveReport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(!action->isEnabled());
    QMenu* file = window.menuBar()->findChildren<QMenu*>().value(0);
    QVERIFY(file && file->actions().contains(action));

    const QString session = m_dir.filePath(QStringLiteral("run.latentlab"));
    io::SessionFile::save(session, *m_result);
    QString error;
    QVERIFY2(window.openSession(session, &error), qPrintable(error));
    QVERIFY(action->isEnabled());

    // What the action writes: the window's result with the Robustness tab's analyses.
    const QString path = m_dir.filePath(QStringLiteral("window.pdf"));
    QVERIFY(ReportSaver::save(
        path,
        {window.result(), window.robustness()->lastSweep(), window.robustness()->lastRepeats()},
        &error));
    QVERIFY(QFile::exists(path));
    // A failed save leaves the window's result in place.
    QVERIFY(!ReportSaver::save(m_dir.filePath(QStringLiteral("x.txt")),
                               {window.result(), nullptr, nullptr}, &error));
    QVERIFY(window.result());
    QVERIFY(action->isEnabled());
}

QTEST_MAIN(TestReportSaver)
#include "tst_reportsaver.moc"
