// ExpressionLoader through loadDataset: a 10x folder and a .h5ad of the genomics recipe case's
// counts (written by scipy / anndata) give genomics_pipeline.py's kept cells, kept genes, gene
// scores and normalised values; the small anndata twins match values computed here from
// anndata's own expected.json; labels from obs or a labels file; the counts source.
#include "DatasetLoader.h"
#include "ExpressionExpected.h"
#include "ExpressionLoader.h"
#include "ExpressionSummary.h"
#include "GenomicsFixture.h"
#include "IoErrors.h"
#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <cmath>

using namespace latentlab;

namespace {

DataConfig recipeCase(const QString& input) {
    DataConfig config;
    config.source = DataSource::Csv;
    config.path = testdata::path("genomics/recipe/" + input).toStdString();
    const std::map<QString, double> options = testdata::genomicsOptions("recipe");
    config.minGenes = int(options.at("min_genes"));
    config.minCells = int(options.at("min_cells"));
    config.normalizeTotal = options.at("target_sum");
    config.topGenes = int(options.at("n_top"));
    config.log1p = true;
    return config;
}

QStringList lines(const QString& file) {
    QFile in(testdata::path("genomics/recipe/" + file));
    if (!in.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(in.readAll()).split('\n', Qt::SkipEmptyParts);
}

QString errorOf(const DataConfig& config) {
    try {
        io::loadDataset(config);
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return "(no error)";
}

DataConfig small(const QString& name) {
    DataConfig config;
    config.source = DataSource::Csv;
    config.path = expression::path(name).toStdString();
    config.normalizeTotal = 1e4;
    config.log1p = true;
    return config;
}

}  // namespace

class TestExpressionLoader : public QObject {
    Q_OBJECT
private slots:
    void detectsInputsByContent();
    void tenxMatchesTheReferenceRecipe();
    void h5adTwinGivesTheSameDataset();
    void smallTwinsNormaliseAsComputedHere();
    void obsLabelsWithAMissingValue();
    void labelsFileMatchedByName();
    void countsSourceIsLabelled();
    void tableThroughTheRecipe();
};

void TestExpressionLoader::detectsInputsByContent() {
    using io::InputKind;
    QCOMPARE(io::detectInput(expression::path("tenx_v3").toStdString()), InputKind::Tenx);
    QCOMPARE(io::detectInput(expression::path("tenx_v2/matrix.mtx").toStdString()),
             InputKind::Tenx);
    QCOMPARE(io::detectInput(expression::path("csc_float64.h5ad").toStdString()), InputKind::H5ad);
    QCOMPARE(io::detectInput(testdata::path("iris.csv").toStdString()), InputKind::Table);
    // A name that says .h5ad is read as one, so a missing or non-HDF5 file is reported by the
    // HDF5 reader ("no such file", "not an HDF5 file") rather than as a broken table.
    QCOMPARE(io::detectInput("/no/such/file.h5ad"), InputKind::H5ad);
    QCOMPARE(io::detectInput(expression::path("bad/not_hdf5.h5ad").toStdString()), InputKind::H5ad);
    QCOMPARE(io::detectInput("/no/such/table.csv"), InputKind::Table);
}

void TestExpressionLoader::tenxMatchesTheReferenceRecipe() {
    io::ImportReport report;
    const Dataset data = io::loadDataset(recipeCase("tenx"), &report);
    QVERIFY(data.expression);
    const ExpressionSummary& summary = *data.expression;

    QCOMPARE(expression::texts(data.rowNames), lines("kept_cells.txt"));
    QCOMPARE(expression::texts(summary.geneNames), lines("kept_genes.txt"));
    QCOMPARE(summary.geneIds.front(), std::string("ID00000"));
    QCOMPARE(summary.counts.cellsIn, 300);
    QCOMPARE(summary.counts.cellsKept, 224);
    QCOMPARE(summary.counts.genesIn, 1200);
    QCOMPARE(summary.counts.genesKept, 944);
    QCOMPARE(report.preprocessingSummary(),
             std::string("300 cells \u2192 224 kept; 1,200 genes \u2192 944 \u2192 ") +
                 std::to_string(data.columns()) + " selected");

    // hvg.csv: the reference's scores of every kept gene, in the same order.
    const testdata::CsvTable hvg = testdata::genomicsCsv("recipe", "hvg.csv");
    QCOMPARE(int(hvg.rows.size()), summary.genes.genes());
    QStringList chosen;
    for (std::size_t g = 0; g < hvg.rows.size(); ++g) {
        const QStringList& row = hvg.rows[g];
        QCOMPARE(QString::fromStdString(summary.geneNames[g]), row[0]);
        LL_COMPARE_REL(summary.genes.means[g], testdata::csvNumber(row[1]), 1e-9);
        const double dispersion = testdata::csvNumber(row[2]);
        if (std::isnan(dispersion))
            QVERIFY(std::isnan(summary.genes.dispersions[g]));
        else
            LL_COMPARE_REL(summary.genes.dispersions[g], dispersion, 1e-9);
        QCOMPARE(bool(summary.genes.highlyVariable[g]), testdata::csvNumber(row[4]) == 1.0);
        if (summary.genes.highlyVariable[g]) chosen << row[0];
    }
    QCOMPARE(expression::texts(data.columnNames), chosen);

    // normalized_head.csv: the first kept cells' log-normalised values of every kept gene.
    const testdata::CsvTable head = testdata::genomicsCsv("recipe", "normalized_head.csv");
    QVERIFY(!head.rows.empty());
    int compared = 0;
    for (int c = 0; c < data.columns(); ++c) {
        const int at = int(head.header.indexOf(QString::fromStdString(data.columnNames[c])));
        QVERIFY(at > 0);
        for (std::size_t r = 0; r < head.rows.size(); ++r, ++compared) {
            QCOMPARE(head.rows[r][0], QString::fromStdString(data.rowNames[r]));
            LL_COMPARE_ABS(data.features(Eigen::Index(r), c), testdata::csvNumber(head.rows[r][at]),
                           1e-9);
        }
    }
    QVERIFY(compared > 100);
}

void TestExpressionLoader::h5adTwinGivesTheSameDataset() {
    const Dataset tenx = io::loadDataset(recipeCase("tenx"));
    const Dataset h5ad = io::loadDataset(recipeCase("counts.h5ad"));
    QCOMPARE(h5ad.rowNames, tenx.rowNames);
    QCOMPARE(h5ad.columnNames, tenx.columnNames);
    QCOMPARE(h5ad.features, tenx.features);
    QCOMPARE(h5ad.expression->geneIds.front(), std::string("GENE00000"));  // var index
}

void TestExpressionLoader::smallTwinsNormaliseAsComputedHere() {
    // anndata's values, normalised here: log1p(x / cell total * 1e4).
    const QJsonObject want = expression::expected("tenx_v3");
    const QJsonArray values = want["values"].toArray();
    const int cells = want["shape"][0].toInt(), genes = want["shape"][1].toInt();
    Eigen::MatrixXd expected(cells, genes);
    for (int r = 0; r < cells; ++r) {
        double total = 0;
        for (int g = 0; g < genes; ++g) total += values[r * genes + g].toDouble();
        for (int g = 0; g < genes; ++g) {
            const double x = values[r * genes + g].toDouble();
            expected(r, g) = total > 0 ? std::log1p(x / total * 1e4) : 0.0;
        }
    }
    for (const char* name : {"tenx_v3", "csr_float32_gzip.h5ad"}) {
        DataConfig config = small(name);
        config.labelColumn = "none";
        const Dataset data = io::loadDataset(config);
        QCOMPARE(data.rows(), cells);
        QCOMPARE(expression::texts(data.rowNames), expression::texts(want["cells"]));
        QCOMPARE(expression::texts(data.columnNames), expression::texts(want["gene_names"]));
        QVERIFY(!data.hasLabels());
        for (int r = 0; r < cells; ++r)
            for (int g = 0; g < genes; ++g)
                LL_COMPARE_ABS(data.features(r, g), expected(r, g), 1e-5);
    }
}

void TestExpressionLoader::obsLabelsWithAMissingValue() {
    // obs/cell_type is NaN for AAAGATGG-1.
    DataConfig config = small("csr_float32_gzip.h5ad");
    const QString error = errorOf(config);
    QVERIFY2(error.endsWith("csr_float32_gzip.h5ad: obs/cell_type: 1 of the data's 6 rows have "
                            "no label ('AAAGATGG-1'); label them, or leave them out "
                            "(data.missing = drop)"),
             qPrintable(error));
    config.missing = MissingPolicy::DropRows;
    io::ImportReport report;
    const Dataset data = io::loadDataset(config, &report);
    QCOMPARE(data.rows(), 5);
    QCOMPARE(data.labelColumn, std::string("cell_type"));
    QCOMPARE(expression::texts(data.labelNames), QStringList({"T", "B", "Mono"}));
    QCOMPARE(data.labels, (std::vector<int>{0, 1, 0, 2, 1}));
    QCOMPARE(report.rowsDropped, 1);

    config.labelColumn = "donor";
    QCOMPARE(io::loadDataset(config).classes(), 3);
    config.labelColumn = "species";
    QVERIFY2(errorOf(config).contains("no obs column 'species' for the labels (obs columns: "),
             qPrintable(errorOf(config)));
}

void TestExpressionLoader::labelsFileMatchedByName() {
    DataConfig config = small("tenx_v3");
    config.labelsPath = expression::path("labels_partial.tsv").toStdString();
    QVERIFY2(errorOf(config).contains(": 4 of the data's 6 rows have no label ('AAAGATGG-1', "
                                      "'AACTCAGT-1', 'AAGGCAGC-1'"),
             qPrintable(errorOf(config)));
    config.missing = MissingPolicy::DropRows;
    Dataset data = io::loadDataset(config);
    QCOMPARE(expression::texts(data.rowNames), QStringList({"AAACCTGA-1", "AAACGGGC-1"}));
    QCOMPARE(expression::texts(data.labelNames), QStringList({"T", "B"}));
    QCOMPARE(data.labelColumn, std::string("label"));

    // labels.csv lists every cell, one with an empty label; its column by name.
    config.labelsPath = expression::path("labels.csv").toStdString();
    config.labelColumn = "cell_type";
    data = io::loadDataset(config);
    QCOMPARE(data.rows(), 5);
    QCOMPARE(data.labelColumn, std::string("cell_type"));
    QCOMPARE(data.labels, (std::vector<int>{0, 1, 0, 2, 1}));  // T B T Mono B
}

void TestExpressionLoader::countsSourceIsLabelled() {
    DataConfig config;
    config.source = DataSource::Counts;
    config.counts.cells = 200;
    config.counts.genes = 300;
    config.counts.types = 3;
    config.counts.seed = 5;
    config.normalizeTotal = 1e4;
    config.log1p = true;
    config.topGenes = 50;
    io::ImportReport report;
    const Dataset data = io::loadDataset(config, &report);
    QCOMPARE(data.rows(), 200);
    QVERIFY(data.columns() >= 50 && data.columns() < 60);  // seurat keeps ties
    QCOMPARE(data.labelColumn, std::string("cell_type"));
    QCOMPARE(data.classes(), 3);
    QCOMPARE(report.source, std::string("simulated counts"));
    QCOMPARE(data.expression->counts.genesIn, 300);
    QCOMPARE(data.rowNames.front(), std::string("CELL000000-1"));
}

void TestExpressionLoader::tableThroughTheRecipe() {
    // A CSV stays a plain table unless a recipe option is set.
    DataConfig config;
    config.source = DataSource::Csv;
    config.path = testdata::path("iris.csv").toStdString();
    QVERIFY(!io::loadDataset(config).expression);
    config.topGenes = 2;
    config.geneSelection = GeneSelectionMethod::Variance;
    config.log1p = true;
    const Dataset data = io::loadDataset(config);
    QVERIFY(data.expression);
    QCOMPARE(data.columns(), 2);
    QCOMPARE(data.rows(), 150);
    QCOMPARE(data.classes(), 3);
    QCOMPARE(data.expression->counts.genesIn, 4);
}

QTEST_GUILESS_MAIN(TestExpressionLoader)
#include "tst_expressionloader.moc"
