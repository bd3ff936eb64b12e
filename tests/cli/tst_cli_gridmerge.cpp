// latentlab-cli grid --slurm and merge: the array job script passes `bash -n`, and one task
// run by hand (SLURM_ARRAY_TASK_ID=1) makes run-0002; merge gathers every finished folder
// (a grid's, one made by hand with `run`) by name into history.csv and lists the others as
// skipped; merge of nothing, of a missing folder or of a corrupt metrics.json is one line.
#include "CliProcess.h"
#include "GridTable.h"
#include "JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace io = latentlab::io;
using gridtest::quickPca;
using gridtest::readTable;
using gridtest::sortedEntries;
using gridtest::Table;

class TestCliGridMerge : public QObject {
    Q_OBJECT
private slots:
    void slurmScriptRunsOneTaskByHand();
    void mergeGathersFinishedFolders();
    void badMergeIsOneClearLine_data();
    void badMergeIsOneClearLine();

private:
    QTemporaryDir m_dir;
};

void TestCliGridMerge::slurmScriptRunsOneTaskByHand() {
    // Spaces and a quote in the path: the script must quote it for bash.
    const QString dir = m_dir.filePath("slurm it's here");
    const QString script = dir + "/grid.sh";
    const CliRun run = runCli(
        QStringList{"grid", "--out", dir, "--slurm", script, "--set", "kmeans.k=2,3"} + quickPca());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QVERIFY(run.out.contains("sbatch"));
    QVERIFY(run.out.contains("latentlab-cli merge"));
    QCOMPARE(sortedEntries(dir + "/configs", QDir::Files),
             (QStringList{"run-0001.json", "run-0002.json"}));
    QVERIFY(!QFileInfo::exists(dir + "/run-0001"));

    QFile file(script);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
    QCOMPARE(lines[0], QString("#!/bin/bash"));
    QVERIFY(lines.contains("#SBATCH --job-name=latentlab-grid"));
    QVERIFY(lines.contains("#SBATCH --array=0-1"));
    QVERIFY2(lines.contains("#SBATCH --output=\"" + dir + "/slurm-%A_%a.log\""),
             qPrintable(lines.join('\n')));

    QProcess bash;
    bash.start("bash", {"-n", script});
    QVERIFY(bash.waitForFinished(10000));
    QCOMPARE(bash.exitCode(), 0);
    // Task 1 is the second config.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("SLURM_ARRAY_TASK_ID", "1");
    bash.setProcessEnvironment(environment);
    bash.start("bash", {script});
    QVERIFY(bash.waitForFinished(60000));
    QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    QVERIFY(QFileInfo::exists(dir + "/run-0002/metrics.json"));
    const QJsonObject config = io::readJsonObject(dir + "/run-0002/config.json");
    QCOMPARE(config["kmeans"]["k"].toInt(), 3);
    QVERIFY(!QFileInfo::exists(dir + "/run-0001"));

    const CliRun merge = runCli({"merge", dir});
    QVERIFY2(merge.exitCode == 0, qPrintable(commandFailure(merge)));
    const Table table = readTable(dir + "/history.csv");
    QCOMPARE(table.rows.size(), std::size_t(1));
    QCOMPARE(table.cell(0, "run"), std::string("run-0002"));
    QCOMPARE(table.cell(0, "kmeans.k"), std::string("3"));
}

void TestCliGridMerge::mergeGathersFinishedFolders() {
    const QString dir = m_dir.filePath("merge");
    const CliRun grid =
        runCli(QStringList{"grid", "--out", dir, "--set", "kmeans.k=2,3"} + quickPca());
    QVERIFY2(grid.exitCode == 0, qPrintable(commandFailure(grid)));
    // A folder made by hand with `run`, and one that never finished.
    const CliRun byHand =
        runCli(QStringList{"run", "--out", dir + "/by-hand", "--set", "kmeans.k=4"} + quickPca());
    QVERIFY2(byHand.exitCode == 0, qPrintable(commandFailure(byHand)));
    QVERIFY(QDir().mkpath(dir + "/unfinished"));

    const CliRun merge = runCli({"merge", dir});
    QVERIFY2(merge.exitCode == 0, qPrintable(commandFailure(merge)));
    QVERIFY2(merge.out.contains("skipped unfinished: no metrics.json"), qPrintable(merge.out));
    QVERIFY(!merge.out.contains("skipped configs"));
    const Table table = readTable(dir + "/history.csv");
    QCOMPARE(table.rows.size(), std::size_t(3));
    // By name: "by-hand" sorts before "run-0001".
    QCOMPARE(table.cell(0, "run"), std::string("by-hand"));
    QCOMPARE(table.cell(0, "kmeans.k"), std::string("4"));
    QCOMPARE(table.cell(1, "run"), std::string("run-0001"));
    QCOMPARE(table.cell(2, "kmeans.k"), std::string("3"));
}

void TestCliGridMerge::badMergeIsOneClearLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath("bad");
    QTest::newRow("merge and out")
        << QStringList{"merge", out, "--out", out} << "--out does not apply to 'merge'";
    QTest::newRow("merge nothing")
        << QStringList{"merge", m_dir.filePath("empty")} << "holds no finished run folder";
    QTest::newRow("merge missing")
        << QStringList{"merge", m_dir.filePath("nowhere")} << "no such folder";
    QTest::newRow("merge corrupt") << QStringList{"merge", m_dir.filePath("corrupt")}
                                   << m_dir.filePath("corrupt/broken/metrics.json") + ", line 1";
}

void TestCliGridMerge::badMergeIsOneClearLine() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QDir().mkpath(m_dir.filePath("empty/not-a-run"));
    const QString broken = m_dir.filePath("corrupt/broken");
    QDir().mkpath(broken);
    io::writeJsonObject(broken + "/config.json", QJsonObject{{"kmeans", QJsonObject{{"k", 3}}}});
    QFile metrics(broken + "/metrics.json");
    QVERIFY(metrics.open(QIODevice::WriteOnly));
    metrics.write("{\"n\": 300,");
    metrics.close();

    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines[0].startsWith("latentlab-cli: error: "), qPrintable(run.errLines[0]));
    QVERIFY2(run.errLines[0].contains(message), qPrintable(run.errLines[0]));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("empty/history.csv")));
}

QTEST_GUILESS_MAIN(TestCliGridMerge)
#include "tst_cli_gridmerge.moc"
