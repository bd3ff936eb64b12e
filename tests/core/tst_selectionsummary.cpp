// countGroups and contrastFeatures against a hand-computed six-row case: counts per group,
// means inside and outside the selection, Welch's t, both rankings and the edge cases
// (constant groups, a non-finite cell, an empty selection).
#include "SelectionSummary.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace latentlab;

namespace {

/// Rows 0-2 selected, 3-5 not. Columns: a wide, noisy shift; none; a narrow shift; two
/// constant groups. Row 4 of column 0 is missing.
Eigen::MatrixXd sixRows() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Eigen::MatrixXd x(6, 4);
    x << 1, 5, 4.0, 1,   //
        2, 5, 4.5, 1,    //
        3, 5, 5.0, 1,    //
        10, 5, 1.0, 0,   //
        nan, 5, 1.5, 0,  //
        30, 5, 2.0, 0;
    return x;
}

const std::vector<bool> kFirstThree{true, true, true, false, false, false};

}  // namespace

class TestSelectionSummary : public QObject {
    Q_OBJECT
private slots:
    void countsPerGroup();
    void meansAndWelchT();
    void rankings();
    void emptySelection();
};

void TestSelectionSummary::countsPerGroup() {
    const std::vector<GroupCount> labels = countGroups(kFirstThree, {0, 0, 1, 1, 2, 2}, 3);
    QCOMPARE(labels.size(), std::size_t(3));
    QCOMPARE(labels[0].selected, 2);
    QCOMPARE(labels[0].total, 2);
    QCOMPARE(labels[1].selected, 1);
    QCOMPARE(labels[1].total, 2);
    QCOMPARE(labels[2].selected, 0);
    QCOMPARE(labels[2].total, 2);
    // A code out of range (-1: no cluster) is in no group; a short mask selects no more.
    const std::vector<GroupCount> clusters = countGroups({true, true}, {1, 1, 1, 0, -1, 0}, 2);
    QCOMPARE(clusters[0].selected, 0);
    QCOMPARE(clusters[0].total, 2);
    QCOMPARE(clusters[1].selected, 2);
    QCOMPARE(clusters[1].total, 3);
}

void TestSelectionSummary::meansAndWelchT() {
    const std::vector<FeatureContrast> c =
        contrastFeatures(sixRows(), kFirstThree, FeatureRanking::Difference);
    QCOMPARE(c.size(), std::size_t(4));
    const auto of = [&](int feature) {
        return *std::find_if(c.begin(), c.end(),
                             [feature](const FeatureContrast& f) { return f.feature == feature; });
    };
    // Column 0: 1,2,3 (mean 2, variance 1) against 10,30 (mean 20, variance 200).
    QCOMPARE(of(0).meanSelected, 2.0);
    QCOMPARE(of(0).meanRest, 20.0);
    QCOMPARE(of(0).difference, -18.0);
    QCOMPARE(of(0).tScore, -18.0 / std::sqrt(1.0 / 3.0 + 200.0 / 2.0));
    // Column 1: the same everywhere.
    QCOMPARE(of(1).difference, 0.0);
    QCOMPARE(of(1).tScore, 0.0);
    // Column 2: 4,4.5,5 against 1,1.5,2: difference 3, both variances 0.25.
    QCOMPARE(of(2).meanSelected, 4.5);
    QCOMPARE(of(2).meanRest, 1.5);
    QCOMPARE(of(2).tScore, 3.0 / std::sqrt(0.25 / 3.0 + 0.25 / 3.0));
    // Column 3: two constant groups apart: infinitely separated.
    QCOMPARE(of(3).difference, 1.0);
    QVERIFY(std::isinf(of(3).tScore) && of(3).tScore > 0);
}

void TestSelectionSummary::rankings() {
    const auto order = [](const std::vector<FeatureContrast>& c) {
        std::vector<int> features;
        for (const FeatureContrast& f : c) features.push_back(f.feature);
        return features;
    };
    // |difference|: 18, 3, 1, 0.
    QCOMPARE(order(contrastFeatures(sixRows(), kFirstThree, FeatureRanking::Difference)),
             (std::vector<int>{0, 2, 3, 1}));
    // |t|: infinity, 7.35, 1.80, 0.
    QCOMPARE(order(contrastFeatures(sixRows(), kFirstThree, FeatureRanking::WelchT)),
             (std::vector<int>{3, 2, 0, 1}));
}

void TestSelectionSummary::emptySelection() {
    const std::vector<FeatureContrast> c =
        contrastFeatures(sixRows(), std::vector<bool>(6, false), FeatureRanking::WelchT);
    QCOMPARE(c.size(), std::size_t(4));
    QCOMPARE(c[0].feature, 0);  // every score NaN: column order
    QVERIFY(std::isnan(c[0].meanSelected));
    QCOMPARE(c[0].meanRest, 9.2);  // (1 + 2 + 3 + 10 + 30) / 5, the NaN left out
    QVERIFY(std::isnan(c[0].tScore));
}

QTEST_APPLESS_MAIN(TestSelectionSummary)
#include "tst_selectionsummary.moc"
