// latentlab-cli on real-data tables: genes as rows (--set data.transpose=true), ignored
// columns, "no labels", missing cells (exit 2 by default, one stdout line on drop/impute)
// and log1p, each checked through the files and lines a user would read.
#include "CliProcess.h"
#include "JsonFile.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace io = latentlab::io;

namespace {

void writeText(const QString& path, const QString& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

/// Gene g of sample s (1-based): the first half of the samples is high in the first four
/// genes, the second half in the last four; integers, so the written text is exact.
int expression(int gene, int sample, int samples) {
    const bool firstGroup = sample <= samples / 2;
    const bool highGene = (gene <= 4) == firstGroup;
    return (highGene ? 50 : 5) + (gene * 7 + sample * 3) % 5;
}

/// 8 genes x `samples` samples, genes as rows, with a "class" row naming the groups.
QString expressionTable(int samples) {
    QString text = "gene";
    for (int s = 1; s <= samples; ++s) text += QString(",S%1").arg(s);
    text += '\n';
    for (int g = 1; g <= 8; ++g) {
        text += QString("G%1").arg(g);
        for (int s = 1; s <= samples; ++s) text += QString(",%1").arg(expression(g, s, samples));
        text += '\n';
        if (g == 4) {
            text += "class";
            for (int s = 1; s <= samples; ++s) text += s <= samples / 2 ? ",tumour" : ",normal";
            text += '\n';
        }
    }
    return text;
}

/// 30 rows of id,a,b,class with 'NA' in column b on the given data rows (1-based).
QString tableWithGaps(const QList<int>& gapRows) {
    QString text = "id,a,b,class\n";
    for (int r = 1; r <= 30; ++r) {
        const QString b = gapRows.contains(r) ? QString("NA") : QString::number(r % 7);
        text += QString("r%1,%2,%3,%4\n").arg(r).arg(r % 5).arg(b).arg(r % 2);
    }
    return text;
}

QStringList quick() { return {"--set", "autoencoder.epochs=3"}; }

}  // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private slots:
    void genesAsRows();
    void missingCellsExitWithTwo();
    void dropAndImputeSayWhatTheyDid_data();
    void dropAndImputeSayWhatTheyDid();
    void labelColumnNone();
    void repeatedGeneNamesMadeUnique();
    void badImportOptionsExitWithTwo_data();
    void badImportOptionsExitWithTwo();
    void helpListsTheImportKeys();

private:
    QTemporaryDir m_dir;
};

void TestCliImport::genesAsRows() {
    const QString input = m_dir.filePath("expression.csv");
    writeText(input, expressionTable(40));
    const QString out = m_dir.filePath("genes");
    const CliRun run = runCli(QStringList{"run", "--input", input, "--set", "data.transpose=true",
                                          "--set", "data.row_names=true", "--out", out} +
                              quick());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QVERIFY2(run.out.startsWith("40 rows x 8 columns, k = 2\n"), qPrintable(run.out));

    const QJsonObject config = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(config["data"]["transpose"].toBool(), true);
    QCOMPARE(config["data"]["row_names"].toBool(), true);
    QCOMPARE(config["data"]["label_column"].toString(), QString("class"));

    // data.csv has the samples as rows: S1's line holds G1..G8 of column S1, then its label.
    QFile data(QDir(out).filePath("data.csv"));
    QVERIFY(data.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(data.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    QCOMPARE(lines[0], QString("G1,G2,G3,G4,G5,G6,G7,G8,class"));
    QStringList first;
    for (int g = 1; g <= 8; ++g) first << QString::number(expression(g, 1, 40));
    QCOMPARE(lines[1], first.join(',') + ",tumour");
    QVERIFY(lines[40].endsWith(",normal"));

    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["n"].toInt(), 40);
    QCOMPARE(metrics["columns"].toInt(), 8);
    // Two well separated groups: PCA's clusters are the groups.
    QCOMPARE(metrics["pca"]["ari"].toDouble(), 1.0);
}

void TestCliImport::missingCellsExitWithTwo() {
    const QString input = m_dir.filePath("gaps.csv");
    writeText(input, tableWithGaps({4, 8}));
    const QString out = m_dir.filePath("gaps-out");
    const CliRun run = runCli(
        QStringList{"run", "--input", input, "--set", "data.ignore_columns=id", "--out", out} +
        quick());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines,
             QStringList{"latentlab-cli: error: " + input +
                         ": 2 cells are empty or not numbers: line 5, column 'b': 'NA' is not a "
                         "number; line 9, column 'b': 'NA' is not a number (to go on without "
                         "them, set data.missing to drop or impute)"});
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliImport::dropAndImputeSayWhatTheyDid_data() {
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("rows");
    QTest::newRow("drop") << "drop"
                          << "Dropped 3 rows with missing values (of 30)" << 27;
    QTest::newRow("impute") << "impute"
                            << "Imputed 3 missing cells with column means in 1 column (b: 3)" << 30;
}

void TestCliImport::dropAndImputeSayWhatTheyDid() {
    QFETCH(QString, policy);
    QFETCH(QString, line);
    QFETCH(int, rows);
    const QString input = m_dir.filePath("gaps3.csv");
    writeText(input, tableWithGaps({2, 11, 30}));
    const QString out = m_dir.filePath("gaps-" + policy);
    const CliRun run =
        runCli(QStringList{"run", "--input", input, "--set", "data.ignore_columns=id", "--set",
                           "data.missing=" + policy, "--out", out} +
               quick());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QCOMPARE(run.out.section('\n', 0, 0), line);
    QCOMPARE(run.out.section('\n', 1, 1), QString("%1 rows x 2 columns, k = 2").arg(rows));
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["n"].toInt(), rows);
}

void TestCliImport::labelColumnNone() {
    const QString input = m_dir.filePath("numeric.csv");
    writeText(input, tableWithGaps({}));
    const QString out = m_dir.filePath("none");
    const CliRun run =
        runCli(QStringList{"run", "--input", input, "--label-column", "none", "--set",
                           "data.ignore_columns=id", "--set", "kmeans.k=3", "--out", out} +
               quick());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QVERIFY2(run.out.startsWith("30 rows x 3 columns, k = 3\n"), qPrintable(run.out));
    const QJsonObject config = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(config["data"]["label_column"].toString(), QString("none"));  // reruns alike
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QVERIFY(metrics["pca"]["ari"].isNull());  // no labels, no ARI
}

void TestCliImport::repeatedGeneNamesMadeUnique() {
    // Genes as rows, TP53 twice (two probes of one gene, as in many expression files).
    QString text = "gene";
    for (int s = 1; s <= 12; ++s) text += QString(",S%1").arg(s);
    text += '\n';
    for (const char* gene : {"TP53", "MYC", "TP53", "EGFR"}) {
        text += gene;
        for (int s = 1; s <= 12; ++s) text += QString(",%1").arg((s * 7 + int(text.size())) % 11);
        text += '\n';
    }
    const QString input = m_dir.filePath("probes.csv");
    writeText(input, text);
    const QStringList arguments{
        "run",   "--input",   input, "--set", "data.transpose=true", "--set", "data.row_names=true",
        "--set", "kmeans.k=2"};
    // Refused by default, with the way out named.
    const CliRun refused = runCli(arguments + QStringList{"--out", m_dir.filePath("refused")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.errLines.size(), 1);
    QVERIFY2(refused.errLines[0].contains("row 'TP53' appears twice") &&
                 refused.errLines[0].contains("data.unique_names"),
             qPrintable(refused.errLines[0]));
    const QString out = m_dir.filePath("probes");
    const CliRun run =
        runCli(arguments + QStringList{"--set", "data.unique_names=true", "--out", out} + quick());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QVERIFY2(
        run.out.startsWith("Made 1 repeated name unique: TP53.1\n12 rows x 4 columns, k = 2\n"),
        qPrintable(run.out));
    QFile data(QDir(out).filePath("data.csv"));
    QVERIFY(data.open(QIODevice::ReadOnly));
    QCOMPARE(data.readLine().trimmed(), QByteArray("TP53,MYC,TP53.1,EGFR"));
    const QJsonObject config = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(config["data"]["unique_names"].toBool(), true);
}

void TestCliImport::badImportOptionsExitWithTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString dir = testdata::path("import/");
    auto input = [&](const char* name) {
        return QStringList{"run", "--input", dir + QLatin1String(name)};
    };
    QTest::newRow("log1p of a negative value")
        << input("log1p_negative.csv") + QStringList{"--set", "data.log1p=true"}
        << dir +
               "log1p_negative.csv, line 3, column 'b': -2 is not greater than -1, so "
               "log(1 + x) is undefined";
    QTest::newRow("unknown ignored column")
        << input("comma.csv") + QStringList{"--set", "data.ignore_columns=batch"}
        << dir +
               "comma.csv: cannot ignore column 'batch': there is no column of that name "
               "(columns: a, b, class)";
    QTest::newRow("transposed, unknown label row")
        << input("genes_as_rows.csv") + QStringList{"--set",          "data.transpose=true",
                                                    "--set",          "data.row_names=true",
                                                    "--label-column", "species"}
        << dir + "genes_as_rows.csv: no label row 'species' (rows: TP53, BRCA1)";
    QTest::newRow("bad missing policy")
        << input("comma.csv") + QStringList{"--set", "data.missing=zero"}
        << "data.missing must be one of error, drop, impute, got \"zero\"";
    QTest::newRow("bad transpose value")
        << input("comma.csv") + QStringList{"--set", "data.transpose=maybe"}
        << "data.transpose must be true or false, got \"maybe\"";
}

void TestCliImport::badImportOptionsExitWithTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QTest::currentDataTag());
    const CliRun run = runCli(arguments + QStringList{"--out", out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines, QStringList{"latentlab-cli: error: " + message});
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliImport::helpListsTheImportKeys() {
    const CliRun run = runCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    for (const char* key : {"data.ignore_columns", "data.row_names", "data.transpose", "data.log1p",
                            "data.missing", "data.unique_names"})
        QVERIFY2(run.out.contains(key), key);
    QVERIFY(run.out.contains("'none'"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
