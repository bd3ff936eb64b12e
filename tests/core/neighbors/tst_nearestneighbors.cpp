// Exact and approximate k nearest neighbours against scikit-learn 1.2's KD tree
// (tests/data/umap/neighbors_reference.json, made by make_umap_fixtures.py), ties included.
#include "ApproximateNearestNeighbors.h"
#include "Errors.h"
#include "NearestNeighbors.h"
#include "NeighborSearch.h"
#include "Random.h"
#include "TestData.h"

#include <set>

using namespace latentlab;

class TestNearestNeighbors : public QObject {
    Q_OBJECT
private slots:
    void exactMatchesScikitLearn_data();
    void exactMatchesScikitLearn();
    void tiesGoToTheLowerRowIndex();
    void wideDataTakeTheGemmPath();
    void approximateFindsNearlyAllExactNeighbours();
    void approximateIsReproducible();
    void autoIsExactBelowUmapLearnsLimit();
    void badInputIsDataError();
};

namespace {

Eigen::MatrixXd points(const QString& name) {
    if (name == "iris_raw") return testdata::referenceCsv("iris.csv").features;
    return testdata::methodFixtureData("wine");
}

/// Distance summed coordinate by coordinate, independent of the code under test.
double distance(const Eigen::MatrixXd& x, int i, int j) { return (x.row(i) - x.row(j)).norm(); }

}  // namespace

void TestNearestNeighbors::exactMatchesScikitLearn_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("iris as read (ties, a duplicate row)") << "iris_raw";
    QTest::newRow("wine, z-scored") << "wine_zscore";
}

void TestNearestNeighbors::exactMatchesScikitLearn() {
    QFETCH(QString, name);
    const QJsonObject reference = testdata::json("umap/neighbors_reference.json")[name].toObject();
    const int k = reference["k"].toInt(), columns = reference["columns"].toInt();
    const std::vector<int> indices = testdata::integers(reference["indices"]);
    const Eigen::VectorXd distances = testdata::vector(reference["distances"]);
    const Eigen::MatrixXd x = points(name);
    const KnnGraph knn = exactNearestNeighbors(x, k);
    QCOMPARE(knn.rows(), int(x.rows()));
    QCOMPARE(knn.neighbors(), k);
    for (int i = 0; i < knn.rows(); ++i) {
        const auto at = [&](int m) { return std::size_t(i) * std::size_t(columns) + m; };
        QCOMPARE(knn.indices(i, 0), i);
        QCOMPARE(knn.distances(i, 0), 0.0);
        std::set<int> ours;
        for (int m = 0; m < k; ++m) {
            // The m-th smallest distance is scikit-learn's, whichever of a tie each took.
            LL_COMPARE_ABS(knn.distances(i, m), distances(Eigen::Index(at(m))), 1e-12);
            if (m > 0)
                LL_COMPARE_ABS(knn.distances(i, m), distance(x, i, knn.indices(i, m)), 1e-12);
            if (m > 0) QVERIFY(knn.distances(i, m) >= knn.distances(i, m - 1));
            ours.insert(knn.indices(i, m));
        }
        QCOMPARE(int(ours.size()), k);  // no row twice
        // Every neighbour scikit-learn found strictly inside the k-th distance is ours too.
        const double kth = distances(Eigen::Index(at(k - 1)));
        for (int m = 0; m < columns; ++m)
            if (distances(Eigen::Index(at(m))) < kth - 1e-12)
                QVERIFY2(ours.count(indices[at(m)]),
                         qPrintable(QString("row %1 lacks %2").arg(i).arg(indices[at(m)])));
    }
}

void TestNearestNeighbors::tiesGoToTheLowerRowIndex() {
    // A 9 x 9 grid of integer points (in a shuffled row order): every squared distance is an
    // integer, computed exactly, so the ties are real ties; each is cut by the lower index.
    Eigen::MatrixXd x(81, 2);
    for (int r = 0; r < 81; ++r) {
        const int cell = (r * 37) % 81;  // 37 is prime to 81: a permutation
        x(r, 0) = cell % 9;
        x(r, 1) = cell / 9;
    }
    const int k = 7;  // four at distance 1, then four at sqrt(2): the cut splits a tie
    const KnnGraph knn = exactNearestNeighbors(x, k);
    int tiedCuts = 0;
    for (int i = 0; i < knn.rows(); ++i) {
        const double kth = knn.distances(i, k - 1);
        std::vector<int> atCut, taken;  // every row at exactly the k-th distance; ours there
        for (int j = 0; j < x.rows(); ++j)
            if (j != i && distance(x, i, j) == kth) atCut.push_back(j);
        for (int m = 1; m < k; ++m) {
            QCOMPARE(knn.distances(i, m), distance(x, i, knn.indices(i, m)));
            if (knn.distances(i, m) == kth) taken.push_back(knn.indices(i, m));
        }
        QVERIFY(!taken.empty() && taken.size() <= atCut.size());
        if (atCut.size() > taken.size()) ++tiedCuts;
        // Within a run of equal distances the rows come in ascending order.
        for (int m = 2; m < k; ++m)
            if (knn.distances(i, m) == knn.distances(i, m - 1))
                QVERIFY(knn.indices(i, m) > knn.indices(i, m - 1));
        std::sort(taken.begin(), taken.end());
        QVERIFY2(std::equal(taken.begin(), taken.end(), atCut.begin()),
                 qPrintable(QString("row %1: the tie at the cut is not resolved by index").arg(i)));
    }
    QVERIFY(tiedCuts > 40);  // the case is really exercised
}

void TestNearestNeighbors::wideDataTakeTheGemmPath() {
    // Above 16 columns the distances come from a GEMM: the same neighbours as a direct scan.
    Random random(7);
    Eigen::MatrixXd x(700, 40);
    for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = random.gauss() + 100.0;
    const KnnGraph knn = exactNearestNeighbors(x, 8);
    for (int i = 0; i < knn.rows(); ++i) {
        std::vector<std::pair<double, int>> all;
        for (int j = 0; j < x.rows(); ++j)
            if (j != i) all.emplace_back(distance(x, i, j), j);
        std::partial_sort(all.begin(), all.begin() + 7, all.end());
        for (int m = 1; m < 8; ++m) {
            QCOMPARE(knn.indices(i, m), all[std::size_t(m - 1)].second);
            LL_COMPARE_REL(knn.distances(i, m), all[std::size_t(m - 1)].first, 1e-10);
        }
    }
}

void TestNearestNeighbors::approximateFindsNearlyAllExactNeighbours() {
    Random random(11);
    Eigen::MatrixXd x(6000, 12);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index c = 0; c < x.cols(); ++c) x(i, c) = random.gauss() + 4.0 * (i % 5);
    const int k = 15;
    const KnnGraph exact = exactNearestNeighbors(x, k);
    const KnnGraph approximate = approximateNearestNeighbors(x, k, 42);
    long long found = 0;
    for (int i = 0; i < exact.rows(); ++i) {
        QCOMPARE(approximate.indices(i, 0), i);
        std::set<int> truth(exact.indices.row(i).data() + 1, exact.indices.row(i).data() + k);
        for (int m = 1; m < k; ++m) {
            found += truth.count(approximate.indices(i, m));
            LL_COMPARE_ABS(approximate.distances(i, m), distance(x, i, approximate.indices(i, m)),
                           1e-12);
            QVERIFY(approximate.distances(i, m) >= approximate.distances(i, m - 1));
        }
    }
    const double recall = double(found) / double(exact.rows() * (k - 1));
    qInfo("HNSW recall of the exact 14 neighbours: %.4f", recall);
    QVERIFY2(recall > 0.98, qPrintable(QString::number(recall)));
}

void TestNearestNeighbors::approximateIsReproducible() {
    Random random(3);
    Eigen::MatrixXd x(3000, 6);
    for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = random.uniform(0.0, 1.0);
    const KnnGraph first = approximateNearestNeighbors(x, 10, 5);
    const KnnGraph second = approximateNearestNeighbors(x, 10, 5);
    QVERIFY(first.indices == second.indices);
    QVERIFY(first.distances == second.distances);
}

void TestNearestNeighbors::autoIsExactBelowUmapLearnsLimit() {
    QCOMPARE(resolved(NeighborSearch::Auto, 4095), NeighborSearch::Exact);
    QCOMPARE(resolved(NeighborSearch::Auto, 4096), NeighborSearch::Approximate);
    QCOMPARE(resolved(NeighborSearch::Exact, 1000000), NeighborSearch::Exact);
    QCOMPARE(resolved(NeighborSearch::Approximate, 10), NeighborSearch::Approximate);
    for (NeighborSearch value :
         {NeighborSearch::Auto, NeighborSearch::Exact, NeighborSearch::Approximate}) {
        NeighborSearch parsed = NeighborSearch::Auto;
        QVERIFY(parse(toString(value), parsed));
        QCOMPARE(parsed, value);
    }
    NeighborSearch unchanged = NeighborSearch::Exact;
    QVERIFY(!parse("hnsw", unchanged));
    QCOMPARE(unchanged, NeighborSearch::Exact);
}

void TestNearestNeighbors::badInputIsDataError() {
    Eigen::MatrixXd x = Eigen::MatrixXd::Random(20, 3);
    QVERIFY_THROWS_EXCEPTION(DataError, exactNearestNeighbors(x, 21));
    QVERIFY_THROWS_EXCEPTION(DataError, exactNearestNeighbors(x, 0));
    QVERIFY_THROWS_EXCEPTION(DataError, approximateNearestNeighbors(x, 21, 1));
    x(4, 2) = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(DataError, exactNearestNeighbors(x, 5));
    QVERIFY_THROWS_EXCEPTION(DataError, approximateNearestNeighbors(x, 5, 1));
    try {
        exactNearestNeighbors(Eigen::MatrixXd::Zero(4, 2), 9);
        QFAIL("no error");
    } catch (const DataError& e) {
        QVERIFY2(QString(e.what()).contains("9") && QString(e.what()).contains("4 rows"), e.what());
    }
}

QTEST_APPLESS_MAIN(TestNearestNeighbors)
#include "tst_nearestneighbors.moc"
