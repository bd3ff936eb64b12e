// makeBlobs must reproduce scikit-learn's make_blobs + numpy uniform noise bit for bit:
// tests/data/*_blobs.csv were written by ../shared/reference/make_fixtures.py.
#include "Blobs.h"
#include "TestData.h"

using namespace latentlab;

class TestBlobs : public QObject {
    Q_OBJECT
private slots:
    void reproducesScikitLearn_data();
    void reproducesScikitLearn();
    void shapeNamesAndBalance();
    void seedChangesData();
};

void TestBlobs::reproducesScikitLearn_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("centers");
    QTest::addColumn<double>("clusterStd");
    QTest::addColumn<int>("noise");
    QTest::addColumn<int>("seed");
    QTest::newRow("small_blobs") << "small_blobs.csv" << 600 << 5 << 4 << 1.5 << 2 << 3;
    QTest::newRow("seed notebook") << "seed_blobs.csv" << 30000 << 9 << 8 << 2.0 << 1 << 42;
}

void TestBlobs::reproducesScikitLearn() {
    QFETCH(QString, file);
    DataConfig config;
    QFETCH(int, samples);
    QFETCH(int, features);
    QFETCH(int, centers);
    QFETCH(double, clusterStd);
    QFETCH(int, noise);
    QFETCH(int, seed);
    config.samples = samples;
    config.features = features;
    config.centers = centers;
    config.clusterStd = clusterStd;
    config.noiseColumns = noise;
    config.seed = std::uint64_t(seed);
    const Dataset expected = testdata::referenceCsv(file);
    const Dataset actual = makeBlobs(config);
    QCOMPARE(actual.rows(), expected.rows());
    QCOMPARE(actual.columns(), expected.columns());
    QCOMPARE(actual.labels, expected.labels);
    // repr() in the CSV round-trips doubles, so the values must be identical, not just close.
    const double largest = (actual.features - expected.features).cwiseAbs().maxCoeff();
    QCOMPARE(largest, 0.0);
}

void TestBlobs::shapeNamesAndBalance() {
    DataConfig config;
    config.samples = 103;
    config.features = 3;
    config.centers = 4;
    config.noiseColumns = 2;
    const Dataset data = makeBlobs(config);
    QCOMPARE(data.rows(), 103);
    QCOMPARE(data.columns(), 5);
    QCOMPARE(data.columnNames, (std::vector<std::string>{"X1", "X2", "X3", "X4", "X5"}));
    QCOMPARE(data.classes(), 4);
    std::vector<int> counts(4, 0);
    for (int label : data.labels) ++counts[std::size_t(label)];
    QCOMPARE(counts, (std::vector<int>{26, 26, 26, 25}));  // remainder goes to the first blobs
    const Eigen::MatrixXd noise = data.features.rightCols(2);
    QVERIFY(noise.minCoeff() >= 0.0 && noise.maxCoeff() < 1.0);
}

void TestBlobs::seedChangesData() {
    DataConfig a, b;
    a.samples = b.samples = 50;
    b.seed = 43;
    QVERIFY(makeBlobs(a).features != makeBlobs(b).features);
    QVERIFY(makeBlobs(a).features == makeBlobs(a).features);
}

QTEST_APPLESS_MAIN(TestBlobs)
#include "tst_blobs.moc"
