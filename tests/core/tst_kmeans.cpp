// KMeans against scikit-learn's Lloyd run from given centres (fixtures), plus k-means++.
#include "Errors.h"
#include "KMeans.h"
#include "Pca.h"
#include "Scaler.h"
#include "TestData.h"

using namespace latentlab;

class TestKMeans : public QObject {
    Q_OBJECT
private slots:
    void fromGivenCentresMatchesScikitLearn_data();
    void fromGivenCentresMatchesScikitLearn();
    void restartsReachScikitLearnsBest_data();
    void restartsReachScikitLearnsBest();
    void sameSeedSameResult();
    void emptyClusterIsRelocated();
    void tooFewRowsIsAnError();
};

static Eigen::MatrixXd pcaOf(const QString& name) {
    const Dataset data = testdata::referenceCsv(name + ".csv");
    return Pca(2).fitTransform(Scaler(Scaling::MinMax).fitTransform(data.features));
}

void TestKMeans::fromGivenCentresMatchesScikitLearn_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("small") << "small_blobs";
    QTest::newRow("seed") << "seed_blobs";
}

void TestKMeans::fromGivenCentresMatchesScikitLearn() {
    QFETCH(QString, name);
    const QJsonObject expected =
        testdata::json(name + ".expected.json")["kmeans_on_pca_from_first_k_rows"].toObject();
    const Eigen::MatrixXd latent = pcaOf(name);
    const Eigen::MatrixXd init = testdata::matrix(expected["init_centers"]);
    KMeansConfig config;
    config.k = int(init.rows());
    const KMeansResult result = KMeans(config).fitFrom(latent, init);

    LL_COMPARE_REL(result.inertia, expected["inertia"].toDouble(), 1e-9);
    QCOMPARE(result.iterations, expected["iterations"].toInt());
    const Eigen::MatrixXd centers = testdata::matrix(expected["centers"]);
    for (int c = 0; c < centers.rows(); ++c)
        for (int j = 0; j < 2; ++j) LL_COMPARE_ABS(result.centers(c, j), centers(c, j), 1e-9);
    const std::vector<int> first20 = testdata::integers(expected["labels_first_20"]);
    QCOMPARE(std::vector<int>(result.labels.begin(), result.labels.begin() + 20), first20);
}

void TestKMeans::restartsReachScikitLearnsBest_data() { fromGivenCentresMatchesScikitLearn_data(); }

void TestKMeans::restartsReachScikitLearnsBest() {
    // Different random streams, so only the quality is comparable: our best of 10
    // k-means++ restarts must be as good as scikit-learn's best of 10 (to 0.1 %).
    QFETCH(QString, name);
    const QJsonObject expected = testdata::json(name + ".expected.json");
    const double best = expected["kmeans_on_pca_best_of_10_inertia"].toDouble();
    KMeansConfig config;
    config.k =
        int(testdata::matrix(expected["kmeans_on_pca_from_first_k_rows"].toObject()["init_centers"])
                .rows());
    const KMeansResult result = KMeans(config).fit(pcaOf(name));
    qInfo("inertia %.10g, scikit-learn's best of 10 %.10g", result.inertia, best);
    QVERIFY(result.inertia <= best * 1.001);
}

void TestKMeans::sameSeedSameResult() {
    const Eigen::MatrixXd latent = pcaOf("small_blobs");
    KMeansConfig config;
    config.k = 4;
    const KMeansResult a = KMeans(config).fit(latent);
    const KMeansResult b = KMeans(config).fit(latent);
    QCOMPARE(a.labels, b.labels);
    QCOMPARE(a.inertia, b.inertia);
}

void TestKMeans::emptyClusterIsRelocated() {
    // Centre 2 starts far from every point; it must take the point farthest from its centre.
    Eigen::MatrixXd points(5, 1);
    points << 0, 0.1, 0.2, 10, 13;
    Eigen::MatrixXd init(3, 1);
    init << 0, 10, 1000;
    KMeansConfig config;
    config.k = 3;
    const KMeansResult result = KMeans(config).fitFrom(points, init);
    // Final clusters {0, 0.1, 0.2}, {10}, {13}: inertia = 0.02 by hand.
    LL_COMPARE_REL(result.inertia, 0.02, 1e-12);
    QCOMPARE(result.labels[4], 2);
}

void TestKMeans::tooFewRowsIsAnError() {
    KMeansConfig config;
    config.k = 8;
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError,
                             KMeans(config).fit(Eigen::MatrixXd::Random(5, 2)));
}

QTEST_APPLESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
