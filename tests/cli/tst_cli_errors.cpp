// latentlab-cli on bad input: each case exits with 2, writes exactly one line to stderr
// ("latentlab-cli: error: ..." naming what and where) and leaves no output folder behind.
#include "CliProcess.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class TestCliErrors : public QObject {
    Q_OBJECT
private slots:
    void badInputExitsWithTwo_data();
    void badInputExitsWithTwo();
    void outIsAFile();
    void failureKeepsAnOldFolderUntouched();

private:
    QTemporaryDir m_dir;
};

void TestCliErrors::badInputExitsWithTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");  // the error line after "latentlab-cli: error: "

    auto input = [](const char* name) {
        return QStringList{"run", "--input", testdata::path(QString("io/") + name)};
    };
    const QString io = testdata::path("io/");
    QTest::newRow("missing file") << input("no_such.csv") << io + "no_such.csv: no such file";
    QTest::newRow("empty file") << input("empty.csv") << io + "empty.csv: the file is empty";
    QTest::newRow("header only") << input("header_only.csv")
                                 << io + "header_only.csv: no data rows below the header";
    QTest::newRow("ragged row") << input("ragged.csv")
                                << io + "ragged.csv, line 4: 2 fields, but the header has 4";
    QTest::newRow("non-numeric cell")
        << input("not_numeric.csv")
        << io + "not_numeric.csv, line 3, column 'X2': 'oops' is not a number";
    QTest::newRow("empty cell") << input("empty_cell.csv")
                                << io + "empty_cell.csv, line 4, column 'X2': the cell is empty";
    QTest::newRow("NaN cell") << input("nan_cell.csv")
                              << io + "nan_cell.csv, line 3, column 'X3': 'NaN' is not a finite "
                                      "number";
    QTest::newRow("unknown label column")
        << input("three_rows.csv") + QStringList{"--label-column", "species"}
        << io + "three_rows.csv: no label column 'species' (columns: X1, X2, X3)";
    QTest::newRow("fewer rows than k")
        << input("three_rows.csv") << "k-means with k = 8 needs at least 8 rows, the data has 3";
    QTest::newRow("fewer samples than k")
        << QStringList{"run", "--set", "data.samples=5", "--set", "kmeans.k=10"}
        << "k-means with k = 10 needs at least 10 rows, data.samples is 5";
    QTest::newRow("unknown --set key")
        << QStringList{"run", "--set", "foo.bar=1"}
        << "unknown setting 'foo.bar' (known: preset, data.*, methods, compare.*, pca.*, "
           "autoencoder.*, umap.*, tsne.*, clustering.*, kmeans.*, leiden.*, "
           "metrics.*, threads)";
    QTest::newRow("--set without =")
        << QStringList{"run", "--set", "kmeans.k"} << "--set needs key=value, got 'kmeans.k'";
    QTest::newRow("--set wrong type") << QStringList{"run", "--set", "autoencoder.epochs=ten"}
                                      << "autoencoder.epochs must be an integer, got \"ten\"";
    QTest::newRow("zero width") << QStringList{"run", "--set", "autoencoder.encoder=8,0"}
                                << "autoencoder.encoder = 0 is out of range: must be >= 1";
    QTest::newRow("zero learning rate")
        << QStringList{"run", "--set", "autoencoder.learning_rate=0"}
        << "autoencoder.learning_rate = 0 is out of range: must be > 0";
    QTest::newRow("zero batch") << QStringList{"run", "--set", "autoencoder.batch_size=0"}
                                << "autoencoder.batch_size = 0 is out of range: must be >= 1";
    QTest::newRow("validation split too large")
        << QStringList{"run", "--set", "autoencoder.validation_split=0.9"}
        << "autoencoder.validation_split = 0.9 is out of range: must be in [0, 0.5]";
    QTest::newRow("negative patience")
        << QStringList{"run", "--set", "autoencoder.early_stopping=-1"}
        << "autoencoder.early_stopping = -1 is out of range: must be >= 0";
    QTest::newRow("bad sweep range") << QStringList{"run", "--sweep-k", "1:5"}
                                     << "--sweep-k must be FIRST:LAST with 2 <= FIRST <= LAST, "
                                        "got '1:5'";
    QTest::newRow("sweep beyond rows")
        << QStringList{"run", "--set", "data.samples=20", "--sweep-k", "2:40"}
        << "--sweep-k 2:40 needs fewer clusters than rows (20)";
    QTest::newRow("negative k") << QStringList{"run", "--set", "kmeans.k=-1"}
                                << "kmeans.k = -1 is out of range: must be >= 0";
    QTest::newRow("bad JSON config")
        << QStringList{"run", "--config", testdata::path("io/bad_config.json")}
        << io + "bad_config.json, line 4, column 3: not valid JSON (object is missing after a "
                "comma)";
    QTest::newRow("unknown config key")
        << QStringList{"run", "--config", testdata::path("io/unknown_key.json")}
        << io + "unknown_key.json: unknown config key 'autoencoder.epoch' (known: "
                "autoencoder.encoder, autoencoder.latent, autoencoder.activation, "
                "autoencoder.optimizer, autoencoder.learning_rate, autoencoder.momentum, "
                "autoencoder.beta1, autoencoder.beta2, autoencoder.epsilon, "
                "autoencoder.batch_size, autoencoder.epochs, autoencoder.seed, "
                "autoencoder.validation_split, autoencoder.early_stopping)";
    QTest::newRow("csv source without path") << QStringList{"run", "--set", "data.source=csv"}
                                             << "data.path is empty: data.source = csv needs a "
                                                "file (--input FILE)";
    QTest::newRow("unknown option")
        << QStringList{"run", "--frobnicate"} << "unknown option 'frobnicate'";
    QTest::newRow("missing value") << QStringList{"run", "--out"} << "missing value after '--out'";
    QTest::newRow("bad repeats") << QStringList{"run", "--repeats", "0"}
                                 << "--repeats must be an integer >= 1, got '0'";
    QTest::newRow("option twice") << QStringList{"run", "--input", "a.csv", "--input", "b.csv"}
                                  << "--input is given twice";
    QTest::newRow("no command") << QStringList{}
                                << "no command given: use 'latentlab-cli run "
                                   "--out DIR' (see --help)";
    QTest::newRow("unknown command")
        << QStringList{"train"} << "unknown command 'train' (known: run, transform, grid, merge)";
}

void TestCliErrors::badInputExitsWithTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QTest::currentDataTag());
    if (arguments.value(0) == "run" && !arguments.contains("--out")) arguments << "--out" << out;
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines, QStringList{"latentlab-cli: error: " + message});
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!QFileInfo::exists(out), "a failed run created its output folder");
}

void TestCliErrors::outIsAFile() {
    const QString file = m_dir.filePath("plain-file");
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun run = runCli(QStringList{"run", "--out", file} + quickBlobs());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines,
             QStringList{"latentlab-cli: error: --out " + file + " is a file, not a folder"});
    const CliRun missing = runCli({"run"});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.errLines,
             QStringList{"latentlab-cli: error: missing --out DIR, --report FILE or --animation "
                         "FILE: where to write the results"});
}

void TestCliErrors::failureKeepsAnOldFolderUntouched() {
    const QString out = m_dir.filePath("kept");
    QVERIFY(QDir().mkpath(out));
    QFile old(QDir(out).filePath("metrics.json"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{\"n\": 1}");
    old.close();
    const CliRun run = runCli({"run", "--input", testdata::path("io/ragged.csv"), "--out", out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{"metrics.json"});
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
