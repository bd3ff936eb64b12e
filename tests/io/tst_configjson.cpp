// ConfigJson and the key table: the exact keys of the contract, round trips, subsets on top
// of defaults, and an error naming the dotted key for every unknown key or wrong type, from a
// JSON file and from --set alike.
#include "ConfigJson.h"
#include "ConfigKeys.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "JsonValues.h"
#include "NumberText.h"
#include "TestData.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

using latentlab::Config;
using latentlab::ConfigError;
namespace io = latentlab::io;

namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonValue& value) { return QString::fromStdString(io::describe(value)); }

QJsonObject parse(const QByteArray& text) { return io::parseJsonObject(text, "test.json"); }

template <typename Function>
QString errorOf(Function function) {
    try {
        function();
    } catch (const latentlab::Error& error) {
        return QString::fromUtf8(error.what());
    }
    return "(no error)";
}

/// The --set text for a key's current value, the way a user would type it.
std::string asSetText(const QJsonValue& value) {
    if (value.isString()) return value.toString().toStdString();
    if (value.isDouble()) return io::describe(value);
    std::string items;
    for (const QJsonValue item : value.toArray())
        items += (items.empty() ? "" : ",") + io::describe(item);
    return items;
}

/// A config with every value moved off its default.
Config everythingChanged() {
    Config c;
    c.data.source = latentlab::DataSource::Csv;
    c.data.samples = 1234;
    c.data.features = 5;
    c.data.centers = 3;
    c.data.clusterStd = 0.75;
    c.data.centerBoxLow = -2.5;
    c.data.centerBoxHigh = 7.25;
    c.data.noiseColumns = 0;
    c.data.seed = (std::uint64_t(1) << 60) + 1;  // beyond a double's 53 bits
    c.data.path = "/data/genes \"v2\".tsv";
    c.data.labelColumn = "größe";
    c.data.scaling = latentlab::Scaling::ZScore;
    c.pca.components = 3;
    c.autoencoder.encoder = {16, 8, 4};
    c.autoencoder.latent = 3;
    c.autoencoder.activation = latentlab::Activation::Relu;
    c.autoencoder.optimizer = latentlab::OptimizerKind::Adam;
    c.autoencoder.learningRate = 0.1 + 0.2;
    c.autoencoder.momentum = 0.9;
    c.autoencoder.beta1 = 0.8;
    c.autoencoder.beta2 = 0.99;
    c.autoencoder.epsilon = 1e-8;
    c.autoencoder.batchSize = 32;
    c.autoencoder.epochs = 7;
    c.autoencoder.seed = 7;
    c.kmeans.k = 5;
    c.kmeans.nInit = 3;
    c.kmeans.maxIter = 50;
    c.kmeans.tol = 1e-6;
    c.kmeans.seed = 9;
    c.metrics.silhouette = latentlab::SilhouetteMode::Sampled;
    c.metrics.silhouetteSample = 500;
    c.metrics.trustworthinessSample = 400;
    c.metrics.trustworthinessNeighbors = 5;
    c.metrics.seed = 11;
    c.threads = 2;
    return c;
}

}  // namespace

class TestConfigJson : public QObject {
    Q_OBJECT
private slots:
    void writesExactlyTheContractKeys();
    void roundTripKeepsEveryValue();
    void subsetKeepsDefaults();
    void badJson_data();
    void badJson();
    void setParsesEveryType_data();
    void setParsesEveryType();
    void everyKeyRoundTripsThroughSetText();
    void badSet_data();
    void badSet();
    void outOfRangeLeftToValidate_data();
    void outOfRangeLeftToValidate();
    void configFileResolvesRelativeDataPath();
    void configFileErrorsNameTheFile();
};

void TestConfigJson::writesExactlyTheContractKeys() {
    const QJsonObject json = io::configToJson(Config());
    const QMap<QString, QStringList> expected{
        {"data",
         {"source", "samples", "features", "centers", "cluster_std", "center_box", "noise_columns",
          "seed", "path", "label_column", "scaling"}},
        {"pca", {"components"}},
        {"autoencoder",
         {"encoder", "latent", "activation", "optimizer", "learning_rate", "momentum", "beta1",
          "beta2", "epsilon", "batch_size", "epochs", "seed"}},
        {"kmeans", {"k", "n_init", "max_iter", "tol", "seed"}},
        {"metrics",
         {"silhouette", "silhouette_sample", "trustworthiness_sample", "trustworthiness_neighbors",
          "seed"}},
    };
    QStringList topLevel = expected.keys();
    topLevel << "threads";
    topLevel.sort();
    QCOMPARE(json.keys(), topLevel);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QStringList keys = it.value();
        keys.sort();
        QCOMPARE(json.value(it.key()).toObject().keys(), keys);
    }
    // The notebook's defaults, in the JSON types a reader expects.
    QCOMPARE(jsonText(json["data"]["source"]), QString("\"blobs\""));
    QCOMPARE(jsonText(json["data"]["center_box"]), QString("[-10,10]"));
    QCOMPARE(jsonText(json["autoencoder"]["encoder"]), QString("[8,6]"));
    QCOMPARE(jsonText(json["autoencoder"]["activation"]), QString("\"tanh\""));
    QCOMPARE(jsonText(json["metrics"]["silhouette"]), QString("\"exact\""));
    QCOMPARE(json["autoencoder"]["learning_rate"].toDouble(), 0.01);
    QCOMPARE(json["kmeans"]["k"].toInt(), 0);
}

void TestConfigJson::roundTripKeepsEveryValue() {
    const Config original = everythingChanged();
    const QJsonObject json = io::configToJson(original);
    const QByteArray text = QJsonDocument(json).toJson();
    const Config back = io::configFromJson(parse(text));
    QCOMPARE(compact(io::configToJson(back)), compact(json));
    QCOMPARE(back.data.seed, original.data.seed);
    QCOMPARE(back.autoencoder.learningRate, original.autoencoder.learningRate);
    QCOMPARE(back.autoencoder.encoder, original.autoencoder.encoder);
    QCOMPARE(back.data.path, original.data.path);
    QCOMPARE(back.data.labelColumn, original.data.labelColumn);
    QCOMPARE(back.metrics.silhouette, original.metrics.silhouette);
    // Every key was moved off its default, so the round trip really carried each one.
    const QJsonObject defaults = io::configToJson(Config());
    for (const io::ConfigKey& key : io::configKeys())
        QVERIFY2(key.get(back) != key.get(Config()), key.name.c_str());
    QVERIFY(compact(defaults) != compact(json));
}

void TestConfigJson::subsetKeepsDefaults() {
    const Config config =
        io::configFromJson(parse(R"({"autoencoder": {"epochs": 10}, "threads": 1})"));
    Config expected;
    expected.autoencoder.epochs = 10;
    expected.threads = 1;
    QCOMPARE(compact(io::configToJson(config)), compact(io::configToJson(expected)));
    QCOMPARE(compact(io::configToJson(io::configFromJson(QJsonObject()))),
             compact(io::configToJson(Config())));
}

void TestConfigJson::badJson_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key") << QByteArray(R"({"kmeans": {"kk": 3}})")
                                 << "unknown config key 'kmeans.kk' (known: kmeans.k, "
                                    "kmeans.n_init, kmeans.max_iter, kmeans.tol, kmeans.seed)";
    QTest::newRow("unknown section")
        << QByteArray(R"({"model": {"epochs": 3}})")
        << "unknown config key 'model' (known: data.*, pca.*, autoencoder.*, kmeans.*, "
           "metrics.*, threads)";
    QTest::newRow("dotted at top level")
        << QByteArray(R"({"autoencoder.epochs": 3})")
        << "config key 'autoencoder.epochs' belongs inside its section: "
           "{\"autoencoder\": {\"epochs\": ...}}";
    QTest::newRow("section not an object")
        << QByteArray(R"({"data": 5})") << "data must be an object { ... }, got 5";
    QTest::newRow("text for integer") << QByteArray(R"({"autoencoder": {"epochs": "ten"}})")
                                      << "autoencoder.epochs must be an integer, got \"ten\"";
    QTest::newRow("fraction for integer") << QByteArray(R"({"autoencoder": {"epochs": 1.5}})")
                                          << "autoencoder.epochs must be an integer, got 1.5";
    QTest::newRow("too big for integer") << QByteArray(R"({"data": {"samples": 1e12}})")
                                         << "data.samples must be an integer, got 1000000000000";
    QTest::newRow("text for number") << QByteArray(R"({"autoencoder": {"learning_rate": "0.1"}})")
                                     << "autoencoder.learning_rate must be a number, got \"0.1\"";
    QTest::newRow("number for text")
        << QByteArray(R"({"data": {"path": 3}})") << "data.path must be a text, got 3";
    QTest::newRow("unknown choice")
        << QByteArray(R"({"autoencoder": {"activation": "swish"}})")
        << "autoencoder.activation must be one of tanh, sigmoid, relu, linear, got \"swish\"";
    QTest::newRow("list item") << QByteArray(R"({"autoencoder": {"encoder": [8, "6"]}})")
                               << "autoencoder.encoder must be a list of integers such as "
                                  "[8, 6], got \"6\"";
    QTest::newRow("list expected") << QByteArray(R"({"autoencoder": {"encoder": 8}})")
                                   << "autoencoder.encoder must be a list of integers such as "
                                      "[8, 6], got 8";
    QTest::newRow("pair") << QByteArray(R"({"data": {"center_box": [1, 2, 3]}})")
                          << "data.center_box must be [low, high], got [1,2,3]";
    QTest::newRow("negative seed") << QByteArray(R"({"kmeans": {"seed": -1}})")
                                   << "kmeans.seed must be an integer >= 0, got -1";
    QTest::newRow("null") << QByteArray(R"({"threads": null})")
                          << "threads must be an integer, got null";
}

void TestConfigJson::badJson() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Config config;
    const QJsonObject object = parse(json);
    QCOMPARE(errorOf([&] { io::applyJson(config, object); }), message);
    QVERIFY_THROWS_EXCEPTION(ConfigError, io::applyJson(config, object));
}

void TestConfigJson::setParsesEveryType_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");

    QTest::newRow("integer") << "autoencoder.epochs"
                             << "10"
                             << "10";
    QTest::newRow("integer with plus") << "kmeans.k"
                                       << "+4"
                                       << "4";
    QTest::newRow("number") << "autoencoder.learning_rate"
                            << "0.001"
                            << "0.001";
    QTest::newRow("number exponent") << "autoencoder.epsilon"
                                     << "1e-8"
                                     << "1e-08";
    QTest::newRow("seed beyond 2^53") << "data.seed"
                                      << "9007199254740993"
                                      << "9007199254740993";
    QTest::newRow("choice") << "autoencoder.optimizer"
                            << "adam"
                            << "\"adam\"";
    QTest::newRow("scaling") << "data.scaling"
                             << "none"
                             << "\"none\"";
    QTest::newRow("source") << "data.source"
                            << "csv"
                            << "\"csv\"";
    QTest::newRow("silhouette") << "metrics.silhouette"
                                << "sampled"
                                << "\"sampled\"";
    QTest::newRow("text with =") << "data.label_column"
                                 << "a=b"
                                 << "\"a=b\"";
    QTest::newRow("path") << "data.path"
                          << "/tmp/x y.csv"
                          << "\"/tmp/x y.csv\"";
    QTest::newRow("widths") << "autoencoder.encoder"
                            << "8,6"
                            << "[8,6]";
    QTest::newRow("widths bracketed") << "autoencoder.encoder"
                                      << "[16, 8, 4]"
                                      << "[16,8,4]";
    QTest::newRow("one width") << "autoencoder.encoder"
                               << "5"
                               << "[5]";
    QTest::newRow("no widths") << "autoencoder.encoder"
                               << "[]"
                               << "[]";
    QTest::newRow("box") << "data.center_box"
                         << "-10,10"
                         << "[-10,10]";
    QTest::newRow("box bracketed") << "data.center_box"
                                   << "[-2.5, 3]"
                                   << "[-2.5,3]";
    QTest::newRow("top level") << "threads"
                               << "2"
                               << "2";
}

void TestConfigJson::setParsesEveryType() {
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, stored);
    Config config;
    io::applySetting(config, key.toStdString(), text.toStdString());
    QCOMPARE(jsonText(io::findConfigKey(key.toStdString())->get(config)), stored);

    Config viaAssignment;
    io::applyAssignment(viaAssignment, (key + "=" + text).toStdString());
    QCOMPARE(compact(io::configToJson(viaAssignment)), compact(io::configToJson(config)));
}

void TestConfigJson::everyKeyRoundTripsThroughSetText() {
    const Config changed = everythingChanged();
    for (const io::ConfigKey& key : io::configKeys()) {
        Config config;
        io::applySetting(config, key.name, asSetText(key.get(changed)));
        QVERIFY2(key.get(config) == key.get(changed), key.name.c_str());
    }
}

void TestConfigJson::badSet_data() {
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key")
        << "foo.bar=1"
        << "unknown setting 'foo.bar' (known: data.*, pca.*, autoencoder.*, kmeans.*, "
           "metrics.*, threads)";
    QTest::newRow("unknown key in section") << "pca.component=3"
                                            << "unknown setting 'pca.component' (known: "
                                               "pca.components)";
    QTest::newRow("no equals") << "autoencoder.epochs"
                               << "--set needs key=value, got 'autoencoder.epochs'";
    QTest::newRow("text for integer") << "autoencoder.epochs=ten"
                                      << "autoencoder.epochs must be an integer, got \"ten\"";
    QTest::newRow("fraction for integer") << "autoencoder.batch_size=1.5"
                                          << "autoencoder.batch_size must be an integer, got "
                                             "\"1.5\"";
    QTest::newRow("empty") << "autoencoder.epochs="
                           << "autoencoder.epochs must be an integer, got \"\"";
    QTest::newRow("not a number") << "autoencoder.learning_rate=fast"
                                  << "autoencoder.learning_rate must be a finite number, got "
                                     "\"fast\"";
    QTest::newRow("nan") << "kmeans.tol=nan"
                         << "kmeans.tol must be a finite number, got \"nan\"";
    QTest::newRow("width") << "autoencoder.encoder=8,x"
                           << "autoencoder.encoder must be a list of integers such as [8, 6], "
                              "got \"x\"";
    QTest::newRow("box") << "data.center_box=5"
                         << "data.center_box must be [low, high] such as -10,10, got \"5\"";
    QTest::newRow("choice") << "autoencoder.activation=swish"
                            << "autoencoder.activation must be one of tanh, sigmoid, relu, "
                               "linear, got \"swish\"";
    QTest::newRow("negative seed") << "metrics.seed=-3"
                                   << "metrics.seed must be an integer >= 0, got -3";
}

void TestConfigJson::badSet() {
    QFETCH(QString, assignment);
    QFETCH(QString, message);
    Config config;
    QCOMPARE(errorOf([&] { io::applyAssignment(config, assignment.toStdString()); }), message);
}

void TestConfigJson::outOfRangeLeftToValidate_data() {
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("key");

    QTest::newRow("zero width") << "autoencoder.encoder=0"
                                << "autoencoder.encoder";
    QTest::newRow("zero learning rate") << "autoencoder.learning_rate=0"
                                        << "autoencoder.learning_rate";
    QTest::newRow("zero batch") << "autoencoder.batch_size=0"
                                << "autoencoder.batch_size";
    QTest::newRow("negative k") << "kmeans.k=-1"
                                << "kmeans.k";
    QTest::newRow("no layers") << "autoencoder.encoder=[]"
                               << "autoencoder.encoder";
}

void TestConfigJson::outOfRangeLeftToValidate() {
    QFETCH(QString, assignment);
    QFETCH(QString, key);
    Config config;
    io::applyAssignment(config, assignment.toStdString());
    const QString message = errorOf([&] { config.validate(); });
    QVERIFY2(message.startsWith(key), qPrintable(message));
}

void TestConfigJson::configFileResolvesRelativeDataPath() {
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath("run.json");
    io::writeJsonObject(file, parse(R"({"data": {"source": "csv", "path": "tables/x.csv"}})"));
    const Config config = io::readConfigFile(file);
    QCOMPARE(QString::fromStdString(config.data.path),
             QDir(folder.path()).absoluteFilePath("tables/x.csv"));
    QCOMPARE(config.data.source, latentlab::DataSource::Csv);
}

void TestConfigJson::configFileErrorsNameTheFile() {
    const QString bad = testdata::path("io/bad_config.json");
    QCOMPARE(errorOf([&] { io::readConfigFile(bad); }),
             bad + ", line 4, column 3: not valid JSON (object is missing after a comma)");
    QVERIFY_THROWS_EXCEPTION(io::ReadError, io::readConfigFile(bad));
    const QString missing = testdata::path("io/missing.json");
    QCOMPARE(errorOf([&] { io::readConfigFile(missing); }), missing + ": no such file");

    QTemporaryDir folder;
    const QString file = folder.filePath("run.json");
    io::writeJsonObject(file, parse(R"({"kmeans": {"k": "four"}})"));
    QCOMPARE(errorOf([&] { io::readConfigFile(file); }),
             file + ": kmeans.k must be an integer, got \"four\"");
}

QTEST_APPLESS_MAIN(TestConfigJson)
#include "tst_configjson.moc"
