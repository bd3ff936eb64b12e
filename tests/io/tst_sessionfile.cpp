// Sessions: a saved run reads back bit for bit; damaged or foreign files give one clear
// error naming the file, and a failed save leaves the previous file intact.
#include "ExpressionSummary.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "Pipeline.h"
#include "SessionFile.h"
#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cmath>

using namespace latentlab;

class TestSessionFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripIsExact();
    void roundTripKeepsRowNamesAndExpression();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void corruptedPartsAreRefused_data();
    void corruptedPartsAreRefused();
    void truncatedFilesAreRefused();
    void everyMethodsSpaceRoundTrips();
    void versionOneSessionsStillOpen();

private:
    void expectRefused(const QByteArray& content, const QString& expected);

    Result m_result;
    QTemporaryDir m_dir;
};

namespace {

/// `root` with the value at `path` ("autoencoder/layers/0/weights") replaced.
QJsonValue replaced(const QJsonValue& root, QStringList path, const QJsonValue& value) {
    if (path.isEmpty()) return value;
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = step.toInt();
        array[index] = replaced(array[index], path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[step] = replaced(object[step], path, value);
    return object;
}

QJsonValue json(const char* text) {
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

}  // namespace

void TestSessionFile::initTestCase() {
    Config config;
    config.data.samples = 300;
    config.data.centers = 3;
    config.autoencoder.epochs = 3;
    config.autoencoder.validationSplit = 0.2;  // a validation curve and a few-updates warning
    Dataset data = testdata::referenceCsv("small_blobs.csv");
    data.labelColumn = "label";
    m_result = runPipeline(config, data);
}

void TestSessionFile::roundTripIsExact() {
    const QString path = m_dir.filePath("a.latentlab");
    io::SessionFile::save(path, m_result);
    const Result back = io::SessionFile::load(path);
    QCOMPARE(back.data.features, m_result.data.features);
    QCOMPARE(back.data.labels, m_result.data.labels);
    QCOMPARE(back.data.labelNames, m_result.data.labelNames);
    QCOMPARE(back.data.labelColumn, std::string("label"));
    QCOMPARE(back.loss, m_result.loss);
    QCOMPARE(back.validationLoss, m_result.validationLoss);
    QCOMPARE(back.validationLoss.size(), std::size_t(3));
    QCOMPARE(back.training.updates, m_result.training.updates);
    QCOMPARE(back.training.validationRows, 120);
    QCOMPARE(back.warnings.size(), m_result.warnings.size());
    QVERIFY(!back.warnings.empty());
    for (std::size_t i = 0; i < back.warnings.size(); ++i) {
        QCOMPARE(back.warnings[i].code, m_result.warnings[i].code);
        QCOMPARE(back.warnings[i].message, m_result.warnings[i].message);
        QCOMPARE(back.warnings[i].advice, m_result.warnings[i].advice);
    }
    for (auto [a, b] : {std::pair{&back.space("pca"), &m_result.space("pca")},
                        {&back.space("autoencoder"), &m_result.space("autoencoder")}}) {
        QCOMPARE(a->embedding, b->embedding);
        QCOMPARE(a->clustering.labels, b->clustering.labels);
        QCOMPARE(a->clustering.centers, b->clustering.centers);
        QCOMPARE(a->confusion, b->confusion);
        QCOMPARE(a->metrics.ari, b->metrics.ari);
        QCOMPARE(a->metrics.silhouetteInput, b->metrics.silhouetteInput);
        QCOMPARE(a->metrics.trustworthiness, b->metrics.trustworthiness);
    }
    QCOMPARE(back.autoencoder.encode(m_result.scaler.transform(m_result.data.features)),
             m_result.space("autoencoder").embedding);
    QCOMPARE(back.config.kmeans.k, 4);
}

void TestSessionFile::roundTripKeepsRowNamesAndExpression() {
    Result result = m_result;
    for (int r = 0; r < result.data.rows(); ++r)
        result.data.rowNames.push_back("CELL" + std::to_string(r) + "-1");
    auto summary = std::make_shared<ExpressionSummary>();
    summary->counts = {310, 300, 4, 3, 2};
    summary->geneNames = {"CD3E", "MS4A1", "LYZ"};
    summary->geneIds = {"ENSG1", "ENSG2", "ENSG3"};
    summary->genes.gene = {0, 1, 2};
    summary->genes.means = {0.5, 1.25, 2.0};
    summary->genes.dispersions = {std::nan(""), 0.75, -1.5};
    summary->genes.dispersionsNorm = {std::nan(""), 1.0, -0.25};
    summary->genes.variances = {0.0, 3.5, 1e-12};
    summary->genes.highlyVariable = {false, true, true};
    result.data.expression = summary;
    const QString path = m_dir.filePath("expression.latentlab");
    io::SessionFile::save(path, result);
    const Result back = io::SessionFile::load(path);
    QCOMPARE(back.data.rowNames, result.data.rowNames);
    QVERIFY(back.data.expression);
    const ExpressionSummary& e = *back.data.expression;
    QCOMPARE(e.counts.cellsIn, 310);
    QCOMPARE(e.counts.cellsKept, 300);
    QCOMPARE(e.counts.genesIn, 4);
    QCOMPARE(e.counts.genesKept, 3);
    QCOMPARE(e.counts.genesSelected, 2);
    QCOMPARE(e.geneNames, summary->geneNames);
    QCOMPARE(e.geneIds, summary->geneIds);
    QCOMPARE(e.genes.gene, summary->genes.gene);
    QCOMPARE(e.genes.means, summary->genes.means);
    QVERIFY(std::isnan(e.genes.dispersions[0]) && std::isnan(e.genes.dispersionsNorm[0]));
    QCOMPARE(e.genes.dispersions[2], -1.5);
    QCOMPARE(e.genes.dispersionsNorm[1], 1.0);
    QCOMPARE(e.genes.variances, summary->genes.variances);
    QCOMPARE(e.genes.highlyVariable, summary->genes.highlyVariable);
    // A plain table's session has neither.
    QVERIFY(!io::SessionFile::load(m_dir.filePath("a.latentlab")).data.expression);
}

void TestSessionFile::damagedFilesAreRefused_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << "a.latentlab";
    QTest::newRow("foreign json") << QByteArray("{\"x\": 1}") << "not a LatentLab session";
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"latentlab-session\", \"version\": 99}") << "newer LatentLab";
    QTest::newRow("no data")
        << QByteArray("{\"format\": \"latentlab-session\", \"version\": 1, \"config\": {}}")
        << "data";
}

void TestSessionFile::damagedFilesAreRefused() {
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    expectRefused(content, expected);
}

void TestSessionFile::corruptedPartsAreRefused_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    // A session's parts must fit the data's 2 columns and each other.
    QTest::newRow("scaler width") << "scaler/offset"
                                  << "[0.5]"
                                  << "scaler";
    QTest::newRow("pca width") << "pca/mean"
                               << "[0, 0, 0]"
                               << "pca";
    QTest::newRow("weights shape") << "autoencoder/layers/0/weights"
                                   << "[[1, 2, 3]]"
                                   << "autoencoder";
    QTest::newRow("weights text") << "autoencoder/layers/1/weights"
                                  << "\"corrupted\""
                                  << "autoencoder.layers[1].weights";
    QTest::newRow("bias text") << "autoencoder/layers/1/bias"
                               << "\"oops\""
                               << "autoencoder.layers[1].bias";
    QTest::newRow("encoder layers") << "autoencoder/encoder_layers"
                                    << "0"
                                    << "encoder_layers";
    QTest::newRow("column names") << "data/column_names"
                                  << "[\"x1\", \"x2\", \"x3\"]"
                                  << "column_names";
    QTest::newRow("label names") << "data/label_names"
                                 << "[\"a\"]"
                                 << "label code";
    QTest::newRow("features") << "data/features"
                              << "{}"
                              << "data.features";
    QTest::newRow("centres width") << "spaces/0/centers"
                                   << "[[0, 0, 0]]"
                                   << "spaces[0].centers";
    QTest::newRow("missing clusters") << "spaces/1/centers"
                                      << "[[0, 0]]"
                                      << "does not exist";
    QTest::newRow("clusters") << "spaces/1/clusters"
                              << "\"!!not base64!!\""
                              << "spaces[1].clusters";
    // Found by fuzz_session: a huge count was cast to int (undefined behaviour).
    QTest::newRow("huge count") << "spaces/1/confusion"
                                << "[[8.67088e+14, 0], [0, 1]]"
                                << "spaces[1].confusion[0][0] must be a whole number";
    QTest::newRow("negative count") << "spaces/0/confusion"
                                    << "[[1, 0], [-1, 1]]"
                                    << "spaces[0].confusion[1][0] must be a whole number";
    QTest::newRow("fractional count") << "spaces/0/confusion"
                                      << "[[1, 0.5], [0, 1]]"
                                      << "got 0.5";
    // Found by fuzz_session: 4e91 rows was converted to an integer (undefined behaviour).
    QTest::newRow("huge rows") << "spaces/1/embedding/rows"
                               << "4e91"
                               << "spaces[1].embedding.rows must be a whole number";
    QTest::newRow("rows x columns overflow") << "spaces/0/embedding/columns"
                                             << "2147483647"
                                             << "stored size does not match";
    QTest::newRow("sample size") << "spaces/1/metrics/silhouette_sample_size"
                                 << "1e300"
                                 << "silhouette_sample_size must be a whole number";
    QTest::newRow("config") << "config/autoencoder/epochs"
                            << "\"ten\""
                            << "autoencoder.epochs";
    QTest::newRow("validation length") << "validation_loss"
                                       << "[0.5]"
                                       << "validation_loss";
    QTest::newRow("training updates") << "training/updates"
                                      << "-3"
                                      << "training.updates";
    QTest::newRow("warning text") << "warnings/0/advice"
                                  << "7"
                                  << "warnings[0].advice";
}

void TestSessionFile::corruptedPartsAreRefused() {
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString good = m_dir.filePath("good.latentlab");
    io::SessionFile::save(good, m_result);
    const QJsonObject session = io::readJsonObject(good);
    const QJsonValue damaged = replaced(session, path.split('/'), json(value.toUtf8().constData()));
    expectRefused(QJsonDocument(damaged.toObject()).toJson(), expected);
}

void TestSessionFile::truncatedFilesAreRefused() {
    const QString good = m_dir.filePath("good.latentlab");
    io::SessionFile::save(good, m_result);
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (int part = 1; part < 20; ++part)
        expectRefused(content.left(content.size() * part / 20), "a.latentlab");
}

void TestSessionFile::expectRefused(const QByteArray& content, const QString& expected) {
    const QString path = m_dir.filePath("a.latentlab");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    try {
        io::SessionFile::load(path);
        QFAIL("a damaged session must be refused");
    } catch (const io::ReadError& error) {
        QVERIFY2(QString(error.what()).contains(expected), error.what());
    }
}

void TestSessionFile::everyMethodsSpaceRoundTrips() {
    Config config;
    config.data.samples = 200;
    config.methods = {"umap", "tsne"};
    config.umap.epochs = 30;
    config.tsne.iterations = 250;
    const Result result = runPipeline(config);
    const QString path = m_dir.filePath("methods.latentlab");
    io::SessionFile::save(path, result);
    const Result back = io::SessionFile::load(path);
    QCOMPARE(back.config.methods, config.methods);
    QCOMPARE(back.spaces.size(), std::size_t(2));
    for (std::size_t s = 0; s < 2; ++s) {
        QCOMPARE(back.spaces[s].method, result.spaces[s].method);
        QCOMPARE(back.spaces[s].embedding, result.spaces[s].embedding);
        QCOMPARE(back.spaces[s].clustering.labels, result.spaces[s].clustering.labels);
        QCOMPARE(back.spaces[s].fitSeconds, result.spaces[s].fitSeconds);
    }
    QCOMPARE(back.space("tsne").metrics.klDivergence, result.space("tsne").metrics.klDivergence);
    QVERIFY(!io::readJsonObject(path).contains("autoencoder"));  // no model without the method
}

void TestSessionFile::versionOneSessionsStillOpen() {
    // Version 1 kept the two spaces under "pca_space" and "ae_space".
    const QString good = m_dir.filePath("v2.latentlab");
    io::SessionFile::save(good, m_result);
    QJsonObject session = io::readJsonObject(good);
    const QJsonArray spaces = session.take("spaces").toArray();
    session.insert("pca_space", spaces[0]);
    session.insert("ae_space", spaces[1]);
    session.insert("version", 1);
    QJsonObject config = session["config"].toObject();
    config.remove("methods");
    session.insert("config", config);
    const QString old = m_dir.filePath("v1.latentlab");
    io::writeJsonObject(old, session);
    const Result back = io::SessionFile::load(old);
    QCOMPARE(back.config.methods, (std::vector<std::string>{"pca", "autoencoder"}));
    QCOMPARE(back.space("autoencoder").embedding, m_result.space("autoencoder").embedding);
    QCOMPARE(back.space("pca").clustering.labels, m_result.space("pca").clustering.labels);
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
