// The Data panel's recipe controls: every recipe and simulated-counts key survives
// showConfig/applyTo, and each row shows only where it applies (a table, an .h5ad, a 10x
// folder, simulated counts).
#include "DataPanel.h"
#include "TestData.h"
#include "TestMode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QtTest>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

QString recipeFile(const QString& name) { return testdata::path("genomics/recipe/" + name); }

}  // namespace

class TestRecipeControls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { testmode::enter(); }
    void recipeControlsRoundTrip();
    void recipeRowsFollowTheInput();
};

void TestRecipeControls::recipeControlsRoundTrip() {
    DataPanel panel;
    Config config;
    config.data.source = DataSource::Counts;
    config.data.counts = {1234, 567, 7, 0.05, 3.5, 1800.0, 9};
    config.data.minGenes = 150;
    config.data.minCells = 4;
    config.data.normalizeTotal = 5000.0;
    config.data.log1p = true;
    config.data.topGenes = 1500;
    config.data.geneSelection = GeneSelectionMethod::Variance;
    config.data.clip = 8.5;
    config.data.layer = "layers/counts";
    config.data.geneNames = GeneNames::Id;
    config.data.labelsPath = "/tmp/labels.csv";
    panel.showConfig(config);
    Config back;
    panel.applyTo(back);
    const DataConfig& a = config.data;
    const DataConfig& b = back.data;
    QCOMPARE(int(b.source), int(DataSource::Counts));
    QCOMPARE(b.counts.cells, a.counts.cells);
    QCOMPARE(b.counts.genes, a.counts.genes);
    QCOMPARE(b.counts.types, a.counts.types);
    QCOMPARE(b.counts.markerShare, a.counts.markerShare);
    QCOMPARE(b.counts.foldChange, a.counts.foldChange);
    QCOMPARE(b.counts.depth, a.counts.depth);
    QCOMPARE(b.counts.seed, a.counts.seed);
    QCOMPARE(b.minGenes, a.minGenes);
    QCOMPARE(b.minCells, a.minCells);
    QCOMPARE(b.normalizeTotal, a.normalizeTotal);
    QCOMPARE(b.log1p, a.log1p);
    QCOMPARE(b.topGenes, a.topGenes);
    QCOMPARE(int(b.geneSelection), int(a.geneSelection));
    QCOMPARE(b.clip, a.clip);
    QCOMPARE(b.layer, a.layer);
    QCOMPARE(int(b.geneNames), int(a.geneNames));
    QCOMPARE(b.labelsPath, a.labelsPath);
    // And back to the defaults: nothing of the first config sticks.
    panel.showConfig(Config());
    panel.applyTo(back);
    QCOMPARE(back.data.minGenes, 0);
    QCOMPARE(back.data.clip, 0.0);
    QCOMPARE(back.data.layer, std::string("X"));
    QCOMPARE(int(back.data.source), int(DataSource::Blobs));
}

void TestRecipeControls::recipeRowsFollowTheInput() {
    DataPanel panel;
    panel.show();
    const auto shown = [&panel](const char* name) {
        auto* widget = panel.findChild<QWidget*>(QLatin1String(name));
        return widget && widget->isVisible();
    };
    Config config;
    config.data.source = DataSource::Counts;
    panel.showConfig(config);
    QVERIFY(shown("countsCells"));
    QVERIFY(shown("minGenes"));
    QVERIFY(!shown("layer"));
    QVERIFY(!shown("path"));
    config.data.source = DataSource::Csv;
    config.data.path = recipeFile("counts.h5ad").toStdString();
    panel.showConfig(config);
    QVERIFY(!shown("countsCells"));
    QVERIFY(shown("minGenes"));
    QVERIFY(shown("layer"));
    QVERIFY(!shown("geneNames"));
    QVERIFY(!shown("transpose"));
    QVERIFY(shown("labelsPath"));
    // The label column offers an .h5ad's obs columns (the recipe case has none).
    auto* labels = panel.findChild<QComboBox*>(QStringLiteral("labelColumn"));
    QCOMPARE(labels->count(), 2);
    config.data.path = testdata::path("expression/csr_float32_gzip.h5ad").toStdString();
    panel.showConfig(config);
    QVERIFY(labels->findText(QStringLiteral("cell_type")) > 1);
    QVERIFY(labels->findText(QStringLiteral("batch")) > 1);
    config.data.path = recipeFile("tenx").toStdString();
    panel.showConfig(config);
    QVERIFY(shown("geneNames"));
    QVERIFY(!shown("layer"));
    config.data.path = testdata::path("iris.csv").toStdString();
    panel.showConfig(config);
    QVERIFY(!shown("minGenes"));
    QVERIFY(shown("transpose"));
    QVERIFY(shown("labelsPath"));
}

QTEST_MAIN(TestRecipeControls)
#include "tst_recipecontrols.moc"
