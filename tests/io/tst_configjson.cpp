// ConfigJson: the exact keys of the contract, round trips, subsets on top of defaults, and
// an error naming the dotted key for every unknown key or wrong type in a JSON file.
#include "ConfigKeys.h"
#include "ConfigPresets.h"
#include "ConfigSamples.h"
#include "IoErrors.h"
#include "TestData.h"

#include <QDir>
#include <QTemporaryDir>

using namespace configsamples;
using latentlab::ConfigError;

class TestConfigJson : public QObject {
    Q_OBJECT
private slots:
    void writesExactlyTheContractKeys();
    void roundTripKeepsEveryValue();
    void subsetKeepsDefaults();
    void badJson_data();
    void badJson();
    void configFileResolvesRelativeDataPath();
    void configFileErrorsNameTheFile();
    void presetIsAppliedFirst();
    void everyPresetIsValid();
};

void TestConfigJson::writesExactlyTheContractKeys() {
    const QJsonObject json = io::configToJson(Config());
    const QMap<QString, QStringList> expected{
        {"data", {"source",          "samples",        "features",
                  "centers",         "cluster_std",    "center_box",
                  "noise_columns",   "seed",           "path",
                  "label_column",    "ignore_columns", "row_names",
                  "transpose",       "log1p",          "unique_names",
                  "missing",         "min_genes",      "min_cells",
                  "normalize_total", "top_genes",      "gene_selection",
                  "scaling",         "clip",           "layer",
                  "gene_names",      "labels_path",    "counts"}},
        {"pca", {"components"}},
        {"autoencoder",
         {"encoder", "latent", "activation", "optimizer", "learning_rate", "momentum", "beta1",
          "beta2", "epsilon", "batch_size", "epochs", "seed", "validation_split",
          "early_stopping"}},
        {"compare", {"baseline"}},
        {"umap",
         {"neighbors", "components", "min_dist", "spread", "epochs", "negative_sample_rate", "init",
          "neighbor_search", "seed", "pcs"}},
        {"tsne",
         {"perplexity", "early_exaggeration", "learning_rate", "iterations", "theta", "init",
          "repulsion", "seed", "pcs"}},
        {"clustering", {"method"}},
        {"kmeans", {"k", "n_init", "max_iter", "tol", "seed"}},
        {"leiden", {"neighbors", "resolution", "iterations", "seed"}},
        {"metrics",
         {"silhouette", "silhouette_sample", "exact_silhouette_limit", "trustworthiness_sample",
          "trustworthiness_neighbors", "seed"}},
    };
    QStringList topLevel = expected.keys();
    topLevel << "preset"
             << "methods"
             << "threads";
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
    QStringList countsKeys{"cells",       "genes", "types", "marker_share",
                           "fold_change", "depth", "seed"};
    countsKeys.sort();
    QCOMPARE(json["data"]["counts"].toObject().keys(), countsKeys);
    QCOMPARE(jsonText(json["data"]["layer"]), QString("\"X\""));
    QCOMPARE(jsonText(json["data"]["gene_selection"]), QString("\"seurat\""));
    QCOMPARE(jsonText(json["autoencoder"]["encoder"]), QString("[8,6]"));
    QCOMPARE(jsonText(json["autoencoder"]["activation"]), QString("\"tanh\""));
    QCOMPARE(jsonText(json["metrics"]["silhouette"]), QString("\"exact\""));
    QCOMPARE(json["autoencoder"]["learning_rate"].toDouble(), 0.01);
    QCOMPARE(json["kmeans"]["k"].toInt(), 0);
    QCOMPARE(jsonText(json["methods"]), QString("[\"pca\",\"autoencoder\"]"));
    QCOMPARE(jsonText(json["compare"]["baseline"]), QString("\"pca\""));
    QCOMPARE(jsonText(json["umap"]["init"]), QString("\"spectral\""));
    QCOMPARE(json["umap"]["min_dist"].toDouble(), 0.1);
    QCOMPARE(json["tsne"]["perplexity"].toDouble(), 30.0);
    QCOMPARE(jsonText(json["clustering"]["method"]), QString("\"kmeans\""));
    QCOMPARE(json["leiden"]["iterations"].toInt(), -1);
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
        << "unknown config key 'model' (known: preset, data.*, methods, compare.*, pca.*, "
           "autoencoder.*, umap.*, tsne.*, clustering.*, kmeans.*, leiden.*, "
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

void TestConfigJson::presetIsAppliedFirst() {
    // Whatever the key order in the file, the preset comes first and the file's keys win.
    const Config config = io::configFromJson(
        parse(R"({"data": {"top_genes": 100}, "preset": "counts", "pca": {"components": 20}})"));
    QCOMPARE(config.preset, std::string("counts"));
    QCOMPARE(config.data.minGenes, 200);
    QCOMPARE(config.data.minCells, 3);
    QCOMPARE(config.data.normalizeTotal, 1e4);
    QVERIFY(config.data.log1p);
    QCOMPARE(config.data.topGenes, 100);
    QCOMPARE(config.data.clip, 10.0);
    QCOMPARE(config.pca.components, 20);
    QCOMPARE(config.autoencoder.encoder, std::vector<int>({256, 64}));
    QCOMPARE(config.autoencoder.latent, 10);
    QCOMPARE(config.autoencoder.validationSplit, 0.1);
    // A partial preset changes only its keys, on whatever it is applied to.
    Config blobs;
    blobs.data.samples = 500;
    const Config tuned = io::presetConfig("tuned", blobs);
    QCOMPARE(tuned.data.samples, 500);
    QCOMPARE(tuned.autoencoder.optimizer, latentlab::OptimizerKind::Adam);
    QCOMPARE(tuned.autoencoder.batchSize, 32);
    // A complete one starts from the defaults.
    QCOMPARE(io::presetConfig("expression", blobs).data.samples, Config().data.samples);
    try {
        io::configFromJson(parse(R"({"preset": "scanpy"})"));
        QFAIL("no error");
    } catch (const ConfigError& error) {
        QVERIFY2(QString(error.what()).contains("preset") &&
                     QString(error.what()).contains("notebook|tuned|counts|expression"),
                 error.what());
    }
}

void TestConfigJson::everyPresetIsValid() {
    for (const latentlab::ConfigPreset& preset : latentlab::configPresets()) {
        const Config config = io::presetConfig(preset.name);
        config.validate();
        QCOMPARE(config.preset, preset.name);
        // Each setting is what it says, once read back through the key table.
        for (const auto& [key, value] : preset.settings) {
            const io::ConfigKey* entry = io::findConfigKey(key);
            QVERIFY2(entry, key.c_str());
            QCOMPARE(entry->get(config), entry->parse(value));
        }
    }
    QCOMPARE(io::presetConfig("notebook").autoencoder.optimizer, Config().autoencoder.optimizer);
}

QTEST_APPLESS_MAIN(TestConfigJson)
#include "tst_configjson.moc"
