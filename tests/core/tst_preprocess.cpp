// Preprocess: log(1 + x) and the two missing-value policies on hand-made tables, with the
// located errors a reader turns into file positions.
#include "Preprocess.h"
#include "TestData.h"

#include <cmath>
#include <limits>

using latentlab::Dataset;

namespace {

constexpr double kNa = std::numeric_limits<double>::quiet_NaN();

/// 4 rows x 2 columns with labels a, b, a, c and row names r1..r4.
Dataset table(std::initializer_list<double> values) {
    Dataset data;
    data.features.resize(4, 2);
    auto it = values.begin();
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 2; ++c) data.features(r, c) = *it++;
    data.columnNames = {"x", "y"};
    data.labelNames = {"a", "b", "c"};
    data.labels = {0, 1, 0, 2};
    data.rowNames = {"r1", "r2", "r3", "r4"};
    return data;
}

}  // namespace

class TestPreprocess : public QObject {
    Q_OBJECT
private slots:
    void log1pValues();
    void log1pRejectsMinusOneAndBelow_data();
    void log1pRejectsMinusOneAndBelow();
    void dropRemovesRowsLabelsAndNames();
    void dropEverythingIsAnError();
    void imputeUsesTheValidCellsMean();
    void imputeEmptyColumnIsAnError();
};

void TestPreprocess::log1pValues() {
    Dataset data = table({0, 1, std::exp(1.0) - 1, kNa, -0.5, 99, 1e-12, 3});
    latentlab::applyLog1p(data);
    LL_COMPARE_ABS(data.features(0, 0), 0.0, 0.0);
    LL_COMPARE_REL(data.features(0, 1), std::log(2.0), 1e-15);
    LL_COMPARE_REL(data.features(1, 0), 1.0, 1e-15);
    QVERIFY(std::isnan(data.features(1, 1)));  // missing stays missing
    LL_COMPARE_REL(data.features(2, 0), std::log(0.5), 1e-15);
    LL_COMPARE_REL(data.features(2, 1), std::log(100.0), 1e-15);
    LL_COMPARE_REL(data.features(3, 0), 1e-12, 1e-9);  // log1p keeps tiny values exact
    LL_COMPARE_REL(data.features(3, 1), 2 * std::log(2.0), 1e-15);
}

void TestPreprocess::log1pRejectsMinusOneAndBelow_data() {
    QTest::addColumn<double>("bad");
    QTest::addColumn<QString>("shown");
    QTest::newRow("-1 (log 0)") << -1.0 << "-1";
    QTest::newRow("-2") << -2.0 << "-2";
    QTest::newRow("-1.5") << -1.5 << "-1.5";
}

void TestPreprocess::log1pRejectsMinusOneAndBelow() {
    QFETCH(double, bad);
    QFETCH(QString, shown);
    Dataset data = table({1, 2, 3, 4, 5, bad, 7, -9});
    const Eigen::MatrixXd before = data.features;
    try {
        latentlab::applyLog1p(data);
        QFAIL("no error");
    } catch (const latentlab::CellValueError& error) {
        QCOMPARE(error.row(), 2);  // the first bad cell row by row, not -9 further down
        QCOMPARE(error.column(), 1);
        QCOMPARE(error.value(), bad);
        QCOMPARE(QString(error.what()), "row 3, column 'y': " + shown +
                                            " is not greater than -1, so log(1 + x) is undefined");
    }
    QCOMPARE(data.features, before);  // untouched
}

void TestPreprocess::dropRemovesRowsLabelsAndNames() {
    // Rows 2 (label b) and 3 have gaps: b disappears, c is renumbered 1.
    Dataset data = table({1, 2, kNa, 4, 5, kNa, 7, 8});
    QCOMPARE(latentlab::dropRowsWithMissing(data), 2);
    QCOMPARE(data.rows(), 2);
    QCOMPARE(data.features(0, 0), 1.0);
    QCOMPARE(data.features(1, 1), 8.0);
    QCOMPARE(data.rowNames, (std::vector<std::string>{"r1", "r4"}));
    QCOMPARE(data.labels, (std::vector<int>{0, 1}));
    QCOMPARE(data.labelNames, (std::vector<std::string>{"a", "c"}));

    Dataset complete = table({1, 2, 3, 4, 5, 6, 7, 8});
    QCOMPARE(latentlab::dropRowsWithMissing(complete), 0);
    QCOMPARE(complete.classes(), 3);
}

void TestPreprocess::dropEverythingIsAnError() {
    Dataset data = table({kNa, 2, 3, kNa, kNa, 6, 7, kNa});
    QVERIFY_THROWS_EXCEPTION(latentlab::DataError, latentlab::dropRowsWithMissing(data));
}

void TestPreprocess::imputeUsesTheValidCellsMean() {
    // x: (1 + 5 + 7) / 3 = 13/3 for row 2; y: (2 + 4) / 2 = 3 for rows 3 and 4.
    Dataset data = table({1, 2, kNa, 4, 5, kNa, 7, kNa});
    QCOMPARE(latentlab::imputeColumnMeans(data), (std::vector<int>{1, 2}));
    LL_COMPARE_REL(data.features(1, 0), 13.0 / 3.0, 1e-15);
    QCOMPARE(data.features(2, 1), 3.0);
    QCOMPARE(data.features(3, 1), 3.0);
    QCOMPARE(data.features(0, 0), 1.0);
    QCOMPARE(data.rows(), 4);
}

void TestPreprocess::imputeEmptyColumnIsAnError() {
    Dataset data = table({1, kNa, 2, kNa, 3, kNa, 4, kNa});
    try {
        latentlab::imputeColumnMeans(data);
        QFAIL("no error");
    } catch (const latentlab::ColumnValueError& error) {
        QCOMPARE(error.column(), 1);
        QVERIFY(QString(error.what()).contains("column 'y'"));
    }
}

QTEST_APPLESS_MAIN(TestPreprocess)
#include "tst_preprocess.moc"
