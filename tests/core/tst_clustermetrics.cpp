// ARI, NMI, Calinski-Harabasz and Davies-Bouldin against scikit-learn 1.2: the fixture's
// k-means-vs-truth scores (small_blobs.expected.json) and metric_references.json, written by
// tests/data/metric_references.py. Plus small cases checked by hand.
#include "ClusterMetrics.h"
#include "Errors.h"
#include "TestData.h"

#include <cmath>

namespace {

QJsonObject references() { return testdata::json("metric_references.json"); }

std::vector<int> withCodes(const std::vector<int>& labels, const std::vector<int>& codes) {
    std::vector<int> out;
    for (int label : labels) out.push_back(codes[label]);
    return out;
}

}  // namespace

class TestClusterMetrics : public QObject {
    Q_OBJECT
private slots:
    void handComputedAri();
    void kmeansVsTruthMatchesFixture();
    void internalScoresMatchSklearn_data();
    void internalScoresMatchSklearn();
    void tinyCasesMatchSklearn_data();
    void tinyCasesMatchSklearn();
    void singleClusterSpecialCases();
    void coincidingCentroids();
    void undefinedInternalScoresAreNaN();
    void totalSumOfSquaresByHand();
    void confusionMatrixCounts();
    void mismatchedSizesThrow();
};

void TestClusterMetrics::handComputedAri() {
    // truth {0,0,0,1,1,1}, clusters {0,0,1,1,2,2}: contingency [[2,1,0],[0,1,2]].
    // Pairs together in both: C(2,2) + C(2,2) = 2; in truth: 2 C(3,2) = 6; in clusters:
    // 3 C(2,2) = 3; of C(6,2) = 15 pairs. Expected 6 * 3 / 15 = 1.2, maximum (6 + 3) / 2 = 4.5,
    // ARI = (2 - 1.2) / (4.5 - 1.2) = 8/33.
    const std::vector<int> truth{0, 0, 0, 1, 1, 1}, clusters{0, 0, 1, 1, 2, 2};
    LL_COMPARE_ABS(latentlab::adjustedRandIndex(truth, clusters), 8.0 / 33.0, 1e-15);
    // Relabelling either side changes nothing; swapping them neither (ARI is symmetric).
    LL_COMPARE_ABS(latentlab::adjustedRandIndex({7, 7, 7, -2, -2, -2}, {9, 9, 4, 4, 0, 0}),
                   8.0 / 33.0, 1e-15);
    LL_COMPARE_ABS(latentlab::adjustedRandIndex(clusters, truth), 8.0 / 33.0, 1e-15);
    QCOMPARE(latentlab::adjustedRandIndex(truth, {5, 5, 5, 2, 2, 2}), 1.0);
}

void TestClusterMetrics::kmeansVsTruthMatchesFixture() {
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const QJsonObject expected = testdata::json("small_blobs.expected.json");
    const QJsonObject small = references()["small_blobs"].toObject();
    const std::vector<int> clusters = testdata::integers(small["kmeans_labels"]);
    // The stored labels are the fixture's k-means run.
    const std::vector<int> first20 = testdata::integers(
        expected["kmeans_on_pca_from_first_k_rows"][QStringLiteral("labels_first_20")]);
    QVERIFY(std::equal(first20.begin(), first20.end(), clusters.begin()));

    const QJsonObject scores = expected["kmeans_labels_vs_truth"].toObject();
    LL_COMPARE_ABS(latentlab::adjustedRandIndex(data.labels, clusters), scores["ari"].toDouble(),
                   1e-9);
    LL_COMPARE_ABS(latentlab::normalizedMutualInfo(data.labels, clusters), scores["nmi"].toDouble(),
                   1e-9);

    const std::vector<int> gapped = withCodes(clusters, testdata::integers(small["gap_codes"]));
    const QJsonObject gappedScores = small["gapped_kmeans_vs_truth"].toObject();
    LL_COMPARE_ABS(latentlab::adjustedRandIndex(data.labels, gapped),
                   gappedScores["ari"].toDouble(), 1e-9);
    LL_COMPARE_ABS(latentlab::normalizedMutualInfo(data.labels, gapped),
                   gappedScores["nmi"].toDouble(), 1e-9);
}

void TestClusterMetrics::internalScoresMatchSklearn_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("labels");  // truth, kmeans or gapped
    QTest::addColumn<bool>("latent");     // the PCA embedding instead of the scaled input
    QTest::newRow("truth, scaled input") << "truth_scaled_input"
                                         << "truth" << false;
    QTest::newRow("k-means, scaled input") << "kmeans_scaled_input"
                                           << "kmeans" << false;
    QTest::newRow("k-means codes 0,3,4,7") << "gapped_kmeans_scaled_input"
                                           << "gapped" << false;
    QTest::newRow("k-means, PCA space") << "kmeans_pca"
                                        << "kmeans" << true;
}

void TestClusterMetrics::internalScoresMatchSklearn() {
    QFETCH(QString, key);
    QFETCH(QString, labels);
    QFETCH(bool, latent);
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const QJsonObject small = references()["small_blobs"].toObject();
    const std::vector<int> clusters = testdata::integers(small["kmeans_labels"]);
    const std::vector<int> chosen =
        labels == "truth"    ? data.labels
        : labels == "kmeans" ? clusters
                             : withCodes(clusters, testdata::integers(small["gap_codes"]));
    const Eigen::MatrixXd points =
        latent ? testdata::matrix(small["pca_embedding"]) : testdata::minMaxScaled(data.features);

    const QJsonObject expected = small[key].toObject();
    LL_COMPARE_REL(latentlab::calinskiHarabasz(points, chosen),
                   expected["calinski_harabasz"].toDouble(), 1e-9);
    LL_COMPARE_REL(latentlab::daviesBouldin(points, chosen), expected["davies_bouldin"].toDouble(),
                   1e-9);
}

void TestClusterMetrics::tinyCasesMatchSklearn_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("codes 0, 2, 5") << "gaps";
    QTest::newRow("singleton cluster") << "singleton";
}

void TestClusterMetrics::tinyCasesMatchSklearn() {
    QFETCH(QString, name);
    const QJsonObject c = references()["tiny"][name].toObject();
    const Eigen::MatrixXd points = testdata::matrix(c["points"]);
    const std::vector<int> labels = testdata::integers(c["labels"]);
    const std::vector<int> truth = testdata::integers(c["truth"]);
    LL_COMPARE_ABS(latentlab::adjustedRandIndex(truth, labels), c["ari"].toDouble(), 1e-9);
    LL_COMPARE_ABS(latentlab::normalizedMutualInfo(truth, labels), c["nmi"].toDouble(), 1e-9);
    LL_COMPARE_REL(latentlab::calinskiHarabasz(points, labels), c["calinski_harabasz"].toDouble(),
                   1e-9);
    LL_COMPARE_REL(latentlab::daviesBouldin(points, labels), c["davies_bouldin"].toDouble(), 1e-9);
}

void TestClusterMetrics::singleClusterSpecialCases() {
    const QJsonObject c = references()["tiny"][QStringLiteral("single_cluster")].toObject();
    const std::vector<int> one = testdata::integers(c["one"]), many = testdata::integers(c["many"]);
    const std::vector<int> otherOne(one.size(), 8);
    const struct {
        const char* key;
        const std::vector<int>& truth;
        const std::vector<int>& predicted;
    } cases[] = {
        {"one_vs_one", one, otherOne}, {"one_vs_many", one, many}, {"many_vs_one", many, one}};
    for (const auto& k : cases) {
        const QJsonObject expected = c[k.key].toObject();
        LL_COMPARE_ABS(latentlab::adjustedRandIndex(k.truth, k.predicted),
                       expected["ari"].toDouble(), 1e-12);
        LL_COMPARE_ABS(latentlab::normalizedMutualInfo(k.truth, k.predicted),
                       expected["nmi"].toDouble(), 1e-12);
    }
    QCOMPARE(latentlab::adjustedRandIndex({}, {}), 1.0);
    QCOMPARE(latentlab::normalizedMutualInfo({}, {}), 1.0);
}

void TestClusterMetrics::coincidingCentroids() {
    const QJsonObject c = references()["tiny"][QStringLiteral("shared_centroid")].toObject();
    const Eigen::MatrixXd points = testdata::matrix(c["points"]);
    const std::vector<int> labels = testdata::integers(c["labels"]);
    LL_COMPARE_REL(latentlab::daviesBouldin(points, labels), c["davies_bouldin"].toDouble(), 1e-9);
    LL_COMPARE_REL(latentlab::calinskiHarabasz(points, labels), c["calinski_harabasz"].toDouble(),
                   1e-9);
    // Clusters that are single points: no spread, Davies-Bouldin 0 and Calinski-Harabasz 1.
    Eigen::MatrixXd pairs(4, 1);
    pairs << 0, 0, 3, 3;
    QCOMPARE(latentlab::daviesBouldin(pairs, {0, 0, 1, 1}), 0.0);
    QCOMPARE(latentlab::calinskiHarabasz(pairs, {0, 0, 1, 1}), 1.0);
}

void TestClusterMetrics::undefinedInternalScoresAreNaN() {
    Eigen::MatrixXd points(4, 2);
    points << 0, 0, 1, 0, 0, 1, 1, 1;
    QVERIFY(std::isnan(latentlab::calinskiHarabasz(points, {1, 1, 1, 1})));
    QVERIFY(std::isnan(latentlab::daviesBouldin(points, {1, 1, 1, 1})));
    QVERIFY(std::isnan(latentlab::calinskiHarabasz(points, {0, 1, 2, 3})));
    QVERIFY(std::isnan(latentlab::daviesBouldin(points, {0, 1, 2, 3})));
}

void TestClusterMetrics::totalSumOfSquaresByHand() {
    // Columns (1, 2, 3, 6) and (0, 0, 4, 4): means 3 and 2, squares 4+1+0+9 and 4+4+4+4.
    Eigen::MatrixXd points(4, 2);
    points << 1, 0, 2, 0, 3, 4, 6, 4;
    QCOMPARE(latentlab::totalSumOfSquares(points), 30.0);
    QCOMPARE(latentlab::totalSumOfSquares(Eigen::MatrixXd(0, 3)), 0.0);
}

void TestClusterMetrics::confusionMatrixCounts() {
    const Eigen::MatrixXi counts =
        latentlab::confusionMatrix({0, 0, 1, 1, 1, 2}, {1, 1, 1, 0, 3, 3}, 3, 4);
    Eigen::MatrixXi expected(3, 4);
    expected << 0, 2, 0, 0,  //
        1, 1, 0, 1,          //
        0, 0, 0, 1;
    QVERIFY(counts == expected);
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError,
                             latentlab::confusionMatrix({0, 3}, {0, 1}, 3, 2));
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError,
                             latentlab::confusionMatrix({0, 1}, {0, -1}, 3, 2));
}

void TestClusterMetrics::mismatchedSizesThrow() {
    Eigen::MatrixXd points(3, 1);
    points << 0, 1, 2;
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::adjustedRandIndex({0, 1}, {0}));
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::normalizedMutualInfo({0}, {0, 1}));
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::calinskiHarabasz(points, {0, 1}));
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::daviesBouldin(points, {0, 1}));
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::confusionMatrix({0}, {0, 1}, 1, 2));
}

QTEST_APPLESS_MAIN(TestClusterMetrics)
#include "tst_clustermetrics.moc"
