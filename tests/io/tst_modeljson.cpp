// ModelJson: fitted models survive JSON text bit for bit, and a damaged model file is
// refused with a message naming the entry that is wrong.
#include "IoErrors.h"
#include "JsonFile.h"
#include "ModelJson.h"
#include "TestData.h"

#include <QJsonDocument>
#include <cstring>
#include <limits>

using latentlab::Activation;
using latentlab::Autoencoder;
using latentlab::Pca;
using latentlab::Scaler;
namespace io = latentlab::io;

namespace {

/// Through the JSON text, as a file would carry it.
QJsonObject viaText(const QJsonObject& object) {
    return io::parseJsonObject(QJsonDocument(object).toJson(), "model.json");
}

bool bitwiseEqual(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

/// Awkward doubles: thirds, tiny and huge magnitudes, subnormals.
Eigen::VectorXd awkwardValues(Eigen::Index count) {
    Eigen::VectorXd values(count);
    const double specials[] = {
        1.0 / 3.0, -2.0 / 7.0, 1e-300, 6.02214076e23, std::numeric_limits<double>::denorm_min(),
        0.1 + 0.2, -1e300};
    for (Eigen::Index i = 0; i < count; ++i)
        values(i) = specials[i % 7] * (1.0 + double(i) / 1000.0);
    return values;
}

QString errorOf(const std::function<void()>& function) {
    try {
        function();
    } catch (const io::ReadError& error) {
        return QString::fromUtf8(error.what());
    }
    return "(no error)";
}

QJsonObject smallAutoencoderJson() {
    return io::autoencoderToJson(Autoencoder(3, {2}, 1, Activation::Tanh, 1));
}

}  // namespace

class TestModelJson : public QObject {
    Q_OBJECT
private slots:
    void autoencoderRoundTripIsExact();
    void pcaRoundTripIsExact();
    void scalerRoundTripIsExact();
    void autoencoderShapeErrors_data();
    void autoencoderShapeErrors();
    void pcaAndScalerErrors_data();
    void pcaAndScalerErrors();
};

void TestModelJson::autoencoderRoundTripIsExact() {
    Autoencoder original(10, {8, 6}, 2, Activation::Sigmoid, 42);
    original.setParameters(awkwardValues(original.network().parameterCount()));
    const QJsonObject json = io::autoencoderToJson(original);
    QCOMPARE(json.value("encoder_layers").toInt(), 3);
    QCOMPARE(json.value("layers").toArray().size(), 6);
    QCOMPARE(json["layers"][0]["activation"].toString(), QString("sigmoid"));
    QCOMPARE(json["layers"][2]["activation"].toString(), QString("linear"));
    QCOMPARE(json["layers"][0]["weights"].toArray().size(), 8);  // rows = outputs
    QCOMPARE(json["layers"][0]["weights"][0].toArray().size(), 10);

    const Autoencoder back = io::autoencoderFromJson(viaText(json), "model");
    QCOMPARE(back.widths(), original.widths());
    QCOMPARE(back.encoderLayers(), original.encoderLayers());
    const auto before = original.layers();
    const auto after = back.layers();
    QCOMPARE(after.size(), before.size());
    for (std::size_t l = 0; l < before.size(); ++l) {
        QVERIFY(bitwiseEqual(after[l].weights, before[l].weights));
        QVERIFY(bitwiseEqual(after[l].bias, before[l].bias));
        QCOMPARE(after[l].activation, before[l].activation);
    }
}

void TestModelJson::pcaRoundTripIsExact() {
    const Eigen::RowVectorXd mean = awkwardValues(4).transpose();
    Eigen::MatrixXd components(2, 4);
    components.row(0) = awkwardValues(4).reverse().transpose();
    components.row(1) = -awkwardValues(4).transpose() / 3.0;
    const Eigen::VectorXd variance = awkwardValues(2).cwiseAbs();
    const Pca original(mean, components, variance, 1.0 / 7.0);

    const Pca back = io::pcaFromJson(viaText(io::pcaToJson(original)), "pca");
    QCOMPARE(back.components(), 2);
    QVERIFY(bitwiseEqual(back.mean(), original.mean()));
    QVERIFY(bitwiseEqual(back.componentMatrix(), original.componentMatrix()));
    QVERIFY(bitwiseEqual(back.explainedVariance(), original.explainedVariance()));
    QCOMPARE(back.totalVariance(), original.totalVariance());
}

void TestModelJson::scalerRoundTripIsExact() {
    Eigen::MatrixXd data(3, 3);
    data << 0.1, 5, 1.0 / 3.0, 0.7, 5, 2.0 / 3.0, -0.2, 5, 1e-9;
    for (latentlab::Scaling kind :
         {latentlab::Scaling::MinMax, latentlab::Scaling::ZScore, latentlab::Scaling::None}) {
        Scaler original(kind);
        original.fit(data);
        const QJsonObject json = io::scalerToJson(original);
        const Scaler back = io::scalerFromJson(viaText(json), "scaler");
        QCOMPARE(back.kind(), kind);
        QVERIFY(bitwiseEqual(back.offset(), original.offset()));
        QVERIFY(bitwiseEqual(back.factor(), original.factor()));
    }
}

void TestModelJson::autoencoderShapeErrors_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");

    QTest::newRow("bias length") << "bias"
                                 << "m.layers[1].bias has 2 values, the weights have 1 rows";
    QTest::newRow("chain") << "chain"
                           << "m.layers[1].weights is 1 x 3, but the previous layer has 2 outputs";
    QTest::newRow("output width")
        << "output"
        << "m: the last layer has 2 outputs, but an autoencoder must give back its 3 inputs";
    QTest::newRow("encoder layers") << "encoder"
                                    << "m.encoder_layers must be between 1 and 3, got 4";
    QTest::newRow("activation") << "activation"
                                << "m.layers[0].activation is not a known name: \"swish\"";
    QTest::newRow("number") << "number"
                            << "m.layers[0].weights[1][2] must be a number, got \"x\"";
    QTest::newRow("ragged") << "ragged"
                            << "m.layers[0].weights[1] has 2 values, row 0 has 3";
    QTest::newRow("missing") << "missing"
                             << "m.layers[2].bias is missing";
    QTest::newRow("no layers") << "layers"
                               << "m.layers must be an array of at least 2 layers";
}

void TestModelJson::autoencoderShapeErrors() {
    QFETCH(QString, change);
    QFETCH(QString, message);
    QJsonObject json = smallAutoencoderJson();  // 3 -> 2 -> 1 -> 2 -> 3
    QJsonArray layers = json["layers"].toArray();
    auto editLayer = [&](int index, const std::function<void(QJsonObject&)>& edit) {
        QJsonObject layer = layers[index].toObject();
        edit(layer);
        layers[index] = layer;
    };
    if (change == "bias") editLayer(1, [](QJsonObject& l) { l["bias"] = QJsonArray{0, 0}; });
    if (change == "chain") {
        editLayer(1, [](QJsonObject& l) { l["weights"] = QJsonArray{QJsonArray{1, 2, 3}}; });
    }
    if (change == "output") layers.removeLast();
    if (change == "encoder") json["encoder_layers"] = 4;
    if (change == "activation") editLayer(0, [](QJsonObject& l) { l["activation"] = "swish"; });
    if (change == "number" || change == "ragged") {
        editLayer(0, [&](QJsonObject& l) {
            QJsonArray rows = l["weights"].toArray();
            rows[1] = change == "number" ? QJsonArray{1, 2, "x"} : QJsonArray{1, 2};
            l["weights"] = rows;
        });
    }
    if (change == "missing") editLayer(2, [](QJsonObject& l) { l.remove("bias"); });
    if (change == "layers") layers = QJsonArray{layers[0]};
    json["layers"] = layers;
    QCOMPARE(errorOf([&] { io::autoencoderFromJson(json, "m"); }), message);
}

void TestModelJson::pcaAndScalerErrors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isPca");
    QTest::addColumn<QString>("message");

    QTest::newRow("pca mean") << QByteArray(R"({"mean": [0, 0], "components": [[1, 0, 0]],
        "explained_variance": [1], "total_variance": 2})")
                              << true << "p.components is 1 x 3, but the mean has 2 values";
    QTest::newRow("pca variance") << QByteArray(R"({"mean": [0], "components": [[1]],
        "explained_variance": [1, 2], "total_variance": 2})")
                                  << true << "p.explained_variance has 2 values for 1 components";
    QTest::newRow("pca total") << QByteArray(R"({"mean": [0], "components": [[1]],
        "explained_variance": [1], "total_variance": "2"})")
                               << true << "p.total_variance must be a number, got \"2\"";
    QTest::newRow("pca missing") << QByteArray(R"({"mean": [0]})") << true
                                 << "p.components is missing";
    QTest::newRow("scaler lengths") << QByteArray(R"({"kind": "minmax", "offset": [0, 1],
        "factor": [1]})") << false << "p: offset has 2 values, factor has 1";
    QTest::newRow("scaler kind") << QByteArray(R"({"kind": "robust", "offset": [0],
        "factor": [1]})") << false
                                 << "p.kind is not a known name: \"robust\"";
    QTest::newRow("scaler null") << QByteArray(R"({"kind": "none", "offset": [null],
        "factor": [1]})") << false
                                 << "p.offset[0] must be a number, got null";
}

void TestModelJson::pcaAndScalerErrors() {
    QFETCH(QByteArray, json);
    QFETCH(bool, isPca);
    QFETCH(QString, message);
    const QJsonObject object = io::parseJsonObject(json, "p.json");
    if (isPca)
        QCOMPARE(errorOf([&] { io::pcaFromJson(object, "p"); }), message);
    else
        QCOMPARE(errorOf([&] { io::scalerFromJson(object, "p"); }), message);
}

QTEST_APPLESS_MAIN(TestModelJson)
#include "tst_modeljson.moc"
