// Scaler against scikit-learn's MinMaxScaler and StandardScaler values in the fixtures
// (constant_columns.py: subnormal, constant and nearly constant columns), and hand-made cases.
#include "Errors.h"
#include "Scaler.h"
#include "TestData.h"

#include <cmath>
#include <limits>

using namespace latentlab;

class TestScaler : public QObject {
    Q_OBJECT
private slots:
    void minMaxMatchesScikitLearn_data();
    void minMaxMatchesScikitLearn();
    void zscoreHandComputed();
    void constantColumnMapsToZero();
    void nearlyConstantColumnsMatchScikitLearn_data();
    void nearlyConstantColumnsMatchScikitLearn();
    void constantThresholdsAreScikitLearns();
    void subnormalColumnStaysFinite();
    void inverseRestoresInput();
    void columnMismatchIsAnError();
    void transformInPlaceEqualsTransform_data();
    void transformInPlaceEqualsTransform();
    void clipHandComputed();
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

void TestScaler::nearlyConstantColumnsMatchScikitLearn_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("minmax") << int(Scaling::MinMax) << "minmax";
    QTest::newRow("zscore") << int(Scaling::ZScore) << "zscore";
}

void TestScaler::nearlyConstantColumnsMatchScikitLearn() {
    QFETCH(int, kind);
    QFETCH(QString, key);
    const Dataset data = testdata::referenceCsv("constant_columns.csv");
    const QJsonObject reference = testdata::json("constant_columns.expected.json");
    const QJsonObject expected = reference[key].toObject();
    const QJsonArray constant = expected["constant"].toArray();
    const Eigen::VectorXd scale = testdata::vector(expected["scale"]);
    const Eigen::MatrixXd sklearnScaled = testdata::matrix(expected["scaled"]);
    QCOMPARE(constant.size(), qsizetype(data.columns()));
    QVERIFY2(constant.contains(true) && constant.contains(false), "both kinds of column");

    Scaler scaler(static_cast<Scaling>(kind));
    const Eigen::MatrixXd scaled = scaler.fitTransform(data.features);
    QVERIFY(scaled.allFinite());
    for (int c = 0; c < data.columns(); ++c) {
        const QByteArray name = QByteArray::fromStdString(data.columnNames[std::size_t(c)]);
        if (constant[c].toBool()) {
            // scikit-learn divides such a column by 1, leaving x - min or x - mean: rounding
            // noise, tiny beside the values. Ours maps it to 0 exactly (DESIGN.md).
            QVERIFY2(scaler.factor()(c) == 0.0, name.constData());
            QVERIFY2(scaled.col(c).cwiseAbs().maxCoeff() == 0.0, name.constData());
            QVERIFY2(sklearnScaled.col(c).cwiseAbs().maxCoeff() <=
                         1e-13 * std::max(1.0, std::abs(scaler.offset()(c))),
                     name.constData());
            continue;
        }
        // MinMax's scale_ is our factor; StandardScaler's scale_ is the sd we divide by.
        const double factor = kind == int(Scaling::MinMax) ? scale(c) : 1.0 / scale(c);
        LL_COMPARE_REL(scaler.factor()(c), factor, 1e-13);
        // MinMax computes x * scale + (-min * scale): both terms are about min * scale, so
        // its rounding (and whether the compiler fuses it into one FMA) is that much larger.
        constexpr double eps = std::numeric_limits<double>::epsilon();
        const double rounding = kind == int(Scaling::MinMax)
                                    ? 8 * eps * std::abs(scaler.offset()(c) * scaler.factor()(c))
                                    : 0.0;
        for (Eigen::Index r = 0; r < scaled.rows(); ++r)
            LL_COMPARE_ABS(scaled(r, c), sklearnScaled(r, c), 1e-12 + rounding);
    }
}

void TestScaler::constantThresholdsAreScikitLearns() {
    // MinMax: `scale < 10 * eps` is constant, so exactly 10 eps is not.
    constexpr double eps = std::numeric_limits<double>::epsilon();
    QVERIFY(!Scaler::isConstantRange(10 * eps));
    QVERIFY(Scaler::isConstantRange(std::nextafter(10 * eps, 0.0)));
    QVERIFY(Scaler::isConstantRange(0.0));
    QVERIFY(Scaler::isConstantRange(5e-324 * 99));
    QVERIFY(!Scaler::isConstantRange(1e-14));
    // StandardScaler: var <= n eps var + (n mean eps)^2. With 100 rows of mean 1 the bound
    // is (100 eps)^2 ~ 4.93e-28 (plus 100 eps var); a mean of 0 leaves only n eps var.
    const double bound = (100 * eps) * (100 * eps);
    QVERIFY(Scaler::isConstantVariance(0.99 * bound, 1.0, 100));
    QVERIFY(!Scaler::isConstantVariance(1.01 * bound, 1.0, 100));
    QVERIFY(!Scaler::isConstantVariance(1e-300, 0.0, 100));
    QVERIFY(Scaler::isConstantVariance(0.0, 0.0, 100));
}

void TestScaler::subnormalColumnStaysFinite() {
    // The column, 5e-324 * i: its range's inverse overflows to infinity, and
    // infinity * 0 made the first row NaN before the constant test.
    Eigen::MatrixXd x(50, 2);
    for (int i = 0; i < 50; ++i) x.row(i) << 5e-324 * i, double(i % 5);
    for (Scaling kind : {Scaling::MinMax, Scaling::ZScore, Scaling::None}) {
        Scaler scaler(kind);
        const Eigen::MatrixXd scaled = scaler.fitTransform(x);
        QVERIFY(scaled.allFinite());
        QVERIFY(scaler.factor().allFinite());
        QVERIFY(scaler.inverseTransform(scaled).allFinite());
        if (kind != Scaling::None) QCOMPARE(scaled.col(0).cwiseAbs().maxCoeff(), 0.0);
        // A restored scaler maps the column to 0 in new rows, whatever their values.
        const Scaler restored(kind, scaler.offset(), scaler.factor());
        const Eigen::MatrixXd fresh = restored.transform(Eigen::MatrixXd::Constant(3, 2, 7.0));
        QVERIFY(fresh.allFinite());
        if (kind != Scaling::None) QCOMPARE(fresh.col(0).cwiseAbs().maxCoeff(), 0.0);
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

void TestScaler::transformInPlaceEqualsTransform_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("minmax") << int(Scaling::MinMax);
    QTest::newRow("zscore") << int(Scaling::ZScore);
    QTest::newRow("none") << int(Scaling::None);
}

void TestScaler::transformInPlaceEqualsTransform() {
    QFETCH(int, kind);
    Eigen::MatrixXd data(4, 3);
    data << 1, 5, 2, 2, 5, -4, 3, 5, 8, 10, 5, 0;  // column 1 constant
    Scaler scaler(static_cast<Scaling>(kind));
    scaler.fit(data);
    Eigen::MatrixXd inPlace = data;
    scaler.transformInPlace(inPlace);
    QCOMPARE(inPlace, scaler.transform(data));  // bit for bit
    QVERIFY_THROWS_EXCEPTION(latentlab::Error, [&] {
        Eigen::MatrixXd wrong = Eigen::MatrixXd::Zero(2, 4);
        scaler.transformInPlace(wrong);
    }());
}

void TestScaler::clipHandComputed() {
    Eigen::MatrixXd data(2, 3);
    data << -12.5, 3.0, 10.0, 11.0, -0.5, -10.0;
    Eigen::MatrixXd expected(2, 3);
    expected << -10.0, 3.0, 10.0, 10.0, -0.5, -10.0;
    Eigen::MatrixXd clipped = data;
    Scaler::clip(clipped, 10.0);
    QCOMPARE(clipped, expected);
    Eigen::MatrixXd tight = data;
    Scaler::clip(tight, 0.5);
    QCOMPARE(tight.cwiseAbs().maxCoeff(), 0.5);
    QCOMPARE(tight(1, 1), -0.5);
    Eigen::MatrixXd off = data;
    Scaler::clip(off, 0.0);  // 0 = off
    QCOMPARE(off, data);
    QVERIFY_THROWS_EXCEPTION(latentlab::ConfigError, Scaler::clip(off, -1.0));
}

QTEST_APPLESS_MAIN(TestScaler)
#include "tst_scaler.moc"
