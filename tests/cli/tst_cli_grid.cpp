// latentlab-cli grid, run as a user would: a grid is every combination of its --set lists
// (the first --set slowest), one config and one ordinary run folder per combination and a
// history.csv; --jobs 1 and 2 give the same numbers; finished runs are skipped when it runs
// again; a failed run does not stop the others; bad input is one clear line and exit code 2.
// The --slurm script and merge: tst_cli_gridmerge.cpp.
#include "CliProcess.h"
#include "ConfigJson.h"
#include "GridTable.h"
#include "HistoryCsv.h"
#include "JsonFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace io = latentlab::io;
using gridtest::quickPca;
using gridtest::readTable;
using gridtest::sortedEntries;
using gridtest::Table;

class TestCliGrid : public QObject {
    Q_OBJECT
private slots:
    void everyCombinationIsARunFolder();
    void nestedListsAndRepeats();
    void jobsOneAndTwoAgree();
    void runningAgainSkipsFinishedRuns();
    void failedRunsDoNotStopTheOthers();
    void presetAndConfigFileApplyToEveryRun();
    void badInputIsOneClearLine_data();
    void badInputIsOneClearLine();

private:
    QTemporaryDir m_dir;
};

void TestCliGrid::everyCombinationIsARunFolder() {
    const QString dir = m_dir.filePath("two-by-three");
    const CliRun run = runCli(QStringList{"grid", "--out", dir, "--jobs", "2", "--set",
                                          "kmeans.k=2,3", "--set", "data.seed=1,2,3"} +
                              quickPca());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));

    const QStringList names{"run-0001", "run-0002", "run-0003", "run-0004", "run-0005", "run-0006"};
    QCOMPARE(sortedEntries(dir, QDir::Dirs), QStringList{"configs"} + names);
    QStringList configs;
    for (const QString& name : names) configs << name + ".json";
    QCOMPARE(sortedEntries(dir + "/configs", QDir::Files), configs);
    // The first --set varies slowest: k = 2 for runs 1-3, 3 for 4-6; the seed cycles 1, 2, 3.
    const Table table = readTable(dir + "/history.csv");
    QCOMPARE(table.rows.size(), std::size_t(6));
    QCOMPARE(table.header[0], std::string("run"));
    QCOMPARE(table.header[1], std::string("finished"));
    for (std::size_t r = 0; r < 6; ++r) {
        QCOMPARE(QString::fromStdString(table.cell(r, "run")), names[int(r)]);
        QCOMPARE(table.cell(r, "kmeans.k"), std::string(r < 3 ? "2" : "3"));
        QCOMPARE(table.cell(r, "data.seed"), std::to_string(r % 3 + 1));
        QCOMPARE(table.cell(r, "data.samples"), std::string("300"));
        QCOMPARE(table.cell(r, "methods"), std::string("pca"));
        QVERIFY(!table.cell(r, "pca.ari").empty());
        QVERIFY(!table.cell(r, "finished").empty());
    }
    QVERIFY(std::find(table.header.begin(), table.header.end(), "autoencoder.ari") ==
            table.header.end());

    // Each run folder is an ordinary run of its config: config.json is the configs/ file's
    // settings, and `run --config` on it gives the same numbers.
    const QJsonObject planned = io::readJsonObject(dir + "/configs/run-0005.json");
    QCOMPARE(io::readJsonObject(dir + "/run-0005/config.json"), planned);
    QCOMPARE(planned["kmeans"]["k"].toInt(), 3);
    QCOMPARE(planned["data"]["seed"].toInt(), 2);
    const QString again = m_dir.filePath("run-0005-again");
    const CliRun single =
        runCli({"run", "--config", dir + "/run-0005/config.json", "--out", again});
    QVERIFY2(single.exitCode == 0, qPrintable(commandFailure(single)));
    const QJsonObject gridMetrics = io::readJsonObject(dir + "/run-0005/metrics.json");
    const QJsonObject singleMetrics = io::readJsonObject(again + "/metrics.json");
    for (const char* metric : {"ari", "nmi", "inertia", "silhouette_latent"})
        QCOMPARE(singleMetrics["pca"][metric].toDouble(), gridMetrics["pca"][metric].toDouble());
    QVERIFY(run.out.contains("run 5/6 done"));
    QVERIFY(run.out.contains("6 runs: 6 done, 0 skipped"));
}

void TestCliGrid::nestedListsAndRepeats() {
    const QString dir = m_dir.filePath("nested");
    const CliRun run = runCli({"grid", "--out", dir, "--jobs", "2", "--repeats", "2", "--set",
                               "data.samples=300", "--set", "autoencoder.epochs=2", "--set",
                               "methods=pca,autoencoder", "--set", "autoencoder.encoder=8,6;4"});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QJsonObject first = io::readJsonObject(dir + "/configs/run-0001.json");
    const QJsonObject second = io::readJsonObject(dir + "/configs/run-0002.json");
    QCOMPARE(first["autoencoder"]["encoder"].toArray(), (QJsonArray{8, 6}));
    QCOMPARE(second["autoencoder"]["encoder"].toArray(), (QJsonArray{4}));
    QVERIFY(!QFileInfo::exists(dir + "/run-0003"));
    // --repeats goes to each run as it would to `run`.
    const QJsonObject metrics = io::readJsonObject(dir + "/run-0002/metrics.json");
    QCOMPARE(metrics["repeats"].toArray().size(), 2);

    const Table table = readTable(dir + "/history.csv");
    QCOMPARE(table.rows.size(), std::size_t(2));
    QCOMPARE(table.cell(0, "autoencoder.encoder"), std::string("8;6"));
    QCOMPARE(table.cell(1, "autoencoder.encoder"), std::string("4"));
    QCOMPARE(table.cell(1, "methods"), std::string("pca;autoencoder"));
    QCOMPARE(table.cell(1, "repeats"), std::string("2"));
    QVERIFY(!table.cell(1, "autoencoder.final_loss").empty());
    // The reader gets the lists back.
    const std::vector<io::HistoryRow> rows = io::readHistoryCsv(dir + "/history.csv");
    QCOMPARE(rows[0].config.autoencoder.encoder, (std::vector<int>{8, 6}));
    QCOMPARE(rows[1].config.methods, (std::vector<std::string>{"pca", "autoencoder"}));
}

void TestCliGrid::jobsOneAndTwoAgree() {
    Table tables[2];
    for (int jobs : {1, 2}) {
        const QString dir = m_dir.filePath(QStringLiteral("jobs-%1").arg(jobs));
        const CliRun run = runCli(QStringList{"grid", "--out", dir, "--jobs", QString::number(jobs),
                                              "--set", "kmeans.k=2,3,4"} +
                                  quickPca());
        QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
        QVERIFY(run.out.contains(QStringLiteral("%1 at a time").arg(jobs)));
        tables[jobs - 1] = readTable(dir + "/history.csv");
    }
    QCOMPARE(tables[0].rows.size(), std::size_t(3));
    QCOMPARE(tables[1].header, tables[0].header);
    for (std::size_t r = 0; r < 3; ++r) {
        QCOMPARE(tables[1].cell(r, "kmeans.k"), std::to_string(r + 2));
        QCOMPARE(tables[1].cell(r, "pca.ari"), tables[0].cell(r, "pca.ari"));
        QCOMPARE(tables[1].cell(r, "pca.inertia"), tables[0].cell(r, "pca.inertia"));
    }
}

void TestCliGrid::runningAgainSkipsFinishedRuns() {
    const QString dir = m_dir.filePath("resume");
    const QStringList grid =
        QStringList{"grid", "--out", dir, "--jobs", "1", "--set", "kmeans.k=2,3,4"} + quickPca();
    const CliRun first = runCli(grid);
    QVERIFY2(first.exitCode == 0, qPrintable(commandFailure(first)));
    const QDateTime kept = QFileInfo(dir + "/run-0001/metrics.json").lastModified();
    // Run 2 half-written (no metrics.json), run 3 never started.
    QVERIFY(QFile::remove(dir + "/run-0002/metrics.json"));
    QVERIFY(QDir(dir + "/run-0003").removeRecursively());

    const CliRun second = runCli(grid);
    QVERIFY2(second.exitCode == 0, qPrintable(commandFailure(second)));
    QVERIFY2(second.out.contains("run 1/3 skipped"), qPrintable(second.out));
    QVERIFY(second.out.contains("run 2/3 done"));
    QVERIFY(second.out.contains("run 3/3 done"));
    QVERIFY(second.out.contains("3 runs: 2 done, 1 skipped"));
    QCOMPARE(QFileInfo(dir + "/run-0001/metrics.json").lastModified(), kept);
    QVERIFY(QFileInfo::exists(dir + "/run-0002/metrics.json"));
    QVERIFY(QFileInfo::exists(dir + "/run-0003/metrics.json"));
    QCOMPARE(readTable(dir + "/history.csv").rows.size(), std::size_t(3));

    // Another grid in the same folder would mix results: refused before anything runs.
    const CliRun changed =
        runCli(QStringList{"grid", "--out", dir, "--set", "kmeans.k=5,3,4"} + quickPca());
    QCOMPARE(changed.exitCode, 2);
    QCOMPARE(changed.errLines.size(), 1);
    QVERIFY2(changed.errLines[0].contains("run-0001 holds a finished run of other settings "
                                          "(kmeans.k is 2 there, 5 here)"),
             qPrintable(changed.errLines[0]));
    QCOMPARE(QFileInfo(dir + "/run-0001/metrics.json").lastModified(), kept);
}

void TestCliGrid::failedRunsDoNotStopTheOthers() {
    const QString dir = m_dir.filePath("failing");
    // k = 400 passes the settings check but needs more than the 300 rows: run 2 fails.
    const CliRun run = runCli(
        QStringList{"grid", "--out", dir, "--jobs", "2", "--set", "kmeans.k=2,400,3"} + quickPca());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 2);
    QVERIFY2(run.errLines[0].startsWith(
                 "run 2/3 failed with exit 2 (kmeans.k=400): k-means with k = 400"),
             qPrintable(run.errLines[0]));
    QVERIFY2(run.errLines[1].startsWith("latentlab-cli: error: 1 of 3 runs failed (run-0002"),
             qPrintable(run.errLines[1]));
    QVERIFY(QFileInfo::exists(dir + "/run-0001/metrics.json"));
    QVERIFY(QFileInfo::exists(dir + "/run-0003/metrics.json"));
    QVERIFY(!QFileInfo::exists(dir + "/run-0002/metrics.json"));
    QVERIFY(QFile(dir + "/run-0002/stderr.log").size() > 0);
    const Table table = readTable(dir + "/history.csv");
    QCOMPARE(table.rows.size(), std::size_t(2));
    QCOMPARE(table.cell(1, "run"), std::string("run-0003"));
}

void TestCliGrid::presetAndConfigFileApplyToEveryRun() {
    const QString dir = m_dir.filePath("preset");
    const QString file = m_dir.filePath("preset.json");
    io::writeJsonObject(file, QJsonObject{{"data", QJsonObject{{"samples", 300}}},
                                          {"autoencoder", QJsonObject{{"epochs", 7}}}});
    // --slurm: only the configs are written, nothing runs.
    const CliRun run = runCli({"grid", "--out", dir, "--slurm", dir + "/job.sh", "--preset",
                               "tuned", "--config", file, "--set", "kmeans.k=2,3"});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    // What `run --preset tuned --config FILE --set kmeans.k=K` would resolve.
    for (int k : {2, 3}) {
        latentlab::Config expected = io::presetConfig("tuned");
        expected.data.samples = 300;
        expected.autoencoder.epochs = 7;
        expected.kmeans.k = k;
        const QString name = QStringLiteral("/configs/run-%1.json").arg(k - 1, 4, 10, QChar('0'));
        QCOMPARE(io::readJsonObject(dir + name), io::configToJson(expected));
    }
}

void TestCliGrid::badInputIsOneClearLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath("bad");
    QTest::newRow("unknown key") << QStringList{"grid", "--out", out, "--set", "kmeans.kk=2,3"}
                                 << "unknown setting 'kmeans.kk' (known: kmeans.k,";
    QTest::newRow("no values") << QStringList{"grid", "--out", out, "--set", "kmeans.k="}
                               << "--set kmeans.k= has no values: give kmeans.k=V1,V2,...";
    QTest::newRow("empty value") << QStringList{"grid", "--out", out, "--set", "kmeans.k=2,,3"}
                                 << "--set kmeans.k=2,,3: value 2 is empty";
    QTest::newRow("not a number") << QStringList{"grid", "--out", out, "--set", "kmeans.k=2,x"}
                                  << "--set kmeans.k=2,x: kmeans.k must be an integer, got \"x\"";
    QTest::newRow("bad combination")
        << QStringList{"grid", "--out", out, "--set", "autoencoder.epochs=3,0"}
        << "run-0002 (autoencoder.epochs=0): autoencoder.epochs = 0 is out of range: must be >= 1";
    QTest::newRow("twice") << QStringList{"grid",       "--out", out,         "--set",
                                          "kmeans.k=2", "--set", "kmeans.k=3"}
                           << "--set kmeans.k is given twice";
    QTest::newRow("no out") << QStringList{"grid", "--set", "kmeans.k=2,3"} << "missing --out DIR";
    QTest::newRow("jobs 0") << QStringList{"grid", "--out", out, "--jobs", "0"}
                            << "--jobs must be an integer >= 1, got '0'";
    QTest::newRow("jobs and slurm")
        << QStringList{"grid", "--out", out, "--jobs", "2", "--slurm", out + "/a.sh"}
        << "--jobs does not apply with --slurm";
    QStringList huge{"grid", "--out", out};
    for (const char* key : {"data.seed", "kmeans.seed"}) {
        QStringList values;
        for (int v = 1; v <= 100; ++v) values << QString::number(v);
        huge << "--set" << QString(key) + "=" + values.join(',');
    }
    QTest::newRow("too many") << huge << "the grid has more than 9999 combinations";
    QTest::newRow("unknown command")
        << QStringList{"gird", "--out", out}
        << "unknown command 'gird' (known: run, transform, grid, merge)";
    QTest::newRow("jobs for run") << QStringList{"run", "--out", out, "--jobs", "2"}
                                  << "--jobs belongs to 'grid'";
}

void TestCliGrid::badInputIsOneClearLine() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines[0].startsWith("latentlab-cli: error: "), qPrintable(run.errLines[0]));
    QVERIFY2(run.errLines[0].contains(message), qPrintable(run.errLines[0]));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("bad/run-0001")));
}

QTEST_GUILESS_MAIN(TestCliGrid)
#include "tst_cli_grid.moc"
