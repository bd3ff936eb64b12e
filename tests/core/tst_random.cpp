// Random must reproduce numpy's legacy RandomState stream. Expected values were printed by
// numpy 1.24 (Debian 12):
//   np.random.seed(42); np.random.random_sample(3); np.random.randn(3)
//   np.random.seed(7);  a = np.arange(10); np.random.shuffle(a)
#include "Random.h"
#include "TestData.h"

#include <set>

class TestRandom : public QObject {
    Q_OBJECT
private slots:
    void uniformAndGaussMatchNumpy();
    void shuffleMatchesNumpy();
    void sampleIsSortedAndDistinct();
    void derivedSeedsDiffer();
};

void TestRandom::uniformAndGaussMatchNumpy() {
    latentlab::Random rng(42);
    QCOMPARE(rng.uniform(), 0.3745401188473625);
    QCOMPARE(rng.uniform(), 0.9507143064099162);
    QCOMPARE(rng.uniform(), 0.7319939418114051);
    QCOMPARE(rng.gauss(), -1.1118801180469204);
    QCOMPARE(rng.gauss(), 0.31890218468938336);
    QCOMPARE(rng.gauss(), 0.2790412922001377);
}

void TestRandom::shuffleMatchesNumpy() {
    latentlab::Random rng(7);
    std::vector<int> values{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    rng.shuffle(values);
    QCOMPARE(values, (std::vector<int>{8, 5, 0, 2, 1, 9, 7, 3, 6, 4}));
}

void TestRandom::sampleIsSortedAndDistinct() {
    latentlab::Random rng(1);
    const std::vector<int> rows = rng.sample(1000, 100);
    QCOMPARE(rows.size(), std::size_t(100));
    QVERIFY(std::is_sorted(rows.begin(), rows.end()));
    QCOMPARE(std::set<int>(rows.begin(), rows.end()).size(), std::size_t(100));
    QVERIFY(rows.back() < 1000 && rows.front() >= 0);
    QCOMPARE(rng.sample(5, 10).size(), std::size_t(5));
}

void TestRandom::derivedSeedsDiffer() {
    QVERIFY(latentlab::deriveSeed(42, 0) != latentlab::deriveSeed(42, 1));
    QCOMPARE(latentlab::deriveSeed(42, 3), latentlab::deriveSeed(42, 3));
}

QTEST_APPLESS_MAIN(TestRandom)
#include "tst_random.moc"
