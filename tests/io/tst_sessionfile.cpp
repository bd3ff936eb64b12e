// Sessions: a saved run reads back bit for bit; damaged or foreign files give one clear
// error naming the file, and a failed save leaves the previous file intact.
#include "IoErrors.h"
#include "JsonFile.h"
#include "Pipeline.h"
#include "SessionFile.h"
#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace latentlab;

class TestSessionFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripIsExact();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();

private:
    Result m_result;
    QTemporaryDir m_dir;
};

void TestSessionFile::initTestCase() {
    Config config;
    config.data.samples = 300;
    config.data.centers = 3;
    config.autoencoder.epochs = 3;
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
    for (auto [a, b] :
         {std::pair{&back.pcaSpace, &m_result.pcaSpace}, {&back.aeSpace, &m_result.aeSpace}}) {
        QCOMPARE(a->embedding, b->embedding);
        QCOMPARE(a->clustering.labels, b->clustering.labels);
        QCOMPARE(a->clustering.centers, b->clustering.centers);
        QCOMPARE(a->confusion, b->confusion);
        QCOMPARE(a->metrics.ari, b->metrics.ari);
        QCOMPARE(a->metrics.silhouetteInput, b->metrics.silhouetteInput);
        QCOMPARE(a->metrics.trustworthiness, b->metrics.trustworthiness);
    }
    QCOMPARE(back.autoencoder.encode(m_result.scaler.transform(m_result.data.features)),
             m_result.aeSpace.embedding);
    QCOMPARE(back.config.kmeans.k, 4);
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

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
