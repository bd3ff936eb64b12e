// Constant and nearly constant columns (constant_columns.csv: subnormal steps, rounding noise
// around a constant, a constant) through the whole pipeline with every scaling: nothing
// diverges, every number of the result is finite, PCA agrees with scikit-learn, and the
// fitted model maps new rows (whose constant columns hold other values) to finite points.
#include "FittedModel.h"
#include "ModelApplication.h"
#include "Pca.h"
#include "Pipeline.h"
#include "TestData.h"

#include <algorithm>
#include <cmath>

using namespace latentlab;

namespace {

Config quickConfig(Scaling scaling) {
    Config config;
    config.data.source = DataSource::Csv;
    config.data.scaling = scaling;
    config.autoencoder.epochs = 40;
    config.kmeans.nInit = 3;
    config.threads = 1;
    return config;
}

/// The names of the metrics of `metrics` that are not finite ("" if all are), leaving out
/// those NaN by design: the training loss outside the autoencoder, and trustworthiness,
/// loss and time of a model applied to new rows.
QByteArray nonFiniteMetrics(const MethodMetrics& metrics, bool trained, bool applied) {
    QByteArray names;
    for (const MetricInfo& info : metricCatalog()) {
        const QByteArray key(info.key);
        if (key == "final_loss" && (!trained || applied)) continue;
        // No t-SNE and k-means here: t-SNE's KL and Leiden's modularity do not apply.
        if (key == "kl_divergence" || key == "modularity") continue;
        if (applied && (key == "trustworthiness" || key == "seconds")) continue;
        if (!std::isfinite(metrics.*info.member)) names += key + ' ';
    }
    return names;
}

Eigen::Index columnIndex(const Dataset& data, const std::string& name) {
    const auto found = std::find(data.columnNames.begin(), data.columnNames.end(), name);
    if (found == data.columnNames.end()) qFatal("no column %s", name.c_str());
    return found - data.columnNames.begin();
}

void requireFinite(const SpaceResult& space, bool trained) {
    QVERIFY(space.embedding.allFinite());
    QVERIFY(space.clustering.centers.allFinite());
    QVERIFY(space.silhouetteLatent.allFinite());
    const QByteArray bad = nonFiniteMetrics(space.metrics, trained, false);
    QVERIFY2(bad.isEmpty(), bad.constData());
}

}  // namespace

class TestConstantColumns : public QObject {
    Q_OBJECT
private slots:
    void wholePathStaysFinite_data();
    void wholePathStaysFinite();
    void pcaMatchesScikitLearn();
};

void TestConstantColumns::wholePathStaysFinite_data() {
    QTest::addColumn<int>("scaling");
    QTest::newRow("minmax") << int(Scaling::MinMax);
    QTest::newRow("zscore") << int(Scaling::ZScore);
    QTest::newRow("none") << int(Scaling::None);
}

void TestConstantColumns::wholePathStaysFinite() {
    QFETCH(int, scaling);
    Dataset data = testdata::referenceCsv("constant_columns.csv");
    data.labelColumn = "label";
    if (scaling == int(Scaling::None)) {
        // Unscaled, "large_offset" (1e8 + noise) saturates the single-precision autoencoder
        // into one point: a matter of magnitude, not of constant columns, so it is left out.
        const Eigen::Index column = columnIndex(data, "large_offset");
        Eigen::MatrixXd kept(data.features.rows(), data.features.cols() - 1);
        kept << data.features.leftCols(column), data.features.rightCols(kept.cols() - column);
        data.features = kept;
        data.columnNames.erase(data.columnNames.begin() + column);
    }
    Result result;
    try {
        result = runPipeline(quickConfig(static_cast<Scaling>(scaling)), data);
    } catch (const Error& error) {
        QFAIL(error.what());  // "training diverged ..." was the issue
    }
    QVERIFY(result.scaler.factor().allFinite());
    QVERIFY(result.pca.explainedVariance().allFinite());
    for (double loss : result.loss) QVERIFY(std::isfinite(loss));
    requireFinite(result.space("pca"), false);
    requireFinite(result.space("autoencoder"), true);

    // New rows whose constant columns hold values the training table never had.
    const FittedModel model = FittedModel::fromResult(result);
    Dataset fresh = data;
    for (Eigen::Index r = 0; r < fresh.features.rows(); ++r) {
        fresh.features(r, 3) = 5e-324 * double(3 * r);  // subnormal_steps, other steps
        fresh.features(r, 5) = 4.0;                     // constant: 3 in training
        fresh.features(r, 7) = 0.7 + 1e-9 * double(r);  // ulp_noise, now a real spread
    }
    const ModelApplication applied = applyModel(model, fresh);
    for (const AppliedSpace* space : {&applied.space("pca"), &applied.space("autoencoder")}) {
        QVERIFY(space->embedding.allFinite());
        const QByteArray bad = nonFiniteMetrics(space->metrics, false, true);
        QVERIFY2(bad.isEmpty(), bad.constData());
    }
    // With minmax and zscore the constant columns are mapped to 0 whatever they hold, so
    // the new rows land exactly where the training rows did.
    if (scaling != int(Scaling::None)) {
        const double shift =
            (applied.space("pca").embedding - result.space("pca").embedding).cwiseAbs().maxCoeff();
        QVERIFY2(shift < 1e-12, QByteArray::number(shift));
    }
}

void TestConstantColumns::pcaMatchesScikitLearn() {
    // On scikit-learn's own scaled matrix: MinMax's rounding on "large_offset" (x * scale with
    // |x * scale| ~ 2e13) differs by up to 1e-3 between the two, which is not PCA's doing.
    const QJsonObject reference = testdata::json("constant_columns.expected.json");
    const Eigen::MatrixXd scaled = testdata::matrix(reference["minmax"].toObject()["scaled"]);
    const QJsonObject expected = reference["pca_minmax"].toObject();
    Pca pca(2);
    const Eigen::MatrixXd embedding = pca.fitTransform(scaled);
    QVERIFY(embedding.allFinite());
    const Eigen::VectorXd variance = testdata::vector(expected["explained_variance"]);
    const Eigen::VectorXd ratio = testdata::vector(expected["explained_variance_ratio"]);
    for (Eigen::Index i = 0; i < variance.size(); ++i) {
        LL_COMPARE_REL(pca.explainedVariance()(i), variance(i), 1e-10);
        LL_COMPARE_REL(pca.explainedVarianceRatio()(i), ratio(i), 1e-10);
    }
}

QTEST_APPLESS_MAIN(TestConstantColumns)
#include "tst_constantcolumns.moc"
