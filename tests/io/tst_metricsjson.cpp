// MetricsJson: metrics.json carries exactly the contract's keys, null for what does not
// apply, the sampled silhouette's size when there is one, and repeats with their summary.
#include "ExpressionSummary.h"
#include "JsonFile.h"
#include "MetricsJson.h"
#include "TestData.h"

#include <QJsonDocument>
#include <cmath>

using latentlab::MethodMetrics;
namespace io = latentlab::io;

namespace {

const QStringList kCommonKeys{"reconstruction_mse",
                              "inertia",
                              "inertia_over_tss",
                              "silhouette_latent",
                              "silhouette_input",
                              "ari",
                              "nmi",
                              "calinski_harabasz",
                              "davies_bouldin",
                              "trustworthiness",
                              "seconds"};

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

MethodMetrics metricsWith(double base) {
    MethodMetrics m;
    m.reconstructionMse = base * 0.01;
    m.inertia = base * 100;
    m.inertiaOverTss = base * 0.1;
    m.silhouetteLatent = base * 0.2;
    m.silhouetteInput = base * 0.15;
    m.ari = base * 0.3;
    m.nmi = base * 0.35;
    m.calinskiHarabasz = base * 1000;
    m.daviesBouldin = base * 0.9;
    m.trustworthiness = base * 0.4;
    m.seconds = base * 0.05;
    return m;
}

latentlab::Result resultWith(double base) {
    latentlab::Result result;
    result.data.features = Eigen::MatrixXd::Zero(6, 3);
    result.pcaSpace.metrics = metricsWith(base);
    result.aeSpace.metrics = metricsWith(base * 1.5);
    result.aeSpace.metrics.finalLoss = base * 0.02;
    result.seconds = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 2.1};
    return result;
}

bool sameOrBothNaN(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

}  // namespace

class TestMetricsJson : public QObject {
    Q_OBJECT
private slots:
    void singleRunHasExactlyTheContractKeys();
    void notApplicableIsNull();
    void sampledSilhouetteCarriesItsSize();
    void repeatsAndSummary();
    void readsBackWhatItWrote();
    void expressionRunsCarryTheirPreprocessing();
};

void TestMetricsJson::expressionRunsCarryTheirPreprocessing() {
    latentlab::Result result = resultWith(1.0);
    auto summary = std::make_shared<latentlab::ExpressionSummary>();
    summary->counts = {20000, 19874, 20000, 17452, 2000};
    result.data.expression = summary;
    const QJsonObject json = io::metricsToJson(result);
    QVERIFY(json.contains("preprocessing"));
    const QJsonObject p = json["preprocessing"].toObject();
    QCOMPARE(p.keys(),
             sorted({"cells_in", "cells_kept", "genes_in", "genes_kept", "genes_selected"}));
    QCOMPARE(p["cells_in"].toInt(), 20000);
    QCOMPARE(p["cells_kept"].toInt(), 19874);
    QCOMPARE(p["genes_in"].toInt(), 20000);
    QCOMPARE(p["genes_kept"].toInt(), 17452);
    QCOMPARE(p["genes_selected"].toInt(), 2000);
    QVERIFY(!io::metricsToJson(resultWith(1.0)).contains("preprocessing"));
}

void TestMetricsJson::singleRunHasExactlyTheContractKeys() {
    const QJsonObject json = io::metricsToJson(resultWith(1.0));
    QCOMPARE(json.keys(),
             sorted({"n", "columns", "pca", "autoencoder", "training", "warnings", "seconds"}));
    QCOMPARE(json["n"].toInt(), 6);
    QCOMPARE(json["columns"].toInt(), 3);
    QCOMPARE(json["pca"].toObject().keys(), sorted(kCommonKeys));
    QCOMPARE(json["autoencoder"].toObject().keys(),
             sorted(kCommonKeys + QStringList{"final_loss"}));
    QCOMPARE(json["seconds"].toObject().keys(),
             sorted({"generate", "scale", "pca", "train", "kmeans", "metrics", "total"}));
    QCOMPARE(json["pca"]["ari"].toDouble(), 0.3);
    QCOMPARE(json["autoencoder"]["final_loss"].toDouble(), 0.02);
    QCOMPARE(json["seconds"]["total"].toDouble(), 2.1);
}

void TestMetricsJson::notApplicableIsNull() {
    latentlab::Result result = resultWith(1.0);
    result.pcaSpace.metrics.ari = latentlab::kNotAvailable;
    result.aeSpace.metrics.nmi = latentlab::kNotAvailable;
    result.aeSpace.metrics.calinskiHarabasz = std::numeric_limits<double>::infinity();
    const QByteArray text = QJsonDocument(io::metricsToJson(result)).toJson();
    const QJsonObject json = io::parseJsonObject(text, "metrics.json");
    QVERIFY(json["pca"]["ari"].isNull());
    QVERIFY(json["autoencoder"]["nmi"].isNull());
    QVERIFY(json["autoencoder"]["calinski_harabasz"].isNull());
    QVERIFY(json["pca"]["nmi"].isDouble());
    QVERIFY(text.contains("\"ari\": null"));
}

void TestMetricsJson::sampledSilhouetteCarriesItsSize() {
    latentlab::Result result = resultWith(1.0);
    result.aeSpace.metrics.silhouetteSampleSize = 500;
    result.aeSpace.metrics.silhouetteLatentCi = 0.01;
    result.aeSpace.metrics.silhouetteInputCi = 0.02;
    const QJsonObject json = io::metricsToJson(result);
    const QJsonObject ae = json["autoencoder"].toObject();
    QCOMPARE(ae["silhouette_sample_size"].toInt(), 500);
    QCOMPARE(ae["silhouette_latent_ci"].toDouble(), 0.01);
    QCOMPARE(ae["silhouette_input_ci"].toDouble(), 0.02);
    QVERIFY(!json["pca"].toObject().contains("silhouette_sample_size"));
}

void TestMetricsJson::repeatsAndSummary() {
    latentlab::RepeatsResult repeats;
    for (double base : {1.0, 2.0, 3.0}) {
        const latentlab::Result run = resultWith(base);
        repeats.pca.push_back(run.pcaSpace.metrics);
        repeats.autoencoder.push_back(run.aeSpace.metrics);
        repeats.last = run;
    }
    const QJsonObject json = io::metricsToJson(repeats);
    QCOMPARE(json.keys(), sorted({"n", "columns", "pca", "autoencoder", "training", "warnings",
                                  "seconds", "repeats", "summary"}));
    const QJsonArray runs = json["repeats"].toArray();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[1].toObject().keys(), sorted({"pca", "autoencoder"}));
    QCOMPARE(runs[1]["pca"].toObject().keys(), sorted(kCommonKeys));
    QCOMPARE(runs[2]["autoencoder"]["ari"].toDouble(), 3 * 1.5 * 0.3);
    QCOMPARE(json["pca"]["ari"].toDouble(), runs[2]["pca"]["ari"].toDouble());  // the last run

    const QJsonObject summary = json["summary"].toObject();
    QCOMPARE(summary.keys(), sorted(kCommonKeys + QStringList{"final_loss"}));
    const QJsonObject ari = summary["ari"].toObject();
    QCOMPARE(ari.keys(), sorted({"pca", "autoencoder", "difference"}));
    QCOMPARE(ari["pca"].toObject().keys(), sorted({"mean", "sd"}));
    LL_COMPARE_REL(ari["pca"]["mean"].toDouble(), 0.6, 1e-12);  // 0.3, 0.6, 0.9
    LL_COMPARE_REL(ari["pca"]["sd"].toDouble(), 0.3, 1e-12);
    LL_COMPARE_REL(ari["difference"]["mean"].toDouble(), 0.3, 1e-12);  // 0.5 * 0.6
    QVERIFY(summary["final_loss"]["pca"]["mean"].isNull());
    QVERIFY(summary["final_loss"]["autoencoder"]["mean"].isDouble());
}

void TestMetricsJson::readsBackWhatItWrote() {
    latentlab::Result result = resultWith(1.0);
    result.pcaSpace.metrics.ari = latentlab::kNotAvailable;
    latentlab::RepeatsResult repeats;
    repeats.pca = {result.pcaSpace.metrics, metricsWith(2.0)};
    repeats.autoencoder = {result.aeSpace.metrics, metricsWith(3.0)};
    repeats.last = result;
    const QByteArray text = QJsonDocument(io::metricsToJson(repeats)).toJson();
    const io::StoredMetrics back = io::metricsFromJson(io::parseJsonObject(text, "metrics.json"));
    QCOMPARE(back.rows, 6);
    QCOMPARE(back.columns, 3);
    QCOMPARE(back.seconds.train, 0.4);
    QCOMPARE(back.repeatsPca.size(), std::size_t(2));
    for (const latentlab::MetricInfo& info : latentlab::metricCatalog()) {
        QVERIFY2(sameOrBothNaN(back.autoencoder.*info.member, result.aeSpace.metrics.*info.member),
                 info.key);
        QVERIFY2(sameOrBothNaN(back.repeatsAutoencoder[1].*info.member,
                               repeats.autoencoder[1].*info.member),
                 info.key);
        // PCA has no training loss in the file; it reads back as "not available".
        QVERIFY2(sameOrBothNaN(back.pca.*info.member, result.pcaSpace.metrics.*info.member),
                 info.key);
    }
}

QTEST_APPLESS_MAIN(TestMetricsJson)
#include "tst_metricsjson.moc"
