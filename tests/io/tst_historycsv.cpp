// HistoryCsv: rows written and read back are the same rows (settings, lists, metrics, empty
// cells); a history.csv written by hand (any column order, BOM, CRLF, a preset) reads as
// documented; a malformed file is one ReadError naming the file, the line and the column.
#include "ConfigJson.h"
#include "HistoryCsv.h"
#include "IoErrors.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using latentlab::Config;
using latentlab::MethodMetrics;
namespace io = latentlab::io;

namespace {

io::HistoryRow firstRow() {
    io::HistoryRow row;
    row.run = "run-0001";
    row.finished = "2025-01-31T09:15:02Z";
    row.repeats = 3;
    row.config.kmeans.k = 4;
    row.config.autoencoder.encoder = {32, 16};
    row.config.autoencoder.learningRate = 0.001;
    row.config.data.seed = (1ULL << 60) + 1;  // beyond a double's 53 bits
    row.config.data.path = "/data/my table, v2.csv";
    row.config.data.ignoreColumns = {"id,batch", "donor"};  // needs the JSON form
    row.config.methods = {"pca", "autoencoder"};
    row.methods = {"pca", "autoencoder"};
    row.spaces.resize(2);
    row.spaces[0].ari = 0.25;
    row.spaces[0].inertia = 1234.5;
    row.spaces[1].ari = 0.5;
    row.spaces[1].finalLoss = 0.0125;
    row.totalSeconds = 2.5;
    return row;
}

io::HistoryRow secondRow() {
    io::HistoryRow row;
    row.run = "by hand";
    row.config.methods = {"umap"};
    row.config.data.centerBoxLow = -5;
    row.methods = {"umap"};
    row.spaces.resize(1);
    row.spaces[0].ari = 0.75;
    return row;
}

bool sameNumber(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

}  // namespace

class TestHistoryCsv : public QObject {
    Q_OBJECT
private slots:
    void headerHasEverySettingAndTheUsedMetrics();
    void writtenRowsReadBack();
    void handWrittenFileReads();
    void malformedFileIsOneClearError_data();
    void malformedFileIsOneClearError();
    void missingFileIsNamed();
};

void TestHistoryCsv::headerHasEverySettingAndTheUsedMetrics() {
    const QByteArray csv = io::historyCsv({firstRow(), secondRow()});
    const QStringList header = QString::fromUtf8(csv.left(csv.indexOf('\n'))).split(',');
    QCOMPARE(header.mid(0, 4), (QStringList{"run", "finished", "repeats", "preset"}));
    QVERIFY(header.contains("autoencoder.encoder"));
    QVERIFY(header.contains("threads"));
    // Metrics: only those with a value, methods in catalog order, metrics in catalog order.
    const int firstMetric = header.indexOf("pca.inertia");
    QCOMPARE(header.mid(firstMetric),
             (QStringList{"pca.inertia", "pca.ari", "autoencoder.ari", "autoencoder.final_loss",
                          "umap.ari", "seconds.total"}));
    QCOMPARE(header.indexOf("threads"), firstMetric - 1);
    const QStringList lines = QString::fromUtf8(csv).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].contains(",32;16,"), qPrintable(lines[1]));
    QVERIFY(lines[1].contains(",pca;autoencoder,"));
    QVERIFY(lines[1].contains(",1152921504606846977,"));
    QVERIFY2(lines[1].contains(R"(,"[""id,batch"",""donor""]",)"), qPrintable(lines[1]));
    QVERIFY(lines[1].endsWith(",1234.5,0.25,0.5,0.0125,,2.5"));
    QVERIFY(lines[2].contains(",-5;10,"));
    QVERIFY(lines[2].endsWith(",,,,,0.75,"));
}

void TestHistoryCsv::writtenRowsReadBack() {
    const std::vector<io::HistoryRow> rows{firstRow(), secondRow()};
    const std::vector<io::HistoryRow> back =
        io::parseHistoryCsv(io::historyCsv(rows), "history.csv");
    QCOMPARE(back.size(), rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        QCOMPARE(back[r].run, rows[r].run);
        QCOMPARE(back[r].finished, rows[r].finished);
        QCOMPARE(back[r].repeats, rows[r].repeats);
        QCOMPARE(io::configToJson(back[r].config), io::configToJson(rows[r].config));
        QCOMPARE(back[r].methods, rows[r].methods);
        QVERIFY(sameNumber(back[r].totalSeconds, rows[r].totalSeconds));
        for (std::size_t m = 0; m < rows[r].methods.size(); ++m)
            for (const latentlab::MetricInfo& info : latentlab::metricCatalog())
                QVERIFY2(sameNumber(back[r].spaces[m].*info.member, rows[r].spaces[m].*info.member),
                         info.key);
    }
    QCOMPARE(back[0].config.data.seed, (1ULL << 60) + 1);
    QCOMPARE(back[0].config.data.ignoreColumns, (std::vector<std::string>{"id,batch", "donor"}));
}

void TestHistoryCsv::handWrittenFileReads() {
    const QByteArray text =
        "\xEF\xBB\xBFpca.ari,run,kmeans.k,autoencoder.encoder,methods,finished,seconds.total,"
        "autoencoder.ari\r\n"
        "0.25,a,4,8;6,pca;autoencoder,2025-01-31T09:15:02Z,1.5,0.5\r\n"
        "\r\n"
        ",b,6,\"[32, 16]\",pca,,,\r\n";
    const std::vector<io::HistoryRow> rows = io::parseHistoryCsv(text, "hand.csv");
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].run, std::string("a"));
    QCOMPARE(rows[0].finished, std::string("2025-01-31T09:15:02Z"));
    QCOMPARE(rows[0].repeats, 1);
    QCOMPARE(rows[0].config.kmeans.k, 4);
    QCOMPARE(rows[0].config.autoencoder.encoder, (std::vector<int>{8, 6}));
    QCOMPARE(rows[0].config.methods, (std::vector<std::string>{"pca", "autoencoder"}));
    QCOMPARE(rows[0].config.data.samples, Config().data.samples);  // not in the file: default
    QCOMPARE(rows[0].methods, (std::vector<std::string>{"pca", "autoencoder"}));
    QCOMPARE(rows[0].find("pca")->ari, 0.25);
    QCOMPARE(rows[0].find("autoencoder")->ari, 0.5);
    QVERIFY(std::isnan(rows[0].find("pca")->nmi));
    QCOMPARE(rows[0].totalSeconds, 1.5);
    QCOMPARE(rows[1].config.autoencoder.encoder, (std::vector<int>{32, 16}));
    QVERIFY(rows[1].methods.empty());  // every metric cell empty
    QVERIFY(rows[1].find("pca") == nullptr);
    QVERIFY(std::isnan(rows[1].totalSeconds));

    // A preset column: the row starts from the preset, as a config file naming it would.
    const std::vector<io::HistoryRow> tuned =
        io::parseHistoryCsv("run,preset,kmeans.k\nt,tuned,5\n", "tuned.csv");
    Config expected = io::presetConfig("tuned");
    expected.kmeans.k = 5;
    QCOMPARE(io::configToJson(tuned[0].config), io::configToJson(expected));
}

void TestHistoryCsv::malformedFileIsOneClearError_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("\n\n") << "h.csv: the file is empty (no header row)";
    QTest::newRow("no run") << QByteArray("finished,kmeans.k\nx,4\n")
                            << "h.csv, line 1: no 'run' column: not a history.csv";
    QTest::newRow("unknown column")
        << QByteArray("run,kmeans.kk\na,4\n")
        << "h.csv, line 1: 'kmeans.kk' is neither run, finished, repeats, seconds.total, a "
           "setting (data.samples, ...) nor a metric (pca.ari, ...)";
    QTest::newRow("unknown metric")
        << QByteArray("run,pca.accuracy\na,4\n") << "h.csv, line 1: 'pca.accuracy' is neither";
    QTest::newRow("twice") << QByteArray("run,kmeans.k,kmeans.k\na,4,5\n")
                           << "h.csv, line 1: column 'kmeans.k' appears twice";
    QTest::newRow("fields") << QByteArray("run,kmeans.k\na,4\nb,4,5\n")
                            << "h.csv, line 3: 3 fields, the header has 2";
    QTest::newRow("setting") << QByteArray("run,kmeans.k\na,four\n")
                             << "h.csv, line 2, column 'kmeans.k': kmeans.k must be an integer, "
                                "got \"four\"";
    QTest::newRow("list") << QByteArray("run,autoencoder.encoder\na,8;x\n")
                          << "h.csv, line 2, column 'autoencoder.encoder': autoencoder.encoder "
                             "must be a list of integers";
    QTest::newRow("json list") << QByteArray("run,autoencoder.encoder\na,[8;6\n")
                               << "h.csv, line 2, column 'autoencoder.encoder': "
                                  "autoencoder.encoder must be a list such as 8;6 or a JSON array";
    QTest::newRow("metric") << QByteArray("run,pca.ari\na,high\n")
                            << "h.csv, line 2, column 'pca.ari': 'high' is not a number";
    QTest::newRow("repeats") << QByteArray("run,repeats\na,0\n")
                             << "h.csv, line 2, column 'repeats': '0' is not a number of repeats";
    QTest::newRow("no name") << QByteArray("run,kmeans.k\n,4\n")
                             << "h.csv, line 2, column 'run': the run has no name";
    QTest::newRow("preset") << QByteArray("run,preset\na,fancy\n")
                            << "h.csv, line 2, column 'preset': unknown preset 'fancy'";
    QTest::newRow("binary") << QByteArray("run\n\x01\x02\x03", 8) << "h.csv: not a CSV file";
}

void TestHistoryCsv::malformedFileIsOneClearError() {
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        io::parseHistoryCsv(text, "h.csv");
        QFAIL("no error");
    } catch (const io::ReadError& error) {
        const QString what = QString::fromStdString(error.what());
        QVERIFY2(what.startsWith(message), qPrintable(what));
        QVERIFY(!what.contains('\n'));
    }
}

void TestHistoryCsv::missingFileIsNamed() {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.csv");
    try {
        io::readHistoryCsv(path);
        QFAIL("no error");
    } catch (const io::ReadError& error) {
        QVERIFY2(QString::fromStdString(error.what()).contains(path), error.what());
    }
}

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "tst_historycsv.moc"
