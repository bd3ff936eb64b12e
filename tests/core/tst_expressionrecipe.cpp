// The single-cell recipe against genomics_pipeline.py's dumps (tests/data/genomics, made by
// make_fixtures.sh): kept cells and genes, normalize_total + log1p, the seurat gene table
// and choice, z-score + clip, PCA's explained variance. Independent of our own output.
#include "Errors.h"
#include "ExpressionRecipe.h"
#include "GenomicsFixture.h"
#include "Pca.h"
#include "TestData.h"

#include <QJsonArray>
#include <cmath>

using namespace latentlab;

namespace {

ExpressionRecipeOptions optionsOf(const QString& caseName) {
    std::map<QString, double> o = testdata::genomicsOptions(caseName);
    ExpressionRecipeOptions options;
    options.filter.minGenes = int(o["min_genes"]);
    options.filter.minCells = int(o["min_cells"]);
    options.normalization.targetSum = o["target_sum"];
    options.normalization.log1p = true;
    options.selection.topGenes = int(o["n_top"]);
    options.selection.flavor = GeneSelectionFlavor::Seurat;
    options.clip = o["max_value"];
    return options;
}

/// Relative difference, or the absolute one where the expected value is below `floor`
/// (a relative error means nothing for a value that is zero up to rounding).
double difference(double actual, double expected, double floor) {
    const double d = std::abs(actual - expected);
    return std::abs(expected) > floor ? d / std::abs(expected) : d;
}

}  // namespace

class TestExpressionRecipe : public QObject {
    Q_OBJECT
    static void cases_data();

private slots:
    void keptCellsAndGenes_data() { cases_data(); }
    void keptCellsAndGenes();
    void normalizedHead_data() { cases_data(); }
    void normalizedHead();
    void geneTable_data() { cases_data(); }
    void geneTable();
    void scaledHead_data() { cases_data(); }
    void scaledHead();
    void pcaExplainedVariance_data() { cases_data(); }
    void pcaExplainedVariance();
    void filterHandComputed();
    void normalizationHandComputed();
    void varianceRecipeOnAFinalScaleTable();
    void countsForMetrics();
    void filtersLeavingTooLittleAreErrors();
};

void TestExpressionRecipe::cases_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("recipe") << "recipe";  // filters active, clip 10
    QTest::newRow("edges") << "edges";    // NaN dispersions, a one-gene bin, a tie at the cut
}

void TestExpressionRecipe::keptCellsAndGenes() {
    QFETCH(QString, name);
    const FilteredExpression kept =
        ExpressionFilter(optionsOf(name).filter).apply(testdata::genomicsCounts(name));
    QCOMPARE(kept.keptCells, testdata::genomicsIndices(name, "kept_cells.txt"));
    QCOMPARE(kept.keptGenes, testdata::genomicsIndices(name, "kept_genes.txt"));
    QCOMPARE(kept.values.rows(), int(kept.keptCells.size()));
    QCOMPARE(kept.values.columns(), int(kept.keptGenes.size()));
}

void TestExpressionRecipe::normalizedHead() {
    QFETCH(QString, name);
    const ExpressionRecipeOptions options = optionsOf(name);
    FilteredExpression kept =
        ExpressionFilter(options.filter).apply(testdata::genomicsCounts(name));
    LibraryNormalization(options.normalization).apply(kept.values);
    const testdata::CsvTable head = testdata::genomicsCsv(name, "normalized_head.csv");
    QCOMPARE(head.header.size() - 1, qsizetype(kept.values.columns()));
    const Eigen::MatrixXd dense = kept.values.toDense();
    double largest = 0.0;
    for (std::size_t r = 0; r < head.rows.size(); ++r)
        for (int c = 0; c < kept.values.columns(); ++c) {
            const double expected = testdata::csvNumber(head.rows[r][c + 1]);
            if (expected == 0.0) QCOMPARE(dense(Eigen::Index(r), c), 0.0);
            largest = std::max(largest, difference(dense(Eigen::Index(r), c), expected, 0.0));
            LL_COMPARE_REL(dense(Eigen::Index(r), c), expected, 1e-12);
        }
    qInfo("%s: normalized head, largest relative difference %.3g", qPrintable(name), largest);
}

void TestExpressionRecipe::geneTable() {
    QFETCH(QString, name);
    const PreparedExpression prepared =
        ExpressionRecipe(optionsOf(name)).run(testdata::genomicsCounts(name));
    const testdata::CsvTable hvg = testdata::genomicsCsv(name, "hvg.csv");
    QCOMPARE(hvg.header,
             QStringList({"gene", "means", "dispersions", "dispersions_norm", "highly_variable"}));
    QCOMPARE(hvg.rows.size(), std::size_t(prepared.genes.genes()));
    const std::vector<const std::vector<double>*> columns = {
        &prepared.genes.means, &prepared.genes.dispersions, &prepared.genes.dispersionsNorm};
    double largest[3] = {0.0, 0.0, 0.0};
    std::vector<int> expectedChoice;
    for (std::size_t g = 0; g < hvg.rows.size(); ++g) {
        const QStringList& row = hvg.rows[g];
        QCOMPARE(prepared.genes.gene[g], testdata::nameIndex(row[0]));
        for (int c = 0; c < 3; ++c) {
            const double expected = testdata::csvNumber(row[c + 1]);
            const double actual = (*columns[std::size_t(c)])[g];
            QCOMPARE(std::isnan(actual), std::isnan(expected));
            if (std::isnan(expected)) continue;
            largest[c] = std::max(largest[c], difference(actual, expected, 1e-6));
            LL_COMPARE_REL(actual, expected, 1e-9);
        }
        if (row[4] == QLatin1String("True")) expectedChoice.push_back(prepared.genes.gene[g]);
    }
    QCOMPARE(prepared.selectedGenes, expectedChoice);
    qInfo("%s: largest relative differences: means %.3g, dispersions %.3g, norm %.3g; %zu chosen",
          qPrintable(name), largest[0], largest[1], largest[2], expectedChoice.size());
}

void TestExpressionRecipe::scaledHead() {
    QFETCH(QString, name);
    const ExpressionRecipeOptions options = optionsOf(name);
    const PreparedExpression prepared =
        ExpressionRecipe(options).run(testdata::genomicsCounts(name));
    const testdata::CsvTable head = testdata::genomicsCsv(name, "scaled_head.csv");
    QCOMPARE(head.header.size() - 1, qsizetype(prepared.matrix.cols()));
    for (int c = 0; c < prepared.matrix.cols(); ++c)
        QCOMPARE(prepared.selectedGenes[std::size_t(c)], testdata::nameIndex(head.header[c + 1]));
    // z-scores are O(1): relative 1e-9 above 1, absolute 1e-9 below (a value near 0 is
    // the difference of two close numbers, and its relative error means nothing).
    double largest = 0.0;
    int clipped = 0;
    for (std::size_t r = 0; r < head.rows.size(); ++r)
        for (int c = 0; c < prepared.matrix.cols(); ++c) {
            const double expected = testdata::csvNumber(head.rows[r][c + 1]);
            const double actual = prepared.matrix(Eigen::Index(r), c);
            if (std::abs(expected) == options.clip) {
                QCOMPARE(actual, expected);
                ++clipped;
            }
            largest = std::max(largest, difference(actual, expected, 1.0));
            LL_COMPARE_ABS(actual, expected, 1e-9 * std::max(1.0, std::abs(expected)));
        }
    const Eigen::Index clippedAnywhere = (prepared.matrix.array().abs() == options.clip).count();
    QVERIFY2(clippedAnywhere > 0, "the fixture should exercise the clip");
    QVERIFY(prepared.matrix.cwiseAbs().maxCoeff() <= options.clip);
    qInfo(
        "%s: scaled head, largest difference (relative above 1) %.3g; %d clipped in the "
        "head, %d in all",
        qPrintable(name), largest, clipped, int(clippedAnywhere));
}

void TestExpressionRecipe::pcaExplainedVariance() {
    QFETCH(QString, name);
    const std::map<QString, double> o = testdata::genomicsOptions(name);
    const PreparedExpression prepared =
        ExpressionRecipe(optionsOf(name)).run(testdata::genomicsCounts(name));
    const QJsonObject expected = testdata::json("genomics/" + name + "/pca.json");
    const Eigen::VectorXd variance = testdata::vector(expected["explained_variance"]);
    const Eigen::VectorXd ratio = testdata::vector(expected["explained_variance_ratio"]);
    QCOMPARE(variance.size(), Eigen::Index(o.at("pcs")));
    Pca pca(int(variance.size()));
    const Eigen::MatrixXd scores = pca.fitTransform(prepared.matrix);
    double largest = 0.0;
    for (Eigen::Index j = 0; j < variance.size(); ++j) {
        largest = std::max(largest, difference(pca.explainedVariance()(j), variance(j), 0.0));
        LL_COMPARE_REL(pca.explainedVariance()(j), variance(j), 1e-6);
        LL_COMPARE_REL(pca.explainedVarianceRatio()(j), ratio(j), 1e-6);
    }
    // Scores up to sign, for the leading components (well separated eigenvalues).
    const Eigen::MatrixXd head = testdata::matrix(expected["scores_head"]);
    for (Eigen::Index j = 0; j < 3; ++j) {
        const double sign = scores.col(j).head(head.rows()).dot(head.col(j)) < 0 ? -1.0 : 1.0;
        for (Eigen::Index r = 0; r < head.rows(); ++r)
            LL_COMPARE_ABS(sign * scores(r, j), head(r, j),
                           1e-6 * head.col(j).cwiseAbs().maxCoeff());
    }
    qInfo("%s: PCA-%d explained variance, largest relative difference %.3g", qPrintable(name),
          int(variance.size()), largest);
}

void TestExpressionRecipe::filterHandComputed() {
    // Genes per cell 2, 1, 3, 0; with min_genes 2 cells 0 and 2 stay; in them the genes are
    // detected 2, 0, 1, 2 times; min_cells 2 keeps genes 0 and 3.
    Eigen::MatrixXd counts(4, 4);
    counts << 1, 0, 0, 2,  //
        0, 0, 5, 0,        //
        3, 0, 1, 4,        //
        0, 0, 0, 0;
    const FilteredExpression kept = ExpressionFilter({2, 2}).apply(SparseMatrix::fromDense(counts));
    QCOMPARE(kept.keptCells, std::vector<int>({0, 2}));
    QCOMPARE(kept.keptGenes, std::vector<int>({0, 3}));
    Eigen::MatrixXd expected(2, 2);
    expected << 1, 2, 3, 4;
    QCOMPARE(kept.values.toDense(), expected);
    const FilteredExpression all = ExpressionFilter().apply(SparseMatrix::fromDense(counts));
    QCOMPARE(all.keptCells.size(), std::size_t(4));
    QCOMPARE(all.keptGenes.size(), std::size_t(4));  // 0 = off: even the empty gene stays
    QCOMPARE(ExpressionFilter::nonZerosPerColumn(SparseMatrix::fromDense(counts)),
             std::vector<int>({2, 0, 2, 2}));
}

void TestExpressionRecipe::normalizationHandComputed() {
    // Row (1, 3) to 10: (2.5, 7.5), then log1p; the empty row stays empty (no 0 / 0).
    Eigen::MatrixXd counts(2, 2);
    counts << 1, 3, 0, 0;
    SparseMatrix m = SparseMatrix::fromDense(counts);
    QCOMPARE(LibraryNormalization::rowTotals(m), std::vector<double>({4.0, 0.0}));
    LibraryNormalization({10.0, true}).apply(m);
    QCOMPARE(m.values, std::vector<double>({std::log1p(2.5), std::log1p(7.5)}));
    QCOMPARE(m.nonZeros(), std::int64_t(2));
    SparseMatrix scaledOnly = SparseMatrix::fromDense(counts);
    LibraryNormalization({10.0, false}).apply(scaledOnly);
    QCOMPARE(scaledOnly.values, std::vector<double>({2.5, 7.5}));
    SparseMatrix logOnly = SparseMatrix::fromDense(counts);
    LibraryNormalization({0.0, true}).apply(logOnly);
    QCOMPARE(logOnly.values, std::vector<double>({std::log1p(1.0), std::log1p(3.0)}));
    QVERIFY_THROWS_EXCEPTION(ConfigError, LibraryNormalization({-1.0, true}));
}

void TestExpressionRecipe::varianceRecipeOnAFinalScaleTable() {
    // A microarray-like table: no normalisation, no log, the 2 most variable columns
    // (ddof-1 variances 2/3, 16, 0, 4/3 -> columns 1 and 3), then with and without z-score.
    Eigen::MatrixXd table(4, 4);
    table << 7, 0, 5, 1, 8, 0, 5, 3, 9, 0, 5, 1, 8, 8, 5, 3;
    ExpressionRecipeOptions options;
    options.normalization = {0.0, false};
    options.selection = {2, GeneSelectionFlavor::Variance};
    options.zscore = false;
    const PreparedExpression raw = ExpressionRecipe(options).run(SparseMatrix::fromDense(table));
    QCOMPARE(raw.selectedGenes, std::vector<int>({1, 3}));
    QCOMPARE(raw.matrix, table(Eigen::all, std::vector<int>{1, 3}).eval());
    LL_COMPARE_REL(raw.genes.variances[1], 16.0, 1e-15);
    QVERIFY(std::isnan(raw.genes.dispersions[1]));
    options.zscore = true;
    options.clip = 1.5;
    const PreparedExpression scaled = ExpressionRecipe(options).run(SparseMatrix::fromDense(table));
    // Column 1 (0, 0, 0, 8): mean 2, population sd sqrt(12) -> last value 6 / sqrt(12) = 1.73,
    // clipped to 1.5; the others -2 / sqrt(12) = -0.577.
    QCOMPARE(scaled.matrix(3, 0), 1.5);
    LL_COMPARE_REL(scaled.matrix(0, 0), -2.0 / std::sqrt(12.0), 1e-15);
    LL_COMPARE_REL(scaled.matrix(0, 1), -1.0, 1e-15);  // column 3: (1, 3, 1, 3), sd 1
}

void TestExpressionRecipe::countsForMetrics() {
    const PreparedExpression prepared =
        ExpressionRecipe(optionsOf("recipe")).run(testdata::genomicsCounts("recipe"));
    const std::vector<int> cells = testdata::genomicsIndices("recipe", "kept_cells.txt");
    const std::vector<int> genes = testdata::genomicsIndices("recipe", "kept_genes.txt");
    QCOMPARE(prepared.counts.cellsIn, 300);
    QCOMPARE(prepared.counts.genesIn, 1200);
    QCOMPARE(prepared.counts.cellsKept, int(cells.size()));
    QCOMPARE(prepared.counts.genesKept, int(genes.size()));
    QCOMPARE(prepared.counts.genesSelected, 300);
    QVERIFY(prepared.counts.cellsKept < prepared.counts.cellsIn);
    QVERIFY(prepared.counts.genesKept < prepared.counts.genesIn);
    QCOMPARE(prepared.keptCells, cells);
    QCOMPARE(prepared.keptGenes, genes);
    QCOMPARE(prepared.matrix.rows(), Eigen::Index(cells.size()));
    QCOMPARE(prepared.matrix.cols(), Eigen::Index(300));
}

void TestExpressionRecipe::filtersLeavingTooLittleAreErrors() {
    ExpressionRecipeOptions options;
    options.filter.minGenes = 100000;
    QVERIFY_THROWS_EXCEPTION(DataError,
                             ExpressionRecipe(options).run(testdata::genomicsCounts("edges")));
    options.filter.minGenes = 0;
    options.filter.minCells = 100000;
    QVERIFY_THROWS_EXCEPTION(DataError,
                             ExpressionRecipe(options).run(testdata::genomicsCounts("edges")));
    options.filter.minCells = 0;
    const SparseMatrix withNaN = SparseMatrix::fromTriplets(3, 2, {{0, 0, 1.0}, {2, 1, NAN}});
    try {
        ExpressionRecipe(options).run(withNaN);
        QFAIL("a NaN count was accepted");
    } catch (const DataError& e) {
        QCOMPARE(QString(e.what()), QString("cell 3, gene 2: the value is not a finite number"));
    }
    options.filter.minCells = -1;
    QVERIFY_THROWS_EXCEPTION(ConfigError, ExpressionRecipe{options});
    options.filter.minCells = 0;
    options.clip = -1.0;
    QVERIFY_THROWS_EXCEPTION(ConfigError, ExpressionRecipe{options});
}

QTEST_APPLESS_MAIN(TestExpressionRecipe)
#include "tst_expressionrecipe.moc"
