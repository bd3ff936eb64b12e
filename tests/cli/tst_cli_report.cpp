// latentlab-cli run --report: a PDF or HTML report with or without --out, its sections when
// repeats and a k sweep are run, and a clear refusal (exit 2, nothing run) for other suffixes.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QByteArray head(const QString& path, int bytes) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

/// The PDF's text, or a null string without pdftotext.
QString pdfText(const QString& pdf) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) return QString();
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

class TestCliReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void reportAloneNeedsNoOutFolder();
    void reportWithOutWritesBoth();
    void repeatsAndSweepAreInTheReport();
    void unknownSuffixIsRefusedBeforeRunning();
    void missingFolderIsRefusedBeforeRunning();

private:
    QTemporaryDir m_dir;
};

void TestCliReport::reportAloneNeedsNoOutFolder() {
    const QString pdf = m_dir.filePath("alone.pdf");
    const CliRun run = runCli(QStringList{"run", "--report", pdf} + quickBlobs(), m_dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
    QVERIFY(run.errLines.contains("wrote report " + QDir::toNativeSeparators(pdf)));
    QVERIFY(run.out.contains("Adjusted Rand index"));  // the metrics table still on stdout
    // Only the report: no run files next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({"*.json", "*.csv"}, QDir::Files), QStringList());
}

void TestCliReport::reportWithOutWritesBoth() {
    const QString html = m_dir.filePath("both.html");
    const QString out = m_dir.filePath("both-out");
    const CliRun run = runCli(QStringList{"run", "--out", out, "--report", html} + quickBlobs());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QCOMPARE(head(html, 15), QByteArray("<!DOCTYPE html>"));
    QVERIFY(QFile::exists(QDir(out).filePath("metrics.json")));
}

void TestCliReport::repeatsAndSweepAreInTheReport() {
    const QString pdf = m_dir.filePath("full.pdf");
    const CliRun run = runCli(
        QStringList{"run", "--repeats", "2", "--sweep-k", "2:4", "--report", pdf} + quickBlobs());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QString text = pdfText(pdf);
    if (text.isNull()) QSKIP("pdftotext not installed");
    QVERIFY(text.contains("Repeats: 2 seeds"));
    QVERIFY(text.contains("k sweep"));
}

void TestCliReport::unknownSuffixIsRefusedBeforeRunning() {
    const QString doc = m_dir.filePath("x.doc");
    const CliRun run = runCli(QStringList{"run", "--report", doc} + quickBlobs());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines, QStringList{"latentlab-cli: error: cannot write the report " + doc +
                                       ": the file name must end in .pdf or .html"});
    QVERIFY(run.out.isEmpty());  // refused before the run
    QVERIFY(!QFile::exists(doc));
}

void TestCliReport::missingFolderIsRefusedBeforeRunning() {
    const QString pdf = m_dir.filePath("no-such-folder/r.pdf");
    const CliRun run = runCli(QStringList{"run", "--report", pdf} + quickBlobs());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines.front().contains(pdf) && run.errLines.front().contains("does not exist"),
             qPrintable(run.errLines.front()));
    QVERIFY(run.out.isEmpty());
}

QTEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
