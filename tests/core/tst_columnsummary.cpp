// describeColumns against hand-computed values (pandas' describe() conventions).
#include "ColumnSummary.h"
#include "TestData.h"

using namespace latentlab;

class TestColumnSummary : public QObject {
    Q_OBJECT
private slots:
    void handComputed();
    void quantilesInterpolate();
};

void TestColumnSummary::handComputed() {
    Eigen::MatrixXd data(5, 2);
    data << 4, 1,  //
        1, 1,      //
        3, 1,      //
        2, 1,      //
        10, 1;
    const std::vector<ColumnSummary> s = describeColumns(data);
    QCOMPARE(s.size(), std::size_t(2));
    QCOMPARE(s[0].count, 5LL);
    QCOMPARE(s[0].mean, 4.0);
    // deviations -3,-2,-1,0,6: squares 9+4+1+0+36 = 50; / (5-1) = 12.5
    QCOMPARE(s[0].sd, std::sqrt(12.5));
    QCOMPARE(s[0].min, 1.0);
    QCOMPARE(s[0].q25, 2.0);  // sorted 1 2 3 4 10, position 1
    QCOMPARE(s[0].median, 3.0);
    QCOMPARE(s[0].q75, 4.0);
    QCOMPARE(s[0].max, 10.0);
    QCOMPARE(s[1].sd, 0.0);
}

void TestColumnSummary::quantilesInterpolate() {
    // numpy.percentile([1, 2, 3, 4], 25) = 1.75, 50 -> 2.5, 75 -> 3.25
    const std::vector<double> sorted{1, 2, 3, 4};
    QCOMPARE(quantileOfSorted(sorted, 0.25), 1.75);
    QCOMPARE(quantileOfSorted(sorted, 0.5), 2.5);
    QCOMPARE(quantileOfSorted(sorted, 0.75), 3.25);
    QVERIFY(std::isnan(quantileOfSorted({}, 0.5)));
}

QTEST_APPLESS_MAIN(TestColumnSummary)
#include "tst_columnsummary.moc"
