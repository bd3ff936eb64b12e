// Silhouette against scikit-learn 1.2: the fixtures' silhouettes of the true labels
// (small_blobs / seed_blobs .expected.json) and metric_references.json, written by
// tests/data/metric_references.py. Plus one case small enough to check by hand.
#include "Errors.h"
#include "Silhouette.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <cmath>

namespace {

/// Projection on the fixture's principal axes (their signs do not matter to a silhouette).
Eigen::MatrixXd pcaProjection(const Eigen::MatrixXd& scaled, const QJsonObject& expected) {
    const QJsonObject pca = expected["pca"].toObject();
    const Eigen::RowVectorXd mean = testdata::vector(pca["mean"]).transpose();
    const Eigen::MatrixXd components = testdata::matrix(pca["components_up_to_sign"]);
    return (scaled.rowwise() - mean) * components.transpose();
}

QJsonObject smallBlobsReferences() {
    return testdata::json("metric_references.json")["small_blobs"].toObject();
}

}  // namespace

class TestSilhouette : public QObject {
    Q_OBJECT
private slots:
    void handComputed1D();
    void trueLabelsMatchSklearn_data();
    void trueLabelsMatchSklearn();
    void labelsWithGapsMatchSklearn();
    void tinyCasesMatchSklearn_data();
    void tinyCasesMatchSklearn();
    void directAndGemmPathsAgree();
    void repeatsBitForBit();
    void undefinedCasesAreNaN();
    void badInputThrows();
    void stopRequestAbandonsTheWork();
    void sampleCoveringAllRowsIsExact();
    void sampleMatchesSklearnSampleSize();
    void sampleIsSeededAndNearExact();
};

void TestSilhouette::handComputed1D() {
    // Points 0, 2 | 10, 14 | 30 with codes 3 | 7 | 5 (a gap, and a singleton):
    //   x=0:  a = 2, b = (10 + 14) / 2 = 12   -> (12 - 2) / 12 = 5/6
    //   x=2:  a = 2, b = (8 + 12) / 2 = 10    -> 8/10
    //   x=10: a = 4, b = (10 + 8) / 2 = 9     -> 5/9    (the singleton is 20 away)
    //   x=14: a = 4, b = (14 + 12) / 2 = 13   -> 9/13   (the singleton is 16 away)
    //   x=30: alone in its cluster             -> 0
    Eigen::MatrixXd points(5, 1);
    points << 0, 2, 10, 14, 30;
    const Eigen::VectorXd s = latentlab::silhouetteSamples(points, {3, 3, 7, 7, 5});
    const double expected[] = {5.0 / 6.0, 0.8, 5.0 / 9.0, 9.0 / 13.0, 0.0};
    for (int i = 0; i < 5; ++i) LL_COMPARE_ABS(s(i), expected[i], 1e-15);
    LL_COMPARE_ABS(latentlab::silhouetteScore(points, {3, 3, 7, 7, 5}),
                   (5.0 / 6.0 + 0.8 + 5.0 / 9.0 + 9.0 / 13.0) / 5.0, 1e-15);
}

void TestSilhouette::trueLabelsMatchSklearn_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("small_blobs (n=600)") << "small_blobs";
    // The big case: 30 000 x 10 exactly, the notebook's data set.
    QTest::newRow("seed_blobs (n=30000)") << "seed_blobs";
}

void TestSilhouette::trueLabelsMatchSklearn() {
    QFETCH(QString, name);
    const latentlab::Dataset data = testdata::referenceCsv(name + ".csv");
    const QJsonObject expected = testdata::json(name + ".expected.json");
    const QJsonObject truth = expected["true_labels"].toObject();
    const Eigen::MatrixXd scaled = testdata::minMaxScaled(data.features);

    QElapsedTimer clock;
    clock.start();
    const Eigen::VectorXd samples = latentlab::silhouetteSamples(scaled, data.labels);
    qInfo("exact silhouette, n = %d, d = %d: %.3f s", data.rows(), data.columns(),
          clock.nsecsElapsed() * 1e-9);
    LL_COMPARE_ABS(samples.mean(), truth["silhouette_scaled_input"].toDouble(), 1e-6);
    const Eigen::VectorXd firstFive = testdata::vector(truth["silhouette_samples_scaled_first_5"]);
    for (int i = 0; i < 5; ++i) LL_COMPARE_ABS(samples(i), firstFive(i), 1e-6);

    const Eigen::MatrixXd latent = pcaProjection(scaled, expected);
    clock.restart();
    const double latentScore = latentlab::silhouetteScore(latent, data.labels);
    qInfo("exact silhouette, n = %d, d = 2: %.3f s", data.rows(), clock.nsecsElapsed() * 1e-9);
    LL_COMPARE_ABS(latentScore, truth["silhouette_pca_latent"].toDouble(), 1e-6);
}

void TestSilhouette::labelsWithGapsMatchSklearn() {
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const QJsonObject references = smallBlobsReferences();
    const std::vector<int> clusters = testdata::integers(references["kmeans_labels"]);
    const std::vector<int> codes = testdata::integers(references["gap_codes"]);
    std::vector<int> gapped;
    for (int c : clusters) gapped.push_back(codes[c]);

    const QJsonObject expected = references["gapped_kmeans_silhouette_scaled_input"].toObject();
    const Eigen::VectorXd samples =
        latentlab::silhouetteSamples(testdata::minMaxScaled(data.features), gapped);
    const Eigen::VectorXd reference = testdata::vector(expected["samples"]);
    QCOMPARE(samples.size(), reference.size());
    for (Eigen::Index i = 0; i < samples.size(); ++i)
        LL_COMPARE_ABS(samples(i), reference(i), 1e-6);
    LL_COMPARE_ABS(samples.mean(), expected["score"].toDouble(), 1e-6);

    const Eigen::MatrixXd latent = testdata::matrix(references["pca_embedding"]);
    LL_COMPARE_ABS(latentlab::silhouetteScore(latent, gapped),
                   references["kmeans_silhouette_pca"].toDouble(), 1e-6);
}

void TestSilhouette::tinyCasesMatchSklearn_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("codes 0, 2, 5") << "gaps";
    QTest::newRow("singleton cluster") << "singleton";
}

void TestSilhouette::tinyCasesMatchSklearn() {
    QFETCH(QString, name);
    const QJsonObject tiny = testdata::json("metric_references.json")["tiny"].toObject();
    const QJsonObject c = tiny[name].toObject();
    const Eigen::VectorXd s = latentlab::silhouetteSamples(testdata::matrix(c["points"]),
                                                           testdata::integers(c["labels"]));
    const Eigen::VectorXd reference = testdata::vector(c["silhouette"]);
    QCOMPARE(s.size(), reference.size());
    for (Eigen::Index i = 0; i < s.size(); ++i) LL_COMPARE_ABS(s(i), reference(i), 1e-12);
}

void TestSilhouette::directAndGemmPathsAgree() {
    // Two zero columns change no distance but move a 2-D embedding onto the GEMM path.
    const QJsonObject references = smallBlobsReferences();
    const Eigen::MatrixXd latent = testdata::matrix(references["pca_embedding"]);
    const std::vector<int> clusters = testdata::integers(references["kmeans_labels"]);
    Eigen::MatrixXd padded = Eigen::MatrixXd::Zero(latent.rows(), 4);
    padded.leftCols(2) = latent;
    const Eigen::VectorXd direct = latentlab::silhouetteSamples(latent, clusters);
    const Eigen::VectorXd gemm = latentlab::silhouetteSamples(padded, clusters);
    for (Eigen::Index i = 0; i < direct.size(); ++i) LL_COMPARE_ABS(gemm(i), direct(i), 1e-10);
}

void TestSilhouette::repeatsBitForBit() {
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const Eigen::MatrixXd scaled = testdata::minMaxScaled(data.features);
    const Eigen::VectorXd first = latentlab::silhouetteSamples(scaled, data.labels);
    const Eigen::VectorXd second = latentlab::silhouetteSamples(scaled, data.labels);
    QVERIFY(first == second);
}

void TestSilhouette::undefinedCasesAreNaN() {
    Eigen::MatrixXd points(4, 1);
    points << 0, 1, 2, 3;
    const Eigen::VectorXd oneCluster = latentlab::silhouetteSamples(points, {2, 2, 2, 2});
    QCOMPARE(oneCluster.size(), Eigen::Index(4));
    QVERIFY(oneCluster.array().isNaN().all());
    QVERIFY(latentlab::silhouetteSamples(points, {0, 1, 2, 3}).array().isNaN().all());
    QVERIFY(std::isnan(latentlab::silhouetteScore(points, {5, 5, 5, 5})));
    // n - 1 clusters is still defined.
    QVERIFY(latentlab::silhouetteSamples(points, {0, 0, 1, 2}).array().isFinite().all());
}

void TestSilhouette::badInputThrows() {
    Eigen::MatrixXd points(3, 2);
    points << 0, 1, 2, 3, 4, 5;
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::silhouetteSamples(points, {0, 1}));
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError,
                             latentlab::silhouetteSamples(points, {0, -1, 1}));
    points(1, 1) = std::nan("");
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::silhouetteSamples(points, {0, 0, 1}));
}

void TestSilhouette::stopRequestAbandonsTheWork() {
    // 3000 rows: 12 blocks of 256, 78 block pairs, so every thread has several.
    const Eigen::MatrixXd points = Eigen::MatrixXd::Random(3000, 3);
    std::vector<int> labels(3000);
    for (int i = 0; i < 3000; ++i) labels[std::size_t(i)] = i % 4;
    // A callback that never asks to stop changes nothing, and is consulted.
    int asked = 0;
    const Eigen::VectorXd plain = latentlab::silhouetteSamples(points, labels);
    const Eigen::VectorXd polled = latentlab::silhouetteSamples(points, labels, [&] {
        ++asked;
        return false;
    });
    QVERIFY(plain == polled);
    QVERIFY(asked > 0);
    // Asking on the second poll stops it part way: Cancelled, not a partial answer.
    int polls = 0;
    QVERIFY_THROWS_EXCEPTION(
        latentlab::Cancelled,
        latentlab::silhouetteScore(points, labels, [&] { return ++polls >= 2; }));
    QVERIFY(polls < asked);  // the remaining blocks were skipped, not computed
}

void TestSilhouette::sampleCoveringAllRowsIsExact() {
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const Eigen::MatrixXd scaled = testdata::minMaxScaled(data.features);
    const Eigen::VectorXd exact = latentlab::silhouetteSamples(scaled, data.labels);
    for (int size : {600, 1000}) {
        const latentlab::SilhouetteEstimate e =
            latentlab::sampledSilhouette(scaled, data.labels, size, 42);
        QCOMPARE(e.sampleSize, 600);
        QCOMPARE(e.rows.size(), std::size_t(600));
        QCOMPARE(e.rows.back(), 599);
        QVERIFY(e.samples == exact);
        QCOMPARE(e.mean, exact.mean());
        QCOMPARE(e.ciHalfWidth, 0.0);
    }
}

void TestSilhouette::sampleMatchesSklearnSampleSize() {
    // silhouette_score(X, y, sample_size=m, random_state=seed) draws the same rows.
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const Eigen::MatrixXd scaled = testdata::minMaxScaled(data.features);
    for (const QJsonValue& value :
         smallBlobsReferences()["sampled_silhouette_truth_scaled_input"].toArray()) {
        const QJsonObject reference = value.toObject();
        const int size = reference["sample_size"].toInt();
        const latentlab::SilhouetteEstimate e = latentlab::sampledSilhouette(
            scaled, data.labels, size, std::uint64_t(reference["seed"].toInt()));
        QCOMPARE(e.sampleSize, size);
        LL_COMPARE_ABS(e.mean, reference["score"].toDouble(), 1e-6);
    }
}

void TestSilhouette::sampleIsSeededAndNearExact() {
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const Eigen::MatrixXd scaled = testdata::minMaxScaled(data.features);
    const double exact = latentlab::silhouetteScore(scaled, data.labels);

    const latentlab::SilhouetteEstimate a =
        latentlab::sampledSilhouette(scaled, data.labels, 150, 3);
    const latentlab::SilhouetteEstimate b =
        latentlab::sampledSilhouette(scaled, data.labels, 150, 3);
    const latentlab::SilhouetteEstimate c =
        latentlab::sampledSilhouette(scaled, data.labels, 150, 4);
    QCOMPARE(a.sampleSize, 150);
    QCOMPARE(a.rows, b.rows);
    QVERIFY(a.samples == b.samples);
    QCOMPARE(a.mean, b.mean);
    QVERIFY(a.rows != c.rows);
    QVERIFY(std::is_sorted(a.rows.begin(), a.rows.end()));
    QCOMPARE(a.samples.size(), Eigen::Index(150));
    LL_COMPARE_ABS(a.mean, a.samples.mean(), 1e-15);

    // The half-width is the textbook one: 1.96 sd / sqrt(m), sd with m - 1.
    const double sd = std::sqrt((a.samples.array() - a.mean).square().sum() / 149.0);
    LL_COMPARE_REL(a.ciHalfWidth, 1.96 * sd / std::sqrt(150.0), 1e-12);
    QVERIFY(a.ciHalfWidth > 0.0);
    for (const latentlab::SilhouetteEstimate* e : {&a, &c})
        QVERIFY2(std::abs(e->mean - exact) < 3.0 * e->ciHalfWidth,
                 qPrintable(QString("estimate %1 +- %2, exact %3")
                                .arg(e->mean)
                                .arg(e->ciHalfWidth)
                                .arg(exact)));
}

QTEST_APPLESS_MAIN(TestSilhouette)
#include "tst_silhouette.moc"
