// Scaler against scikit-learn's MinMaxScaler values in the fixtures, and hand-made cases.
#include "Errors.h"
#include "Scaler.h"
#include "TestData.h"

using namespace latentlab;

class TestScaler : public QObject {
    Q_OBJECT
private slots:
    void minMaxMatchesScikitLearn_data();
    void minMaxMatchesScikitLearn();
    void zscoreHandComputed();
    void constantColumnMapsToZero();
    void inverseRestoresInput();
    void columnMismatchIsAnError();
};

void TestScaler::minMaxMatchesScikitLearn_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("small") << "small_blobs";
    QTest::newRow("seed") << "seed_blobs";
}

void TestScaler::minMaxMatchesScikitLearn() {
    QFETCH(QString, name);
    const Dataset data = testdata::referenceCsv(name + ".csv");
    const QJsonObject minmax = testdata::json(name + ".expected.json")["minmax"].toObject();
    Scaler scaler(Scaling::MinMax);
    const Eigen::MatrixXd scaled = scaler.fitTransform(data.features);
    const Eigen::VectorXd min = testdata::vector(minmax["data_min"]);
    const Eigen::VectorXd max = testdata::vector(minmax["data_max"]);
    const Eigen::VectorXd mean = testdata::vector(minmax["scaled_mean"]);
    for (int c = 0; c < data.columns(); ++c) {
        QCOMPARE(scaler.offset()(c), min(c));
        LL_COMPARE_REL(1.0 / scaler.factor()(c), max(c) - min(c), 1e-15);
        LL_COMPARE_REL(scaled.col(c).mean(), mean(c), 1e-12);
        LL_COMPARE_ABS(scaled.col(c).minCoeff(), 0.0, 1e-15);
        LL_COMPARE_ABS(scaled.col(c).maxCoeff(), 1.0, 1e-15);
    }
}

void TestScaler::zscoreHandComputed() {
    Eigen::MatrixXd x(4, 1);
    x << 1, 2, 3, 6;  // mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5
    Scaler scaler(Scaling::ZScore);
    const Eigen::MatrixXd z = scaler.fitTransform(x);
    LL_COMPARE_REL(z(0, 0), -2.0 / std::sqrt(3.5), 1e-15);
    LL_COMPARE_REL(z(3, 0), 3.0 / std::sqrt(3.5), 1e-15);
}

void TestScaler::constantColumnMapsToZero() {
    Eigen::MatrixXd x(3, 2);
    x << 5, 1, 5, 2, 5, 3;
    for (Scaling kind : {Scaling::MinMax, Scaling::ZScore}) {
        Scaler scaler(kind);
        const Eigen::MatrixXd scaled = scaler.fitTransform(x);
        QVERIFY(scaled.allFinite());
        QCOMPARE(scaled.col(0).cwiseAbs().maxCoeff(), 0.0);
        QCOMPARE(scaler.inverseTransform(scaled)(1, 0), 5.0);
    }
}

void TestScaler::inverseRestoresInput() {
    const Dataset data = testdata::referenceCsv("small_blobs.csv");
    for (Scaling kind : {Scaling::MinMax, Scaling::ZScore, Scaling::None}) {
        Scaler scaler(kind);
        const Eigen::MatrixXd back = scaler.inverseTransform(scaler.fitTransform(data.features));
        QVERIFY((back - data.features).cwiseAbs().maxCoeff() < 1e-12);
    }
}

void TestScaler::columnMismatchIsAnError() {
    Scaler scaler;
    scaler.fit(Eigen::MatrixXd::Random(5, 3));
    QVERIFY_THROWS_EXCEPTION(latentlab::Error, scaler.transform(Eigen::MatrixXd::Zero(2, 4)));
}

QTEST_APPLESS_MAIN(TestScaler)
#include "tst_scaler.moc"
