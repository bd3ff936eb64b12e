// latentlab-cli transform end to end: a session fitted on iris applied to iris itself gives
// the run's own embedding files byte for byte; reordered columns give the same numbers;
// unlabelled input works; column mismatches, bad sessions and bad cells exit 2 with one line.
#include "CliProcess.h"
#include "Config.h"
#include "CsvTokenizer.h"
#include "CsvWriter.h"
#include "JsonFile.h"
#include "Pipeline.h"
#include "RunFolder.h"
#include "SessionFile.h"
#include "TestData.h"
#include "TransformInput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace io = latentlab::io;
using latentlab::Config;
using latentlab::DataSource;
using latentlab::Result;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::vector<std::vector<std::string>> records(const QString& path) {
    const QByteArray bytes = bytesOf(path);
    io::CsvTokenizer tokens(bytes, ',', path.toStdString());
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> fields;
    while (tokens.next(fields)) out.push_back(fields);
    return out;
}

/// Writes `table` with its columns picked (and ordered) by `columns`; -1 adds a column of 1s.
QString writeColumns(const QString& path, const std::vector<std::vector<std::string>>& table,
                     const std::vector<int>& columns, const std::string& extraName = "extra") {
    io::CsvWriter csv;
    for (std::size_t r = 0; r < table.size(); ++r) {
        for (int c : columns) csv.addText(c >= 0 ? table[r][std::size_t(c)] : r ? "1" : extraName);
        csv.endRow();
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) file.write(csv.bytes());
    return path;
}

}  // namespace

class TestCliTransform : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void trainingTableReproducesTheRunFiles();
    void reorderedColumnsGiveTheSameEmbedding();
    void unlabelledInputHasNoAri();
    void columnMismatchExitsTwoNamingColumns();
    void missingOrCorruptSessionExitsTwo();
    void badCellExitsTwo();
    void usageErrors();
    void runSavesASessionThatTransformsItsData();

private:
    CliRun transform(const QString& input, const QString& out) const {
        return runCli({"transform", "--session", m_session, "--input", input, "--out", out});
    }

    QTemporaryDir m_dir;
    QString m_session;
    QString m_irisFile;
    QString m_runFolder;
    std::vector<std::vector<std::string>> m_iris;
};

void TestCliTransform::initTestCase() {
    QVERIFY(m_dir.isValid());
    // iris with its label column renamed, so that only the session's setting finds it.
    m_iris = records(testdata::path("iris.csv"));
    QCOMPARE(m_iris.front().size(), std::size_t(5));
    m_iris.front() = {"sepal_length", "sepal_width", "petal_length", "petal_width", "species"};
    m_irisFile = writeColumns(m_dir.filePath("iris.csv"), m_iris, {0, 1, 2, 3, 4});

    Config config;
    config.data.source = DataSource::Csv;
    config.data.path = m_irisFile.toStdString();
    config.data.labelColumn = "species";
    config.autoencoder.epochs = 3;
    const Result result =
        latentlab::runPipeline(config, io::readTransformInput(config.data, m_irisFile));
    QVERIFY(result.data.hasLabels());
    m_session = m_dir.filePath("iris.latentlab");
    io::SessionFile::save(m_session, result);
    m_runFolder = m_dir.filePath("run");
    io::RunFolder(m_runFolder).write(result);
}

void TestCliTransform::trainingTableReproducesTheRunFiles() {
    const QString out = m_dir.filePath("same");
    const CliRun run = transform(m_irisFile, out);
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QStringList files = QDir(out).entryList(QDir::Files);
    files.sort();
    QCOMPARE(files, (QStringList{"embedding_ae.csv", "embedding_pca.csv", "transform.json"}));
    // Same rows through the saved models and centres: the run's own files, to the last digit
    // (coordinates, label, nearest centre = k-means' final E-step, silhouette).
    for (const char* name : {"embedding_pca.csv", "embedding_ae.csv"}) {
        const QByteArray mine = bytesOf(QDir(out).filePath(name));
        QVERIFY(!mine.isEmpty());
        QCOMPARE(mine, bytesOf(QDir(m_runFolder).filePath(name)));
    }
    const QJsonObject summary = io::readJsonObject(QDir(out).filePath("transform.json"));
    QCOMPARE(summary["format"].toString(), QString("latentlab-transform"));
    QCOMPARE(summary["input"]["rows"].toInt(), 150);
    QCOMPARE(summary["input"]["label_column"].toString(), QString("species"));
    QCOMPARE(summary["columns"]["status"].toString(), QString("same order"));
    QCOMPARE(summary["model"]["path"].toString(), m_session);
    // Rows per cluster, counted independently from the run's cluster column.
    const auto embedding = records(QDir(m_runFolder).filePath("embedding_pca.csv"));
    const QJsonArray sizes = summary["pca"]["cluster_sizes"].toArray();
    QCOMPARE(sizes.size(), 3);  // iris' three species
    for (int cluster = 0; cluster < sizes.size(); ++cluster) {
        int count = 0;
        for (std::size_t r = 1; r < embedding.size(); ++r)
            count += embedding[r][3] == std::to_string(cluster);
        QCOMPARE(sizes[cluster].toInt(), count);
    }
    const QJsonObject runMetrics = io::readJsonObject(QDir(m_runFolder).filePath("metrics.json"));
    QCOMPARE(summary["autoencoder"]["metrics"]["ari"].toDouble(),
             runMetrics["autoencoder"]["ari"].toDouble());
    QVERIFY(run.out.contains("150 rows of"));
    QVERIFY(run.out.contains("4 columns, as in the model"));
}

void TestCliTransform::reorderedColumnsGiveTheSameEmbedding() {
    const QString input = writeColumns(m_dir.filePath("reordered.csv"), m_iris, {4, 3, 2, 1, 0});
    const QString out = m_dir.filePath("reordered");
    const CliRun run = transform(input, out);
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QCOMPARE(bytesOf(QDir(out).filePath("embedding_ae.csv")),
             bytesOf(QDir(m_runFolder).filePath("embedding_ae.csv")));
    const QJsonObject summary = io::readJsonObject(QDir(out).filePath("transform.json"));
    QCOMPARE(summary["columns"]["status"].toString(), QString("reordered"));
}

void TestCliTransform::unlabelledInputHasNoAri() {
    const QString input = writeColumns(m_dir.filePath("unlabelled.csv"), m_iris, {0, 1, 2, 3});
    const QString out = m_dir.filePath("unlabelled");
    const CliRun run = transform(input, out);
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QJsonObject summary = io::readJsonObject(QDir(out).filePath("transform.json"));
    QCOMPARE(summary["input"]["labelled"].toBool(), false);
    QVERIFY(summary["pca"]["metrics"]["ari"].isNull());
    QVERIFY(summary["pca"]["metrics"]["silhouette_latent"].isDouble());
    const auto mine = records(QDir(out).filePath("embedding_pca.csv"));
    const auto theirs = records(QDir(m_runFolder).filePath("embedding_pca.csv"));
    QCOMPARE(mine.size(), theirs.size());
    for (std::size_t r = 1; r < mine.size(); ++r) {
        QCOMPARE(mine[r][0], theirs[r][0]);   // z1
        QCOMPARE(mine[r][2], std::string());  // no label
        QCOMPARE(mine[r][3], theirs[r][3]);   // cluster
    }
}

void TestCliTransform::columnMismatchExitsTwoNamingColumns() {
    // petal_width dropped, a column the model does not know added.
    const QString input =
        writeColumns(m_dir.filePath("mismatch.csv"), m_iris, {0, 1, 2, -1, 4}, "stem_length");
    const QString out = m_dir.filePath("mismatch");
    const CliRun run = transform(input, out);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    const QString line = run.errLines.front();
    QVERIFY2(line.startsWith("latentlab-cli: error: "), qPrintable(line));
    QVERIFY2(line.contains("mismatch.csv"), qPrintable(line));
    QVERIFY2(line.contains("1 missing ('petal_width')"), qPrintable(line));
    QVERIFY2(line.contains("1 unexpected ('stem_length')"), qPrintable(line));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliTransform::missingOrCorruptSessionExitsTwo() {
    const QString out = m_dir.filePath("nosession");
    CliRun run = runCli({"transform", "--session", m_dir.filePath("absent.latentlab"), "--input",
                         m_irisFile, "--out", out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines.front().contains("absent.latentlab"), qPrintable(run.errLines.front()));

    const QString corrupt = m_dir.filePath("corrupt.latentlab");
    QByteArray bytes = bytesOf(m_session);
    bytes.truncate(bytes.size() / 2);
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    run = runCli({"transform", "--session", corrupt, "--input", m_irisFile, "--out", out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines.front().contains("corrupt.latentlab"), qPrintable(run.errLines.front()));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliTransform::badCellExitsTwo() {
    auto table = m_iris;
    table[3][1] = "oops";
    const QString input = writeColumns(m_dir.filePath("badcell.csv"), table, {0, 1, 2, 3, 4});
    const CliRun run = transform(input, m_dir.filePath("badcell"));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    const QString line = run.errLines.front();
    QVERIFY2(line.contains("line 4") && line.contains("sepal_width") && line.contains("oops"),
             qPrintable(line));
}

void TestCliTransform::usageErrors() {
    const QString iris = m_irisFile;
    const QString out = m_dir.filePath("usage");
    const std::vector<std::pair<QStringList, QString>> cases{
        {{"transform", "--input", iris, "--out", out}, "missing --session"},
        {{"transform", "--session", m_session, "--out", out}, "missing --input"},
        {{"transform", "--session", m_session, "--input", iris}, "missing --out"},
        {{"transform", "--session", m_session, "--input", iris, "--out", out, "--set",
          "kmeans.k=3"},
         "--set does not apply to 'transform'"},
        {{"run", "--session", m_session, "--out", out}, "--session belongs to 'transform'"},
    };
    for (const auto& [arguments, expected] : cases) {
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines.size(), 1);
        QVERIFY2(run.errLines.front().contains(expected), qPrintable(run.errLines.front()));
    }
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliTransform::runSavesASessionThatTransformsItsData() {
    const QString runOut = m_dir.filePath("cli-run");
    const QString session = m_dir.filePath("cli.latentlab");
    const CliRun run =
        runCli(QStringList{"run", "--out", runOut, "--save-session", session} + quickBlobs());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QVERIFY(run.errLines.contains("wrote session " + QDir::toNativeSeparators(session)));
    const QString out = m_dir.filePath("cli-transform");
    const CliRun applied = runCli({"transform", "--session", session, "--input",
                                   QDir(runOut).filePath("data.csv"), "--out", out});
    QVERIFY2(applied.exitCode == 0, qPrintable(commandFailure(applied)));
    for (const char* name : {"embedding_pca.csv", "embedding_ae.csv"}) {
        QCOMPARE(bytesOf(QDir(out).filePath(name)), bytesOf(QDir(runOut).filePath(name)));
    }
    QVERIFY(applied.out.contains("600 rows of"));
}

QTEST_GUILESS_MAIN(TestCliTransform)
#include "tst_cli_transform.moc"
