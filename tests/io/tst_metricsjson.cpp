// MetricsJson: metrics.json carries exactly the contract's keys, null for what does not
// apply, the sampled silhouette's size when there is one, and repeats with their summary.
#include "ExpressionSummary.h"
#include "JsonFile.h"
#include "MetricsJson.h"
#include "TestData.h"

#include <QJsonArray>
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
                              "clusters",
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
    m.clusters = 4;
    m.seconds = base * 0.05;
    return m;
}

latentlab::Result resultWith(double base,
                             std::vector<std::string> methods = {"pca", "autoencoder"}) {
    latentlab::Result result;
    result.data.features = Eigen::MatrixXd::Zero(6, 3);
    result.config.methods = methods;
    for (std::size_t m = 0; m < methods.size(); ++m) {
        latentlab::SpaceResult space;
        space.method = methods[m];
        space.metrics = metricsWith(base * (1.0 + 0.5 * double(m)));
        space.fitSeconds = 0.3 + 0.1 * double(m);
        result.spaces.push_back(space);
    }
    if (latentlab::SpaceResult* ae = result.find("autoencoder"))
        ae->metrics.finalLoss = base * 0.02;
    if (latentlab::SpaceResult* tsne = result.find("tsne")) tsne->metrics.klDivergence = 1.25;
    result.seconds = {0.1, 0.2, 0.7, 0.5, 0.6, 2.1};
    return result;
}

latentlab::RepeatsResult repeatsOf(const std::vector<latentlab::Result>& runs) {
    latentlab::RepeatsResult repeats;
    for (const latentlab::SpaceResult& space : runs.front().spaces)
        repeats.methods.push_back(space.method);
    repeats.baseline = runs.front().baseline().method;
    for (const latentlab::Result& run : runs) {
        std::vector<MethodMetrics> metrics;
        for (const latentlab::SpaceResult& space : run.spaces) metrics.push_back(space.metrics);
        repeats.runs.push_back(metrics);
        repeats.last = run;
    }
    return repeats;
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
    void everyMethodHasItsObjectAndDifference();
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
    QCOMPARE(json.keys(), sorted({"n", "columns", "methods", "baseline", "clustering", "pca",
                                  "autoencoder", "difference", "training", "warnings", "seconds"}));
    QCOMPARE(json["n"].toInt(), 6);
    QCOMPARE(json["columns"].toInt(), 3);
    QCOMPARE(json["pca"].toObject().keys(), sorted(kCommonKeys));
    QCOMPARE(json["autoencoder"].toObject().keys(),
             sorted(kCommonKeys + QStringList{"final_loss"}));
    QCOMPARE(json["seconds"].toObject().keys(), sorted({"generate", "scale", "pca", "autoencoder",
                                                        "fit", "cluster", "metrics", "total"}));
    QCOMPARE(json["seconds"]["autoencoder"].toDouble(), 0.4);
    QCOMPARE(json["clustering"].toString(), QString("kmeans"));
    QCOMPARE(json["pca"]["ari"].toDouble(), 0.3);
    QCOMPARE(json["autoencoder"]["final_loss"].toDouble(), 0.02);
    QCOMPARE(json["seconds"]["total"].toDouble(), 2.1);
}

void TestMetricsJson::notApplicableIsNull() {
    latentlab::Result result = resultWith(1.0);
    result.space("pca").metrics.ari = latentlab::kNotAvailable;
    result.space("autoencoder").metrics.nmi = latentlab::kNotAvailable;
    result.space("autoencoder").metrics.calinskiHarabasz = std::numeric_limits<double>::infinity();
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
    result.space("autoencoder").metrics.silhouetteSampleSize = 500;
    result.space("autoencoder").metrics.silhouetteLatentCi = 0.01;
    result.space("autoencoder").metrics.silhouetteInputCi = 0.02;
    const QJsonObject json = io::metricsToJson(result);
    const QJsonObject ae = json["autoencoder"].toObject();
    QCOMPARE(ae["silhouette_sample_size"].toInt(), 500);
    QCOMPARE(ae["silhouette_latent_ci"].toDouble(), 0.01);
    QCOMPARE(ae["silhouette_input_ci"].toDouble(), 0.02);
    QVERIFY(!json["pca"].toObject().contains("silhouette_sample_size"));
}

void TestMetricsJson::repeatsAndSummary() {
    const latentlab::RepeatsResult repeats =
        repeatsOf({resultWith(1.0), resultWith(2.0), resultWith(3.0)});
    const QJsonObject json = io::metricsToJson(repeats);
    QCOMPARE(json.keys(),
             sorted({"n", "columns", "methods", "baseline", "clustering", "pca", "autoencoder",
                     "difference", "training", "warnings", "seconds", "repeats", "summary"}));
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
    QCOMPARE(ari["difference"].toObject().keys(), QStringList{"autoencoder"});
    QCOMPARE(ari["pca"].toObject().keys(), sorted({"mean", "sd"}));
    LL_COMPARE_REL(ari["pca"]["mean"].toDouble(), 0.6, 1e-12);  // 0.3, 0.6, 0.9
    LL_COMPARE_REL(ari["pca"]["sd"].toDouble(), 0.3, 1e-12);
    LL_COMPARE_REL(ari["difference"]["autoencoder"]["mean"].toDouble(), 0.3, 1e-12);  // 0.5 * 0.6
    // The final loss is the autoencoder's own: no PCA entry, no difference.
    QCOMPARE(summary["final_loss"].toObject().keys(), QStringList{"autoencoder"});
    QVERIFY(summary["final_loss"]["autoencoder"]["mean"].isDouble());
}

void TestMetricsJson::readsBackWhatItWrote() {
    latentlab::Result result = resultWith(1.0, {"pca", "umap", "autoencoder", "tsne"});
    result.space("pca").metrics.ari = latentlab::kNotAvailable;
    const latentlab::RepeatsResult repeats =
        repeatsOf({resultWith(2.0, result.config.methods), result});
    const QByteArray text = QJsonDocument(io::metricsToJson(repeats)).toJson();
    const io::StoredMetrics back = io::metricsFromJson(io::parseJsonObject(text, "metrics.json"));
    QCOMPARE(back.rows, 6);
    QCOMPARE(back.columns, 3);
    QCOMPARE(back.methods, result.config.methods);
    QCOMPARE(back.secondsOf("cluster"), 0.5);
    QCOMPARE(back.secondsOf("umap"), 0.4);
    QVERIFY(std::isnan(back.secondsOf("train")));
    QCOMPARE(back.repeats.size(), std::size_t(2));
    for (const latentlab::MetricInfo& info : latentlab::metricCatalog()) {
        for (std::size_t m = 0; m < back.methods.size(); ++m) {
            const std::string& method = back.methods[m];
            // Metrics that are another method's (the AE's loss, t-SNE's KL) are not in the
            // file; they read back as "not available".
            QVERIFY2(sameOrBothNaN(back.of(method).*info.member,
                                   result.space(method).metrics.*info.member),
                     info.key);
            QVERIFY2(
                sameOrBothNaN(back.repeats[0][m].*info.member, repeats.runs[0][m].*info.member),
                info.key);
        }
    }
}

void TestMetricsJson::everyMethodHasItsObjectAndDifference() {
    latentlab::Result result = resultWith(1.0, {"umap", "pca", "tsne"});
    result.config.compare.baseline = "pca";
    result.space("umap").note = "spectral initialisation failed; random used";
    const QJsonObject json = io::metricsToJson(result);
    QCOMPARE(json["methods"].toArray(), (QJsonArray{"umap", "pca", "tsne"}));
    QCOMPARE(json["baseline"].toString(), QString("pca"));
    QCOMPARE(json["tsne"].toObject().keys(), sorted(kCommonKeys + QStringList{"kl_divergence"}));
    QCOMPARE(json["umap"].toObject().keys(), sorted(kCommonKeys));
    QCOMPARE(json["tsne"]["kl_divergence"].toDouble(), 1.25);
    // No autoencoder: no training block.
    QVERIFY(!json.contains("training") && !json.contains("autoencoder"));
    const QJsonObject difference = json["difference"].toObject();
    QCOMPARE(difference.keys(), sorted({"umap", "tsne"}));
    // umap's ARI is 1.0 x 0.3, PCA's 1.5 x 0.3.
    LL_COMPARE_ABS(difference["umap"]["ari"].toDouble(), 0.3 - 0.45, 1e-15);
    QVERIFY(!difference["tsne"].toObject().contains("kl_divergence"));
    QCOMPARE(json["notes"]["umap"].toString(),
             QString("spectral initialisation failed; random used"));
    QCOMPARE(json["seconds"].toObject().keys(), sorted({"generate", "scale", "umap", "pca", "tsne",
                                                        "fit", "cluster", "metrics", "total"}));
}

QTEST_APPLESS_MAIN(TestMetricsJson)
#include "tst_metricsjson.moc"
