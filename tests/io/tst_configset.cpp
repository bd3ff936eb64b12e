// --set key=value: every type of key parses from the text a user types, every key of the
// table round-trips through that text, and bad settings name the key. Range checks are left
// to Config::validate().
#include "ConfigKeys.h"
#include "ConfigSamples.h"
#include "IoErrors.h"
#include "TestData.h"

using namespace configsamples;

class TestConfigSet : public QObject {
    Q_OBJECT
private slots:
    void setParsesEveryType_data();
    void setParsesEveryType();
    void everyKeyRoundTripsThroughSetText();
    void badSet_data();
    void badSet();
    void outOfRangeLeftToValidate_data();
    void outOfRangeLeftToValidate();
};

void TestConfigSet::setParsesEveryType_data() {
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
    QTest::newRow("true") << "data.transpose"
                          << "true"
                          << "true";
    QTest::newRow("yes") << "data.log1p"
                         << "yes"
                         << "true";
    QTest::newRow("zero") << "data.row_names"
                          << "0"
                          << "false";
    QTest::newRow("names") << "data.ignore_columns"
                           << "batch, donor id"
                           << "[\"batch\",\"donor id\"]";
    QTest::newRow("no names") << "data.ignore_columns"
                              << ""
                              << "[]";
    QTest::newRow("missing policy") << "data.missing"
                                    << "drop"
                                    << "\"drop\"";
    QTest::newRow("box bracketed") << "data.center_box"
                                   << "[-2.5, 3]"
                                   << "[-2.5,3]";
    QTest::newRow("top level") << "threads"
                               << "2"
                               << "2";
}

void TestConfigSet::setParsesEveryType() {
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

void TestConfigSet::everyKeyRoundTripsThroughSetText() {
    const Config changed = everythingChanged();
    for (const io::ConfigKey& key : io::configKeys()) {
        Config config;
        io::applySetting(config, key.name, asSetText(key.get(changed)));
        QVERIFY2(key.get(config) == key.get(changed), key.name.c_str());
    }
}

void TestConfigSet::badSet_data() {
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key")
        << "foo.bar=1"
        << "unknown setting 'foo.bar' (known: preset, data.*, methods, compare.*, pca.*, "
           "autoencoder.*, umap.*, tsne.*, clustering.*, kmeans.*, leiden.*, "
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
    QTest::newRow("not a truth value") << "data.transpose=maybe"
                                       << "data.transpose must be true or false, got \"maybe\"";
    QTest::newRow("missing policy") << "data.missing=zero"
                                    << "data.missing must be one of error, drop, impute, got "
                                       "\"zero\"";
}

void TestConfigSet::badSet() {
    QFETCH(QString, assignment);
    QFETCH(QString, message);
    Config config;
    QCOMPARE(errorOf([&] { io::applyAssignment(config, assignment.toStdString()); }), message);
}

void TestConfigSet::outOfRangeLeftToValidate_data() {
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

void TestConfigSet::outOfRangeLeftToValidate() {
    QFETCH(QString, assignment);
    QFETCH(QString, key);
    Config config;
    io::applyAssignment(config, assignment.toStdString());
    const QString message = errorOf([&] { config.validate(); });
    QVERIFY2(message.startsWith(key), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestConfigSet)
#include "tst_configset.moc"
