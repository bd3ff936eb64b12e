// GeneSelection on hand-computed cases (seurat's bins, one-gene bins, NaN dispersions and
// ties; the variance ranking), pandas.cut's bin edges, and the reference's own corner cases
// in the "edges" fixture (a gene alone in its bin, all-zero genes, a tie at the cut-off).
#include "Errors.h"
#include "ExpressionRecipe.h"
#include "GeneSelection.h"
#include "GenomicsFixture.h"
#include "TestData.h"

#include <cmath>

using namespace latentlab;

namespace {

/// Cells x genes from dense rows of expm1-scale values, stored as log1p (as after log1p).
SparseMatrix logOf(const Eigen::MatrixXd& counts) {
    return SparseMatrix::fromDense(counts.unaryExpr([](double x) { return std::log1p(x); }));
}

}  // namespace

class TestGeneSelection : public QObject {
    Q_OBJECT
private slots:
    void binsFollowPandasCut();
    void seuratHandComputed();
    void seuratKeepsTiesAtTheCut();
    void seuratTopZeroKeepsAll();
    void seuratMatchesReferenceCornerCases();
    void varianceHandComputed();
    void varianceBreaksTiesByColumn();
    void badOptionsAreErrors();
};

void TestGeneSelection::binsFollowPandasCut() {
    // pandas.cut(x, 20).codes, computed with pandas 1.5: right-closed bins, the lowest
    // edge lowered by 0.1 % of the range, edges i * step + min as numpy.linspace.
    QCOMPARE(GeneSelection::equalWidthBins({0.0, 0.05, 0.1, 1.0}, 20),
             std::vector<int>({0, 0, 1, 19}));
    QCOMPARE(GeneSelection::equalWidthBins({0.0, 0.05000000000000001, 0.15, 0.95, 1.0}, 20),
             std::vector<int>({0, 1, 2, 18, 19}));
    QCOMPARE(GeneSelection::equalWidthBins({5.0, 5.0}, 20), std::vector<int>({9, 9}));
    QCOMPARE(GeneSelection::equalWidthBins({0.0, 0.0}, 20), std::vector<int>({9, 9}));
}

void TestGeneSelection::seuratHandComputed() {
    // expm1 values of two cells; by hand (n = 2, ddof 1):
    //   A (1, 3): mean 2, var 2, dispersion 1 -> log 0;   B (0, 4): mean 2, var 8 -> log 4
    //   C (0, 0): mean 0 -> 1e-12, dispersion 0 -> NaN;   D (0, 2): mean 1, var 2 -> log 2
    // log1p means: A, B = ln 3 (the top bin, 19), D = ln 2 (bin 12, alone), C ~ 1e-12 (bin 0).
    // Bin 19: mean ln 2, sd sqrt(2) ln 2 -> A -1/sqrt(2), B +1/sqrt(2); D alone -> 1.
    Eigen::MatrixXd counts(2, 4);
    counts << 1, 0, 0, 0, 3, 4, 0, 2;
    const GeneTable t = GeneSelection::seurat(logOf(counts), 1);
    const double ln2 = std::log(2.0);
    const double expectedMeans[] = {std::log(3.0), std::log(3.0), 1e-12, ln2};
    const double expectedDispersions[] = {0.0, std::log(4.0), NAN, ln2};
    const double expectedNorm[] = {-1.0 / std::sqrt(2.0), 1.0 / std::sqrt(2.0), NAN, 1.0};
    const double expectedVariances[] = {2.0, 8.0, 0.0, 2.0};
    for (int g = 0; g < 4; ++g) {
        LL_COMPARE_REL(t.means[std::size_t(g)], expectedMeans[g], 1e-12);
        LL_COMPARE_ABS(t.variances[std::size_t(g)], expectedVariances[g], 1e-12);
        if (std::isnan(expectedNorm[g])) {
            QVERIFY(std::isnan(t.dispersions[std::size_t(g)]));
            QVERIFY(std::isnan(t.dispersionsNorm[std::size_t(g)]));
            continue;
        }
        LL_COMPARE_ABS(t.dispersions[std::size_t(g)], expectedDispersions[g], 1e-12);
        LL_COMPARE_REL(t.dispersionsNorm[std::size_t(g)], expectedNorm[g], 1e-12);
    }
    QCOMPARE(t.selected(), std::vector<int>({3}));
    QCOMPARE(GeneSelection::seurat(logOf(counts), 2).selected(), std::vector<int>({1, 3}));
    QCOMPARE(GeneSelection::seurat(logOf(counts), 3).selected(), std::vector<int>({0, 1, 3}));
    // More than there are scored genes: the NaN gene is still never chosen.
    QCOMPARE(GeneSelection::seurat(logOf(counts), 4).selected(), std::vector<int>({0, 1, 3}));
}

void TestGeneSelection::seuratKeepsTiesAtTheCut() {
    // E is a copy of B: bin 19 holds 0, ln 4, ln 4 -> B = E = sqrt(3) / 3 below D's 1.
    Eigen::MatrixXd counts(2, 5);
    counts << 1, 0, 0, 0, 0, 3, 4, 0, 2, 4;
    const GeneTable t = GeneSelection::seurat(logOf(counts), 2);
    LL_COMPARE_REL(t.dispersionsNorm[1], std::sqrt(3.0) / 3.0, 1e-12);
    QCOMPARE(t.dispersionsNorm[1], t.dispersionsNorm[4]);
    QCOMPARE(t.selected(), std::vector<int>({1, 3, 4}));  // 2 asked, the tie makes 3
}

void TestGeneSelection::seuratTopZeroKeepsAll() {
    Eigen::MatrixXd counts(2, 4);
    counts << 1, 0, 0, 0, 3, 4, 0, 2;
    QCOMPARE(GeneSelection({0, GeneSelectionFlavor::Seurat}).apply(logOf(counts)).selected(),
             std::vector<int>({0, 1, 2, 3}));
}

void TestGeneSelection::seuratMatchesReferenceCornerCases() {
    // make_fixtures.sh: GENE00000 zero everywhere, GENE00005 alone in the top bin, GENE00011 a
    // copy of GENE00010 with n_top at its rank.
    const std::map<QString, double> o = testdata::genomicsOptions("edges");
    const GeneTable t = GeneSelection::seurat(
        [&] {
            FilteredExpression kept = ExpressionFilter().apply(testdata::genomicsCounts("edges"));
            LibraryNormalization({o.at("target_sum"), true}).apply(kept.values);
            return kept.values;
        }(),
        int(o.at("n_top")));
    QVERIFY(std::isnan(t.dispersions[0]));
    QVERIFY(std::isnan(t.dispersionsNorm[0]));
    QVERIFY(!t.highlyVariable[0]);
    QCOMPARE(t.means[0], std::log1p(1e-12));
    QCOMPARE(t.dispersionsNorm[5], 1.0);
    QVERIFY(t.highlyVariable[5]);
    QCOMPARE(t.dispersionsNorm[10], t.dispersionsNorm[11]);
    QVERIFY(t.highlyVariable[10] && t.highlyVariable[11]);
    QCOMPARE(int(t.selected().size()), int(o.at("n_top")) + 1);
}

void TestGeneSelection::varianceHandComputed() {
    // ddof 1: g0 (1,2,3,4) 5/3; g1 (0,0,0,8) 16; g2 constant 10 -> exactly 0; g3 (0,0,0,1) 1/4.
    Eigen::MatrixXd values(4, 4);
    values << 1, 0, 10, 0, 2, 0, 10, 0, 3, 0, 10, 0, 4, 8, 10, 1;
    const GeneTable t = GeneSelection::variance(SparseMatrix::fromDense(values), 2);
    const double means[] = {2.5, 2.0, 10.0, 0.25};
    const double variances[] = {5.0 / 3.0, 16.0, 0.0, 0.25};
    for (int g = 0; g < 4; ++g) {
        LL_COMPARE_REL(t.means[std::size_t(g)], means[g], 1e-15);
        LL_COMPARE_ABS(t.variances[std::size_t(g)], variances[g],
                       1e-15 * std::max(1.0, variances[g]));
        QVERIFY(std::isnan(t.dispersions[std::size_t(g)]));
        QVERIFY(std::isnan(t.dispersionsNorm[std::size_t(g)]));
    }
    QCOMPARE(t.variances[2], 0.0);
    QCOMPARE(t.selected(), std::vector<int>({0, 1}));
    QCOMPARE(GeneSelection::variance(SparseMatrix::fromDense(values), 3).selected(),
             std::vector<int>({0, 1, 3}));
    QCOMPARE(GeneSelection::variance(SparseMatrix::fromDense(values), 0).selected(),
             std::vector<int>({0, 1, 2, 3}));
}

void TestGeneSelection::varianceBreaksTiesByColumn() {
    Eigen::MatrixXd values(3, 4);
    values << 0, 1, 0, 1, 0, 2, 0, 2, 5, 3, 5, 3;  // g0 = g2, g1 = g3; var(g0) > var(g1)
    const SparseMatrix m = SparseMatrix::fromDense(values);
    QCOMPARE(GeneSelection::variance(m, 1).selected(), std::vector<int>({0}));
    QCOMPARE(GeneSelection::variance(m, 2).selected(), std::vector<int>({0, 2}));
    QCOMPARE(GeneSelection::variance(m, 3).selected(), std::vector<int>({0, 1, 2}));
}

void TestGeneSelection::badOptionsAreErrors() {
    QVERIFY_THROWS_EXCEPTION(ConfigError, GeneSelection({-1, GeneSelectionFlavor::Seurat}));
    QVERIFY_THROWS_EXCEPTION(ConfigError, GeneSelection({10, GeneSelectionFlavor::Seurat, 0}));
    QVERIFY_THROWS_EXCEPTION(DataError, GeneSelection::seurat(SparseMatrix(1, 3), 1));
    // Every dispersion NaN (all genes zero): nothing can be ranked.
    QVERIFY_THROWS_EXCEPTION(DataError, GeneSelection::seurat(SparseMatrix(4, 3), 1));
}

QTEST_APPLESS_MAIN(TestGeneSelection)
#include "tst_geneselection.moc"
