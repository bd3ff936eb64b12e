// RunFolder: every output file with its columns and rows, texts and numbers read back
// exactly, models that reload, and no metrics.json when writing fails.
#include "ConfigJson.h"
#include "CsvReader.h"
#include "CsvTokenizer.h"
#include "DataCsv.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "ModelJson.h"
#include "NumberText.h"
#include "RunFolder.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cmath>

namespace io = latentlab::io;
using latentlab::Result;

namespace {

Result smallResult() {
    Result result;
    latentlab::Dataset& data = result.data;
    data.features.resize(5, 3);
    data.features << 0.1, 1.0 / 3.0, 5, -2, 7.25, 5, 3.5, 1e-3, 5, 4, -1, 5, 0.0, 2.0 / 3.0, 6;
    data.columnNames = {"g1", "g 2", "g,3"};
    data.labelNames = {"a,b", "x", "\"q\""};
    data.labels = {0, 1, 0, 2, 1};
    result.config.data.source = latentlab::DataSource::Csv;
    result.config.data.path = "/data/small.csv";
    result.config.data.labelColumn = "species";
    result.config.kmeans.k = 3;
    result.spaces.resize(2);
    result.spaces[0].method = "pca";
    result.spaces[1].method = "autoencoder";

    result.scaler = latentlab::Scaler(latentlab::Scaling::MinMax);
    const Eigen::MatrixXd scaled = result.scaler.fitTransform(data.features);
    result.pca = latentlab::Pca(2);
    result.space("pca").embedding = result.pca.fitTransform(scaled);
    result.space("pca").clustering.labels = {0, 1, 0, 2, 1};
    result.space("pca").silhouetteLatent.resize(5);
    result.space("pca").silhouetteLatent << 0.5, latentlab::kNotAvailable, 0.25, 0.0, -0.1;
    result.autoencoder = latentlab::Autoencoder(3, {2}, 2, latentlab::Activation::Tanh, 1);
    result.space("autoencoder").embedding = result.autoencoder.encode(scaled);
    result.space("autoencoder").clustering.labels = {2, 2, 1, 0, 1};
    result.loss = {0.5, 0.25, 0.125};
    return result;
}

/// A written CSV file as its records (the header first).
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

double number(const std::string& text) {
    double value = std::nan("");
    io::parseNumber(text, value);
    return value;
}

QStringList filesIn(const QString& folder) {
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

}  // namespace

class TestRunFolder : public QObject {
    Q_OBJECT
private slots:
    void writesEveryFile();
    void dataCsvReadsBackExactly();
    void dataCsvOnThreadsKeepsRowOrder();
    void embeddingsHaveOneRowPerInputRow();
    void modelsReload();
    void repeatsWriteTheBaseConfig();
    void folderThatCannotBeCreated();
    void failedWriteLeavesNoMetrics();
};

void TestRunFolder::writesEveryFile() {
    QTemporaryDir dir;
    const QString out = dir.filePath("out/nested");
    io::RunFolder(out).write(smallResult());
    QStringList expected = io::RunFolder::fileNames();
    expected.sort();
    QCOMPARE(filesIn(out), expected);  // and no temporary files left behind

    const auto loss = records(QDir(out).filePath("loss.csv"));
    QCOMPARE(loss.size(), std::size_t(4));
    QCOMPARE(loss[0], (std::vector<std::string>{"epoch", "loss", "val_loss"}));
    QCOMPARE(loss[3], (std::vector<std::string>{"3", "0.125", ""}));

    const latentlab::Config config = io::readConfigFile(QDir(out).filePath("config.json"));
    QCOMPARE(QJsonDocument(io::configToJson(config)).toJson(),
             QJsonDocument(io::configToJson(smallResult().config)).toJson());
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["n"].toInt(), 5);
}

void TestRunFolder::dataCsvReadsBackExactly() {
    QTemporaryDir dir;
    const Result result = smallResult();
    io::RunFolder(dir.path()).write(result);
    io::CsvReader reader({"species"});
    const latentlab::Dataset back = reader.read(dir.filePath("data.csv"));
    QCOMPARE(back.columnNames, result.data.columnNames);
    QVERIFY(back.features == result.data.features);
    QCOMPARE(back.labelNames, result.data.labelNames);
    QCOMPARE(back.labels, result.data.labels);
    QCOMPARE(records(dir.filePath("data.csv"))[0].back(), std::string("species"));
}

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

void TestRunFolder::dataCsvOnThreadsKeepsRowOrder() {
    // 5,000 rows: several waves of 1,024-row blocks and a short last one, on 1 and 3 threads.
    latentlab::Dataset data;
    data.features = Eigen::MatrixXd::Random(5000, 3) * 1e3;
    data.columnNames = {"a", "b", "c"};
    data.labelNames = {"x", "y, z"};  // quoted on the way out
    for (int r = 0; r < 5000; ++r) data.labels.push_back(r % 3 == 0 ? 1 : 0);
    QTemporaryDir dir;
    io::writeDataCsv(dir.filePath("one.csv"), data, "kind", 1);
    io::writeDataCsv(dir.filePath("three.csv"), data, "kind", 3);
    QCOMPARE(contents(dir.filePath("three.csv")), contents(dir.filePath("one.csv")));
    io::CsvReader reader({"kind"});
    const latentlab::Dataset back = reader.read(dir.filePath("three.csv"));
    QCOMPARE(back.rows(), 5000);
    QVERIFY(back.features == data.features);
    for (int r = 0; r < 5000; ++r)
        QCOMPARE(back.labelNames[std::size_t(back.labels[std::size_t(r)])],
                 data.labelNames[std::size_t(data.labels[std::size_t(r)])]);
}

void TestRunFolder::embeddingsHaveOneRowPerInputRow() {
    QTemporaryDir dir;
    const Result result = smallResult();
    io::RunFolder(dir.path()).write(result);
    const std::vector<std::string> header{"z1", "z2", "label", "cluster", "silhouette"};

    const auto pca = records(dir.filePath("embedding_pca.csv"));
    QCOMPARE(pca.size(), std::size_t(6));
    QCOMPARE(pca[0], header);
    for (int r = 0; r < 5; ++r) {
        const auto& row = pca[std::size_t(r + 1)];
        QCOMPARE(number(row[0]), result.space("pca").embedding(r, 0));
        QCOMPARE(number(row[1]), result.space("pca").embedding(r, 1));
        QCOMPARE(row[2], result.data.labelNames[std::size_t(result.data.labels[std::size_t(r)])]);
        QCOMPARE(row[3], std::to_string(result.space("pca").clustering.labels[std::size_t(r)]));
    }
    QCOMPARE(pca[1][4], std::string("0.5"));
    QCOMPARE(pca[2][4], std::string());  // NaN: not computed for this row

    const auto ae = records(dir.filePath("embedding_ae.csv"));
    QCOMPARE(ae.size(), std::size_t(6));
    QCOMPARE(ae[0], header);
    QCOMPARE(ae[4][2], std::string("\"q\""));
    QCOMPARE(ae[4][3], std::string("0"));
    QCOMPARE(ae[4][4], std::string());  // no silhouettes at all
}

void TestRunFolder::modelsReload() {
    QTemporaryDir dir;
    const Result result = smallResult();
    io::RunFolder(dir.path()).write(result);
    const QJsonObject pcaFile = io::readJsonObject(dir.filePath("model_pca.json"));
    QCOMPARE(pcaFile["format"].toString(), QString("latentlab.pca"));
    QCOMPARE(pcaFile["columns"].toArray().size(), 3);
    const latentlab::Scaler scaler = io::scalerFromJson(pcaFile["scaler"].toObject(), "scaler");
    const latentlab::Pca pca = io::pcaFromJson(pcaFile["pca"].toObject(), "pca");
    QVERIFY(pca.transform(scaler.transform(result.data.features)) == result.space("pca").embedding);

    const QJsonObject aeFile = io::readJsonObject(dir.filePath("model_ae.json"));
    QCOMPARE(aeFile["format"].toString(), QString("latentlab.autoencoder"));
    const latentlab::Autoencoder ae =
        io::autoencoderFromJson(aeFile["autoencoder"].toObject(), "autoencoder");
    const latentlab::Scaler aeScaler = io::scalerFromJson(aeFile["scaler"].toObject(), "scaler");
    QVERIFY(ae.encode(aeScaler.transform(result.data.features)) ==
            result.space("autoencoder").embedding);
}

void TestRunFolder::repeatsWriteTheBaseConfig() {
    QTemporaryDir dir;
    latentlab::RepeatsResult repeats;
    repeats.last = smallResult();
    repeats.last.config.autoencoder.seed = 44;  // repeat 2 of a base seed 42
    repeats.methods = {"pca", "autoencoder"};
    repeats.baseline = "pca";
    const std::vector<latentlab::MethodMetrics> run{repeats.last.space("pca").metrics,
                                                    repeats.last.space("autoencoder").metrics};
    repeats.runs = {run, run};
    latentlab::Config base = repeats.last.config;
    base.autoencoder.seed = 42;
    base.kmeans.k = 0;
    io::RunFolder(dir.path()).write(repeats, base);
    const latentlab::Config written = io::readConfigFile(dir.filePath("config.json"));
    QCOMPARE(written.autoencoder.seed, std::uint64_t(42));
    QCOMPARE(written.kmeans.k, 3);
    QCOMPARE(io::readJsonObject(dir.filePath("metrics.json"))["repeats"].toArray().size(), 2);
}

void TestRunFolder::folderThatCannotBeCreated() {
    QTemporaryDir dir;
    const QString blocker = dir.filePath("file");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY_THROWS_EXCEPTION(io::WriteError, io::RunFolder(blocker + "/out").write(smallResult()));
    QVERIFY(!QFile::exists(blocker + "/out/metrics.json"));
}

void TestRunFolder::failedWriteLeavesNoMetrics() {
    QTemporaryDir dir;
    io::RunFolder(dir.path()).write(smallResult());
    QVERIFY(QFile::exists(dir.filePath("metrics.json")));
    // A folder where loss.csv should go makes the second write fail half-way.
    QVERIFY(QFile::remove(dir.filePath("loss.csv")));
    QVERIFY(QDir(dir.path()).mkdir("loss.csv"));
    try {
        io::RunFolder(dir.path()).write(smallResult());
        QFAIL("writing over a folder named loss.csv succeeded");
    } catch (const io::WriteError& error) {
        QVERIFY2(QString(error.what()).contains("loss.csv"), error.what());
    }
    QVERIFY(!QFile::exists(dir.filePath("metrics.json")));
}

QTEST_APPLESS_MAIN(TestRunFolder)
#include "tst_runfolder.moc"
