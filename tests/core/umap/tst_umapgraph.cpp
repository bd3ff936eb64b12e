// UMAP's deterministic parts against umap-learn 0.5.3 itself (tests/data/umap/
// umap_graph_reference.json, made by make_umap_fixtures.py on scikit-learn's exact kNN):
// rho and sigma of smooth_knn_dist, the fuzzy union's weights, find_ab_params' a and b.
#include "Errors.h"
#include "FuzzySimplicialSet.h"
#include "NearestNeighbors.h"
#include "TestData.h"
#include "UmapCurve.h"
#include "UmapLayout.h"

#include <map>

using namespace latentlab;

class TestUmapGraph : public QObject {
    Q_OBJECT
private slots:
    void graphMatchesUmapLearn_data();
    void graphMatchesUmapLearn();
    void curveMatchesFindAbParams();
    void curveRejectsBadParameters();
    void pruningDropsWhatUmapLearnDrops();
    void graphNeedsThePointItselfFirst();
};

namespace {

/// The fixture's own kNN where it has one (exact ties, a duplicate row), its rows put in our
/// form (the point itself first: umap-learn treats a duplicate at distance 0 the same way).
KnnGraph knnOf(const QJsonObject& graph, const Eigen::MatrixXd& x, int k) {
    if (!graph.contains("knn_indices")) return exactNearestNeighbors(x, k);
    const std::vector<int> indices = testdata::integers(graph["knn_indices"]);
    KnnGraph knn;
    knn.indices.resize(x.rows(), k);
    knn.distances.resize(x.rows(), k);
    for (int i = 0; i < x.rows(); ++i) {
        std::vector<int> row(indices.begin() + std::ptrdiff_t(i) * k,
                             indices.begin() + std::ptrdiff_t(i + 1) * k);
        std::iter_swap(row.begin(), std::find(row.begin(), row.end(), i));
        for (int m = 0; m < k; ++m) {
            knn.indices(i, m) = row[std::size_t(m)];
            knn.distances(i, m) = (x.row(i) - x.row(row[std::size_t(m)])).norm();
        }
    }
    return knn;
}

}  // namespace

void TestUmapGraph::graphMatchesUmapLearn_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"iris", "iris_k5", "wine", "seed_blobs_400"})
        QTest::newRow(name) << name;
}

void TestUmapGraph::graphMatchesUmapLearn() {
    QFETCH(QString, name);
    const QJsonObject reference =
        testdata::json("umap/umap_graph_reference.json")["graphs"].toObject()[name].toObject();
    const int k = reference["k"].toInt();
    const Eigen::MatrixXd x = testdata::methodFixtureData(name);
    QCOMPARE(int(x.rows()), reference["rows"].toInt());
    const KnnGraph knn = knnOf(reference, x, k);

    const SmoothKnnDistances smooth = smoothKnnDistances(knn);
    const Eigen::VectorXd sigmas = testdata::vector(reference["sigmas"]);
    const Eigen::VectorXd rhos = testdata::vector(reference["rhos"]);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        LL_COMPARE_REL(smooth.rhos(i), rhos(i), 1e-6);
        LL_COMPARE_REL(smooth.sigmas(i), sigmas(i), 1e-6);
    }

    // The same edges, each weight to 1e-6.
    std::map<std::pair<int, int>, double> expected;
    const std::vector<int> from = testdata::integers(reference["from"]);
    const std::vector<int> to = testdata::integers(reference["to"]);
    const Eigen::VectorXd weight = testdata::vector(reference["weight"]);
    for (std::size_t e = 0; e < from.size(); ++e)
        expected[{from[e], to[e]}] = weight(Eigen::Index(e));
    const WeightedGraph graph = fuzzySimplicialSet(knn, smooth);
    QCOMPARE(graph.vertices, int(x.rows()));
    QCOMPARE(graph.edges(), int(expected.size()));
    for (int e = 0; e < graph.edges(); ++e) {
        const std::size_t at = std::size_t(e);
        QVERIFY(graph.from[at] < graph.to[at]);
        const auto found = expected.find({graph.from[at], graph.to[at]});
        QVERIFY2(
            found != expected.end(),
            qPrintable(
                QString("edge %1-%2 is not umap-learn's").arg(graph.from[at]).arg(graph.to[at])));
        LL_COMPARE_ABS(graph.weight[at], found->second, 1e-6);
        expected.erase(found);  // each edge once
    }
    QVERIFY(expected.empty());
}

void TestUmapGraph::curveMatchesFindAbParams() {
    const QJsonArray cases = testdata::json("umap/umap_graph_reference.json")["ab"].toArray();
    QCOMPARE(cases.size(), 7);
    for (const QJsonValue c : cases) {
        const UmapCurve curve = fitUmapCurve(c["min_dist"].toDouble(), c["spread"].toDouble());
        LL_COMPARE_ABS(curve.a, c["a"].toDouble(), 1e-4);
        LL_COMPARE_ABS(curve.b, c["b"].toDouble(), 1e-4);
    }
    const UmapCurve curve{2.0, 0.5};
    QCOMPARE(curve(0.0), 1.0);
    LL_COMPARE_REL(curve(4.0), 1.0 / (1.0 + 2.0 * 4.0), 1e-15);  // 4^(2 * 0.5) = 4
}

void TestUmapGraph::curveRejectsBadParameters() {
    QVERIFY_THROWS_EXCEPTION(ConfigError, fitUmapCurve(0.1, 0.0));
    QVERIFY_THROWS_EXCEPTION(ConfigError, fitUmapCurve(-0.1, 1.0));
    QVERIFY_THROWS_EXCEPTION(ConfigError, fitUmapCurve(1.5, 1.0));
    QVERIFY_THROWS_EXCEPTION(ConfigError, fitUmapCurve(std::nan(""), 1.0));
}

void TestUmapGraph::pruningDropsWhatUmapLearnDrops() {
    // simplicial_set_embedding: weights below max / n_epochs are dropped (max / 500 for 10
    // epochs or fewer on up to 10,000 vertices).
    WeightedGraph graph;
    graph.vertices = 4;
    graph.add(0, 1, 1.0);
    graph.add(1, 2, 0.004);
    graph.add(2, 3, 0.0019);
    graph.add(0, 3, 0.0021);
    const WeightedGraph pruned = pruneWeakEdges(graph, 200);  // threshold 0.005
    QCOMPARE(pruned.edges(), 1);
    const WeightedGraph few = pruneWeakEdges(graph, 10);  // threshold 0.002
    QCOMPARE(few.edges(), 3);
    QCOMPARE(few.weight, (std::vector<double>{1.0, 0.004, 0.0021}));
}

void TestUmapGraph::graphNeedsThePointItselfFirst() {
    const Eigen::MatrixXd x = testdata::methodFixtureData("iris");
    KnnGraph knn = exactNearestNeighbors(x, 5);
    std::swap(knn.indices(3, 0), knn.indices(3, 1));
    try {
        smoothKnnDistances(knn);
        QFAIL("no error");
    } catch (const DataError& e) {
        QVERIFY2(QString(e.what()).contains("row 3"), e.what());
    }
}

QTEST_APPLESS_MAIN(TestUmapGraph)
#include "tst_umapgraph.moc"
