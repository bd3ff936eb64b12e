// Cluster-to-class matching: the assignment against SciPy's linear_sum_assignment on random
// square and rectangular matrices (tests/data/cluster_matching.py), and hand-made confusion
// matrices for what the views rely on: ties, empty rows and columns, k != classes.
#include "ClusterMatching.h"
#include "TestData.h"

#include <QJsonArray>
#include <set>

using namespace latentlab;

class TestClusterMatching : public QObject {
    Q_OBJECT
private slots:
    void agreesWithScipy_data();
    void agreesWithScipy();
    void clusterWearsTheClassItMostlyHolds();
    void maximisesTheTotalNotTheFirstPick();
    void tiesKeepClustersOnTheirOwnNumber();
    void tieBreakNeverCostsAPoint();
    void emptyClassLeavesItsClusterUnmatched();
    void emptyClusterIsUnmatched();
    void extraClustersGetStylesNoClassUses();
    void fewerClustersThanClasses();
    void withoutLabelsClustersKeepTheirOrder();
    void fromLabelsSkipsUnlabelledRows();
};

namespace {

Eigen::MatrixXi counts(std::initializer_list<std::initializer_list<int>> rows) {
    Eigen::MatrixXi m(Eigen::Index(rows.size()), Eigen::Index(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto& row : rows) {
        Eigen::Index c = 0;
        for (int v : row) m(r, c++) = v;
        ++r;
    }
    return m;
}

std::vector<int> styles(const ClusterMatching& m) {
    std::vector<int> out;
    for (int c = 0; c < m.clusterCount(); ++c) out.push_back(m.styleIndex(c));
    return out;
}

}  // namespace

void TestClusterMatching::agreesWithScipy_data() {
    QTest::addColumn<QJsonObject>("reference");
    const QJsonArray cases =
        testdata::json(QStringLiteral("cluster_matching.json"))["cases"].toArray();
    QVERIFY(cases.size() >= 30);
    for (const QJsonValue& c : cases)
        QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
}

void TestClusterMatching::agreesWithScipy() {
    QFETCH(QJsonObject, reference);
    const Eigen::MatrixXd weights = testdata::matrix(reference["weights"]);
    const std::vector<int> expected = testdata::integers(reference["assignment"]);
    const std::vector<int> actual = ClusterMatching::assign(weights);
    QCOMPARE(actual.size(), std::size_t(weights.rows()));
    // A valid assignment: each column at most once, min(rows, columns) pairs.
    std::set<int> columns;
    double total = 0.0;
    for (std::size_t r = 0; r < actual.size(); ++r) {
        if (actual[r] < 0) continue;
        QVERIFY(actual[r] < weights.cols());
        QVERIFY2(columns.insert(actual[r]).second, "a column assigned twice");
        total += weights(Eigen::Index(r), actual[r]);
    }
    QCOMPARE(int(columns.size()), int(std::min(weights.rows(), weights.cols())));
    LL_COMPARE_REL(total, reference["total"].toDouble(), 1e-12);
    if (reference["unique"].toBool()) QCOMPARE(actual, expected);
}

void TestClusterMatching::clusterWearsTheClassItMostlyHolds() {
    // The case: cluster 3 holds class 0 and must wear class 0's colour.
    const ClusterMatching m(counts({{0, 0, 0, 90},  //
                                    {80, 2, 0, 0},
                                    {0, 5, 70, 0},
                                    {1, 60, 3, 0}}));
    QCOMPARE(m.classOf(3), 0);
    QCOMPARE(m.classOf(0), 1);
    QCOMPARE(m.classOf(2), 2);
    QCOMPARE(m.classOf(1), 3);
    QCOMPARE(styles(m), (std::vector<int>{1, 3, 2, 0}));
    QCOMPARE(m.displayOrder(), (std::vector<int>{3, 0, 2, 1}));
}

void TestClusterMatching::maximisesTheTotalNotTheFirstPick() {
    // Taking the largest cell first (10) leaves 1: 11 points. The optimum is 9 + 9 = 18.
    const ClusterMatching m(counts({{10, 9}, {9, 1}}));
    QCOMPARE(m.classOf(0), 1);
    QCOMPARE(m.classOf(1), 0);
}

void TestClusterMatching::tiesKeepClustersOnTheirOwnNumber() {
    QCOMPARE(styles(ClusterMatching(counts({{5, 5}, {5, 5}}))), (std::vector<int>{0, 1}));
    QCOMPARE(styles(ClusterMatching(counts({{3, 3, 3}, {3, 3, 3}, {3, 3, 3}}))),
             (std::vector<int>{0, 1, 2}));
    // Clusters 1 and 2 tie for class 2; cluster 2 stays on its own number.
    QCOMPARE(styles(ClusterMatching(counts({{9, 0, 0}, {0, 0, 0}, {0, 4, 4}}))),
             (std::vector<int>{0, 3, 2}));
}

void TestClusterMatching::tieBreakNeverCostsAPoint() {
    // Identity would match 5 + 5 = 10; swapping matches 6 + 6 = 12.
    const ClusterMatching m(counts({{5, 6}, {6, 5}}));
    QCOMPARE(styles(m), (std::vector<int>{1, 0}));
    // With large counts too: one point more beats the bonus of keeping every number.
    const int big = 1'000'000;
    const ClusterMatching large(counts({{big, big + 1, 0}, {big + 1, big, 0}, {0, 0, big}}));
    QCOMPARE(styles(large), (std::vector<int>{1, 0, 2}));
}

void TestClusterMatching::emptyClassLeavesItsClusterUnmatched() {
    // Class 1 has no points: no cluster stands for it, and cluster 1 gets a fresh style.
    const ClusterMatching m(counts({{10, 0, 0}, {0, 0, 0}, {0, 3, 7}}));
    QCOMPARE(m.classOf(0), 0);
    QCOMPARE(m.classOf(2), 2);
    QCOMPARE(m.classOf(1), -1);
    QCOMPARE(styles(m), (std::vector<int>{0, 3, 2}));
    // Listed in class 1's place, so the matched clusters stay on the diagonal.
    QCOMPARE(m.displayOrder(), (std::vector<int>{0, 1, 2}));
    // Two classes without a cluster, three clusters without a class.
    const ClusterMatching wide(counts({{0, 0, 0, 0, 5}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}}));
    QCOMPARE(styles(wide), (std::vector<int>{3, 4, 5, 6, 0}));
    QCOMPARE(wide.displayOrder(), (std::vector<int>{4, 0, 1, 2, 3}));
}

void TestClusterMatching::emptyClusterIsUnmatched() {
    const ClusterMatching m(counts({{6, 0}, {4, 0}}));
    QCOMPARE(m.classOf(0), 0);
    QCOMPARE(m.classOf(1), -1);
    QCOMPARE(styles(m), (std::vector<int>{0, 2}));
}

void TestClusterMatching::extraClustersGetStylesNoClassUses() {
    // 2 classes, k = 4: clusters 1 and 0 take the classes, 2 and 3 get styles 2 and 3.
    const ClusterMatching m(counts({{0, 9, 1, 0}, {8, 0, 0, 2}}));
    QCOMPARE(m.classCount(), 2);
    QCOMPARE(styles(m), (std::vector<int>{1, 0, 2, 3}));
    QCOMPARE(m.displayOrder(), (std::vector<int>{1, 0, 2, 3}));
    for (int c = 0; c < 4; ++c) QVERIFY(m.styleIndex(c) >= 0);
}

void TestClusterMatching::fewerClustersThanClasses() {
    const ClusterMatching m(counts({{9, 0}, {1, 1}, {0, 9}}));
    QCOMPARE(styles(m), (std::vector<int>{0, 2}));
    QCOMPARE(m.displayOrder(), (std::vector<int>{0, 1}));
}

void TestClusterMatching::withoutLabelsClustersKeepTheirOrder() {
    const ClusterMatching none;
    QVERIFY(!none.hasClasses());
    for (int c = 0; c < 30; ++c) QCOMPARE(none.styleIndex(c), c);
    const ClusterMatching empty{Eigen::MatrixXi()};
    QVERIFY(!empty.hasClasses());
    QCOMPARE(empty.styleIndex(7), 7);
    QVERIFY(!ClusterMatching::fromLabels({}, {0, 1}, 0, 2).hasClasses());
}

void TestClusterMatching::fromLabelsSkipsUnlabelledRows() {
    // Unlabelled rows (-1) count for no class; codes out of range are ignored too.
    const std::vector<int> labels{0, 0, 0, 1, 1, -1, -1, -1, -1};
    const std::vector<int> clusters{1, 1, 0, 0, 0, 0, 0, 0, 0};
    const ClusterMatching m = ClusterMatching::fromLabels(labels, clusters, 2, 2);
    QCOMPARE(m.classOf(1), 0);
    QCOMPARE(m.classOf(0), 1);
}

QTEST_APPLESS_MAIN(TestClusterMatching)
#include "tst_clustermatching.moc"
