// Trustworthiness against sklearn.manifold.trustworthiness (scikit-learn 1.2), values from
// metric_references.json written by tests/data/metric_references.py, plus a hand-ranked case.
#include "Errors.h"
#include "TestData.h"
#include "Trustworthiness.h"

#include <QElapsedTimer>

namespace {

QJsonObject smallBlobsReferences() {
    return testdata::json("metric_references.json")["small_blobs"].toObject();
}

/// small_blobs, MinMax-scaled, with zero columns up to 300: the same distances through the
/// GEMM route used for wide data (genes, 50 PCs).
Eigen::MatrixXd smallBlobsWidened() {
    const Eigen::MatrixXd scaled =
        testdata::minMaxScaled(testdata::referenceCsv("small_blobs.csv").features);
    Eigen::MatrixXd wide = Eigen::MatrixXd::Zero(scaled.rows(), 300);
    wide.leftCols(scaled.cols()) = scaled;
    return wide;
}

}  // namespace

class TestTrustworthiness : public QObject {
    Q_OBJECT
private slots:
    void handRanked1D();
    void smallBlobsMatchesSklearn_data();
    void smallBlobsMatchesSklearn();
    void tinyCaseMatchesSklearn();
    void wideInputMatchesSklearn();
    void severalEmbeddingsInOnePass();
    void faithfulEmbeddingScoresOne();
    void tooManyNeighboursThrows();
};

void TestTrustworthiness::handRanked1D() {
    // Input 0, 1, 3, 7, 15; embedding 0, 2.2, 1, 5, 20; k = 1. Embedded nearest neighbour and
    // its rank among the input-space neighbours:
    //   p0 -> p2 (input order p1, p2, ...): rank 2     p1 -> p2 (p0 at 1, p2 at 2): rank 2
    //   p2 -> p0 (p1 at 2, p0 at 3): rank 2            p3 -> p1 (p2 at 4, p1 at 6): rank 2
    //   p4 -> p3 (p3 at 8): rank 1
    // Penalty sum (rank - k)+ = 4; T = 1 - 2 / (n k (2n - 3k - 1)) * 4 = 1 - 8/30 = 11/15.
    Eigen::MatrixXd input(5, 1), embedded(5, 1);
    input << 0, 1, 3, 7, 15;
    embedded << 0, 2.2, 1, 5, 20;
    LL_COMPARE_ABS(latentlab::trustworthiness(input, embedded, 1), 11.0 / 15.0, 1e-15);
}

void TestTrustworthiness::smallBlobsMatchesSklearn_data() {
    QTest::addColumn<QString>("embedding");
    QTest::addColumn<int>("neighbors");
    for (const char* name : {"pca", "random_projection"})
        for (int k : {10, 5})
            QTest::newRow(qPrintable(QString("%1, k = %2").arg(name).arg(k))) << name << k;
}

void TestTrustworthiness::smallBlobsMatchesSklearn() {
    QFETCH(QString, embedding);
    QFETCH(int, neighbors);
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const QJsonObject small = testdata::json("metric_references.json")["small_blobs"].toObject();
    const Eigen::MatrixXd embedded = testdata::matrix(small[embedding + "_embedding"]);
    const double expected =
        small["trustworthiness"][QString("%1_k%2").arg(embedding).arg(neighbors)].toDouble();
    LL_COMPARE_ABS(
        latentlab::trustworthiness(testdata::minMaxScaled(data.features), embedded, neighbors),
        expected, 1e-12);
}

void TestTrustworthiness::tinyCaseMatchesSklearn() {
    const QJsonObject c =
        testdata::json("metric_references.json")["tiny"][QStringLiteral("trustworthiness")]
            .toObject();
    const Eigen::MatrixXd input = testdata::matrix(c["points"]);
    const Eigen::MatrixXd embedded = testdata::matrix(c["embedding"]);
    LL_COMPARE_ABS(latentlab::trustworthiness(input, embedded, 3), c["k3"].toDouble(), 1e-12);
    // 11 < 24 / 2: the largest neighbourhood allowed.
    LL_COMPARE_ABS(latentlab::trustworthiness(input, embedded, 11), c["k11"].toDouble(), 1e-12);
}

void TestTrustworthiness::wideInputMatchesSklearn() {
    // Zero columns change no distance but send input and embedding through the GEMM route
    // used for wide data (genes, 50 PCs): the answer must stay scikit-learn's.
    const QJsonObject small = smallBlobsReferences();
    const Eigen::MatrixXd wide = smallBlobsWidened();
    for (const char* name : {"pca", "random_projection"}) {
        const Eigen::MatrixXd embedded = testdata::matrix(small[QString(name) + "_embedding"]);
        Eigen::MatrixXd wideEmbedded = Eigen::MatrixXd::Zero(embedded.rows(), 40);
        wideEmbedded.leftCols(embedded.cols()) = embedded;
        const double expected = small["trustworthiness"][QString("%1_k10").arg(name)].toDouble();
        LL_COMPARE_ABS(latentlab::trustworthiness(wide, embedded, 10), expected, 1e-12);
        LL_COMPARE_ABS(latentlab::trustworthiness(wide, wideEmbedded, 10), expected, 1e-12);
    }
}

void TestTrustworthiness::severalEmbeddingsInOnePass() {
    // The pipeline's way (PCA's and the autoencoder's space over one input's distances, the
    // wide route): each equal to scikit-learn's value for that embedding alone.
    const QJsonObject small = smallBlobsReferences();
    const Eigen::MatrixXd wide = smallBlobsWidened();
    const Eigen::MatrixXd pca = testdata::matrix(small["pca_embedding"]);
    const Eigen::MatrixXd random = testdata::matrix(small["random_projection_embedding"]);
    const std::vector<double> both = latentlab::trustworthinessOfEach(wide, {&pca, &random}, 10);
    QCOMPARE(both.size(), std::size_t(2));
    LL_COMPARE_ABS(both[0], small["trustworthiness"]["pca_k10"].toDouble(), 1e-12);
    LL_COMPARE_ABS(both[1], small["trustworthiness"]["random_projection_k10"].toDouble(), 1e-12);
    QVERIFY(both[0] != both[1]);
}

void TestTrustworthiness::faithfulEmbeddingScoresOne() {
    const latentlab::Dataset data = testdata::referenceCsv("small_blobs.csv");
    const Eigen::MatrixXd scaled = testdata::minMaxScaled(data.features);
    QCOMPARE(latentlab::trustworthiness(scaled, scaled, 10), 1.0);
    // A mirror image at half the size (exact in floating point) keeps every neighbourhood.
    const Eigen::MatrixXd plane = scaled.leftCols(2);
    QCOMPARE(latentlab::trustworthiness(plane, -0.5 * plane, 7), 1.0);

    QElapsedTimer clock;
    clock.start();
    const double t = latentlab::trustworthiness(scaled, scaled.leftCols(2), 10);
    qInfo("trustworthiness, n = 600, d = 7, k = 10: %.4f s (T = %.6f)", clock.nsecsElapsed() * 1e-9,
          t);
}

void TestTrustworthiness::tooManyNeighboursThrows() {
    Eigen::MatrixXd points = Eigen::MatrixXd::Random(10, 3);
    // scikit-learn's condition: neighbours < n / 2.
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::trustworthiness(points, points, 5));
    QCOMPARE(latentlab::trustworthiness(points, points, 4), 1.0);
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::trustworthiness(points, points, 0));
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError,
                             latentlab::trustworthiness(points, points.topRows(9), 2));
}

QTEST_APPLESS_MAIN(TestTrustworthiness)
#include "tst_trustworthiness.moc"
