// latentlab-cli end to end on good input: every output file with its columns and rows, a
// run reproduced from its own config.json, CSV input with labels (numeric and text), repeats,
// --help and --version.
#include "CliProcess.h"
#include "CsvTokenizer.h"
#include "JsonFile.h"
#include "RunFolder.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cmath>

namespace io = latentlab::io;

namespace {

std::vector<std::vector<std::string>> records(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = file.readAll();
    io::CsvTokenizer tokens(bytes, ',', path.toStdString());
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> fields;
    while (tokens.next(fields)) out.push_back(fields);
    return out;
}

std::vector<std::string> column(const std::vector<std::vector<std::string>>& table,
                                std::size_t index) {
    std::vector<std::string> values;
    for (std::size_t r = 1; r < table.size(); ++r) values.push_back(table[r][index]);
    return values;
}

/// metrics.json without wall-clock times, which differ between any two runs.
QJsonObject withoutSeconds(QJsonObject metrics) {
    metrics.remove("seconds");
    for (const char* method : {"pca", "autoencoder"}) {
        QJsonObject object = metrics[method].toObject();
        object.remove("seconds");
        metrics[method] = object;
    }
    return metrics;
}

}  // namespace

class TestCliRun : public QObject {
    Q_OBJECT
private slots:
    void blobsRunWritesEveryFile();
    void configJsonReproducesTheMetrics();
    void csvInputUsesItsLabelsForK();
    void textLabelsAreKeptInTheEmbeddings();
    void unlabelledInputHasNoAriOrNmi();
    void nearlyConstantColumnsRun_data();
    void nearlyConstantColumnsRun();
    void repeatsAddRunsAndSummary();
    void sweepKWritesOneRowPerK();
    void helpAndVersion();

private:
    QTemporaryDir m_dir;
};

void TestCliRun::blobsRunWritesEveryFile() {
    const QString out = m_dir.filePath("blobs");
    const CliRun run = runCli(QStringList{"run", "--out", out} + quickBlobs());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));

    QStringList files = QDir(out).entryList(QDir::Files);
    QStringList expected = io::RunFolder::fileNames();
    files.sort();
    expected.sort();
    QCOMPARE(files, expected);

    const auto data = records(QDir(out).filePath("data.csv"));
    QCOMPARE(data.size(), std::size_t(601));
    QCOMPARE(data[0], (std::vector<std::string>{"X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8",
                                                "X9", "X10", "label"}));
    const std::vector<std::string> embeddingHeader{"z1", "z2", "label", "cluster", "silhouette"};
    for (const char* name : {"embedding_pca.csv", "embedding_ae.csv"}) {
        const auto embedding = records(QDir(out).filePath(name));
        QCOMPARE(embedding.size(), std::size_t(601));
        QCOMPARE(embedding[0], embeddingHeader);
        QCOMPARE(column(embedding, 2), column(data, 10));  // true labels, in input order
        QVERIFY(!embedding[1][4].empty());                 // exact silhouette: every row
    }
    const auto loss = records(QDir(out).filePath("loss.csv"));
    QCOMPARE(loss.size(), std::size_t(6));
    QCOMPARE(loss[0], (std::vector<std::string>{"epoch", "loss", "val_loss"}));

    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["n"].toInt(), 600);
    QCOMPARE(metrics["columns"].toInt(), 10);
    QVERIFY(metrics["autoencoder"]["final_loss"].isDouble());
    QVERIFY(metrics["pca"]["ari"].isDouble());

    // The table on stdout: a header and one row per metric; progress went to stderr.
    QVERIFY(run.out.contains("AE − PCA"));
    // Every metric with a value for some method has its row (modularity is Leiden's).
    for (const latentlab::MetricInfo& info : latentlab::metricCatalog()) {
        if (QLatin1String(info.key) == QLatin1String("modularity") ||
            QLatin1String(info.key) == QLatin1String("kl_divergence"))
            QVERIFY2(!run.out.contains(info.label), info.label);
        else
            QVERIFY2(run.out.contains(info.label), info.label);
    }
    QVERIFY(run.errLines.join('\n').contains("[train] epoch 5/5"));

    // Numbers as the GUI writes them: a true minus sign, "—" where a metric does not apply,
    // 4 significant digits (recomputed here from metrics.json's full precision).
    QVERIFY(!run.out.contains(QStringLiteral("n/a")));
    for (const QString& line : run.out.split('\n')) {
        const QStringList cells = line.split(QRegularExpression(QStringLiteral("\\s{2,}")));
        if (cells.size() != 4 || cells[0] == QStringLiteral("Metric")) continue;
        for (int c = 1; c < 4; ++c)
            QVERIFY2(!cells[c].contains(QLatin1Char('-')), qPrintable(line));
        if (cells[0] == QStringLiteral("Reconstruction MSE")) {
            const double mse = metrics["pca"]["reconstruction_mse"].toDouble();
            const int decimals = 3 - int(std::floor(std::log10(mse)));
            QCOMPARE(cells[1], QString::number(mse, 'f', decimals));
        }
        if (cells[0] == QStringLiteral("Final training loss"))
            QCOMPARE(cells[1], QStringLiteral("\u2014"));  // PCA does not train
    }
}

void TestCliRun::configJsonReproducesTheMetrics() {
    const QString first = m_dir.filePath("first");
    const QString second = m_dir.filePath("second");
    CliRun run = runCli(QStringList{"run", "--out", first, "--set", "autoencoder.optimizer=adam",
                                    "--set", "autoencoder.learning_rate=0.005", "--set",
                                    "data.samples=400", "--set", "autoencoder.epochs=4"});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    run = runCli({"run", "--config", QDir(first).filePath("config.json"), "--out", second});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));

    const QJsonObject a = io::readJsonObject(QDir(first).filePath("metrics.json"));
    const QJsonObject b = io::readJsonObject(QDir(second).filePath("metrics.json"));
    QCOMPARE(withoutSeconds(b), withoutSeconds(a));
    QCOMPARE(io::readJsonObject(QDir(second).filePath("config.json")),
             io::readJsonObject(QDir(first).filePath("config.json")));
}

void TestCliRun::csvInputUsesItsLabelsForK() {
    const QString out = m_dir.filePath("small");
    const CliRun run = runCli({"run", "--input", testdata::path("small_blobs.csv"), "--set",
                               "autoencoder.epochs=5", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QJsonObject config = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(config["kmeans"]["k"].toInt(), 4);  // the file's four distinct labels
    QCOMPARE(config["data"]["source"].toString(), QString("csv"));
    QCOMPARE(config["data"]["label_column"].toString(), QString("label"));
    QCOMPARE(config["data"]["path"].toString(), testdata::path("small_blobs.csv"));

    const auto input = records(testdata::path("small_blobs.csv"));
    const auto embedding = records(QDir(out).filePath("embedding_ae.csv"));
    QCOMPARE(embedding.size(), input.size());
    QCOMPARE(column(embedding, 2), column(input, 7));
    QVERIFY(run.out.contains("600 rows x 7 columns, k = 4"));
}

void TestCliRun::textLabelsAreKeptInTheEmbeddings() {
    const QString out = m_dir.filePath("iris");
    // A relative --input, resolved against the working directory.
    const CliRun run =
        runCli({"run", "--input", "iris.csv", "--set", "autoencoder.epochs=3", "--out", out},
               QFileInfo(testdata::path("iris.csv")).absolutePath());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const auto input = records(testdata::path("iris.csv"));
    const auto pca = records(QDir(out).filePath("embedding_pca.csv"));
    QCOMPARE(pca.size(), std::size_t(151));
    QCOMPARE(column(pca, 2), column(input, 4));
    QCOMPARE(pca[1][2], std::string("setosa"));
    QCOMPARE(pca[150][2], std::string("virginica"));
    const auto data = records(QDir(out).filePath("data.csv"));
    QCOMPARE(data[0], input[0]);  // same header, label column still called "class"
    const QJsonObject config = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(config["kmeans"]["k"].toInt(), 3);
}

void TestCliRun::unlabelledInputHasNoAriOrNmi() {
    // small_blobs.csv without its label column, as a TSV.
    const auto input = records(testdata::path("small_blobs.csv"));
    const QString tsv = m_dir.filePath("unlabelled.tsv");
    QFile file(tsv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const auto& row : input) {
        QStringList cells;
        for (std::size_t c = 0; c + 1 < row.size(); ++c) cells << QString::fromStdString(row[c]);
        file.write((cells.join('\t') + '\n').toUtf8());
    }
    file.close();

    const QString out = m_dir.filePath("unlabelled");
    const CliRun run = runCli({"run", "--input", tsv, "--set", "kmeans.k=4", "--set",
                               "autoencoder.epochs=3", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    for (const char* method : {"pca", "autoencoder"}) {
        QVERIFY(metrics[method]["ari"].isNull());
        QVERIFY(metrics[method]["nmi"].isNull());
        QVERIFY(metrics[method]["silhouette_latent"].isDouble());
    }
    const auto data = records(QDir(out).filePath("data.csv"));
    QCOMPARE(data[0].size(), std::size_t(7));  // features only
    const auto embedding = records(QDir(out).filePath("embedding_pca.csv"));
    QCOMPARE(embedding.size(), std::size_t(601));
    QCOMPARE(embedding[1][2], std::string());  // no true label
}

void TestCliRun::nearlyConstantColumnsRun_data() {
    QTest::addColumn<QString>("scaling");
    QTest::newRow("minmax") << "minmax";
    QTest::newRow("zscore") << "zscore";
}

void TestCliRun::nearlyConstantColumnsRun() {
    // Subnormal steps (5e-324 * i), a constant and rounding noise around constants: the run
    // used to "diverge" and advise a lower learning rate. Now it runs, and so does applying
    // its saved model to the same table.
    QFETCH(QString, scaling);
    const QString input = testdata::path("constant_columns.csv");
    const QString out = m_dir.filePath("constant-" + scaling);
    const QString session = m_dir.filePath("constant-" + scaling + ".latentlab");
    const CliRun run = runCli({"run", "--input", input, "--set", "data.scaling=" + scaling, "--set",
                               "autoencoder.epochs=20", "--save-session", session, "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QVERIFY2(!run.errLines.join('\n').contains("diverged"), qPrintable(run.errLines.join('\n')));
    QVERIFY(run.out.contains("240 rows x 12 columns, k = 4"));
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    for (const char* method : {"pca", "autoencoder"}) {
        const QJsonObject values = metrics[method].toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.key() == "final_loss" && QLatin1String(method) == QLatin1String("pca")) continue;
            QVERIFY2(!it.value().isNull(), qPrintable(QString(method) + "." + it.key()));
        }
    }
    const QJsonObject model = io::readJsonObject(QDir(out).filePath("model_pca.json"));
    const QJsonArray factor = model["scaler"]["factor"].toArray();
    QCOMPARE(factor.size(), qsizetype(12));
    QCOMPARE(factor[3].toDouble(), 0.0);  // subnormal_steps
    QCOMPARE(factor[5].toDouble(), 0.0);  // constant
    QCOMPARE(factor[7].toDouble(), 0.0);  // ulp_noise

    const CliRun applied = runCli({"transform", "--session", session, "--input", input, "--out",
                                   m_dir.filePath("constant-" + scaling + "-applied")});
    QVERIFY2(applied.exitCode == 0, qPrintable(commandFailure(applied)));
}

void TestCliRun::repeatsAddRunsAndSummary() {
    const QString out = m_dir.filePath("repeats");
    const CliRun run = runCli({"run", "--repeats", "3", "--set", "data.samples=300", "--set",
                               "autoencoder.epochs=3", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["repeats"].toArray().size(), 3);
    QVERIFY(metrics["repeats"][0]["pca"]["ari"].isDouble());
    const QJsonObject ari = metrics["summary"]["ari"].toObject();
    QVERIFY(ari["pca"]["mean"].isDouble());
    QVERIFY(ari["autoencoder"]["sd"].isDouble());
    QVERIFY(ari["difference"]["autoencoder"]["mean"].isDouble());
    // The repeats used different data: not every repeat can have the same inertia.
    QVERIFY(metrics["repeats"][0]["pca"]["inertia"] != metrics["repeats"][2]["pca"]["inertia"]);
    // config.json keeps repeat 0's seeds so --repeats 3 on it reproduces the run.
    const QJsonObject config = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(config["data"]["seed"].toInt(), 42);
    QVERIFY(run.out.contains("Over 3 repeats"));
    QVERIFY(run.errLines.join('\n').contains("[3/3 metrics]"));
}

void TestCliRun::sweepKWritesOneRowPerK() {
    const QString out = m_dir.filePath("sweep");
    const CliRun run = runCli({"run", "--sweep-k", "2:6", "--set", "data.samples=400", "--set",
                               "data.centers=3", "--set", "autoencoder.epochs=3", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const auto rows = records(QDir(out).filePath("sweep_k.csv"));
    QCOMPARE(rows.size(), std::size_t(6));  // header + k = 2..6
    QCOMPARE(rows[0].front(), std::string("k"));
    QCOMPARE(rows[1][0], std::string("2"));
    QCOMPARE(rows[2][7], std::string("1"));  // k = 3 is the run's own k
    // At the run's k the sweep repeats the run's numbers exactly.
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(std::stod(rows[2][1]), metrics["pca"]["inertia"].toDouble());
    QCOMPARE(std::stod(rows[2][6]), metrics["autoencoder"]["silhouette_latent"].toDouble());
}

void TestCliRun::helpAndVersion() {
    const CliRun version = runCli({"--version"});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QString("latentlab-cli " LATENTLAB_VERSION));

    const CliRun help = runCli({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith("Usage: latentlab-cli run"));
    for (const char* key : {"data.center_box", "autoencoder.encoder", "kmeans.k",
                            "metrics.silhouette_sample", "threads"})
        QVERIFY2(help.out.contains(key), key);
    QCOMPARE(runCli({"run", "--help"}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
