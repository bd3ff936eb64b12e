// The smaller views: metrics table (rows, tooltips, better-value marking, formatting),
// confusion matrix and silhouette plot (clusters in their
// matched labels' colours), variance bars and the export helpers on non-chart widgets.
// The palette and the number formats have their own tests in tests/report.
#include "ChartExport.h"
#include "ConfusionMatrixView.h"
#include "DataTab.h"
#include "MetricFormat.h"
#include "MetricsTableView.h"
#include "NiceScale.h"
#include "Palette.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"
#include "ViewTestData.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>
#include <cmath>
#include <set>

using namespace latentlab;
using namespace latentlab::gui;

class TestViews : public QObject {
    Q_OBJECT
private slots:
    void metricsTableHasOneRowPerCatalogEntry();
    void metricsTableMarksTheBetterValue();
    void metricsTableShowsSampledSilhouettes();
    void metricsTableCsv();
    void metricsTableHasAColumnPerMethod();
    void metricsTableWidthIgnoresTheValues();
    void metricsTableScrollsRatherThanSqueezes();
    void confusionMatrixRendersAndOrdersColumns();
    void silhouettePlotRendersAndSkipsNaN();
    void clustersWearTheColoursOfTheirLabels();
    void axisTicksUseTheSharedFormat();
    void varianceBarsRender();
    void exportsOfPaintedViewsAreValid();
    void dataTabStatisticsArriveFromAWorker();
};

namespace {

int rowOf(const char* key) {
    const auto& catalog = metricCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (std::string(catalog[i].key) == key) return int(i);
    return -1;
}

MethodMetrics handMadePca() {
    MethodMetrics m;
    m.reconstructionMse = 0.020;
    m.inertia = 1500.0;
    m.inertiaOverTss = 0.10;
    m.silhouetteLatent = 0.60;
    m.silhouetteInput = 0.45;
    m.ari = 0.70;
    m.nmi = 0.80;
    m.calinskiHarabasz = 52000.0;
    m.daviesBouldin = 0.55;
    m.trustworthiness = 0.95;
    m.seconds = 0.0312;
    return m;
}

MethodMetrics handMadeAutoencoder() {
    MethodMetrics m = handMadePca();
    m.reconstructionMse = 0.012;  // lower is better: AE wins
    m.ari = 0.65;                 // higher is better: PCA wins
    m.daviesBouldin = 0.70;       // lower is better: PCA wins
    m.silhouetteLatent = 0.72;    // higher is better: AE wins
    m.nmi = 0.80;                 // tie: nobody marked
    m.finalLoss = 0.0118;         // only the AE has it: nobody marked
    m.seconds = 4.5;
    return m;
}

bool isMarked(QTableWidget* table, int row, int column) {
    return table->item(row, column)->font().bold();
}

}  // namespace

void TestViews::metricsTableHasOneRowPerCatalogEntry() {
    MetricsTableView view;
    view.setMetrics({handMadePca(), handMadeAutoencoder()});
    QTableWidget* table = view.table();
    QCOMPARE(table->rowCount(), int(metricCatalog().size()));
    QCOMPARE(table->columnCount(), 3);
    for (int row = 0; row < table->rowCount(); ++row) {
        const MetricInfo& info = metricCatalog()[std::size_t(row)];
        QVERIFY(table->verticalHeaderItem(row)->text().startsWith(QString::fromUtf8(info.label)));
        const QString tip = table->item(row, 0)->toolTip();
        QVERIFY(tip.contains(QString::fromUtf8(info.description).trimmed().toHtmlEscaped()));
        QVERIFY(tip.contains(MetricFormat::whereComputed(info.space)));  // its own paragraph
        QVERIFY(tip.contains(info.higherIsBetter ? QStringLiteral("Higher is better")
                                                 : QStringLiteral("Lower is better")));
        QCOMPARE(table->verticalHeaderItem(row)->toolTip(), tip);
    }
    QCOMPARE(table->item(rowOf("seconds"), 0)->text(), QStringLiteral("0.03"));
    QCOMPARE(table->item(rowOf("seconds"), 1)->text(), QStringLiteral("4.50"));
    QCOMPARE(table->item(rowOf("final_loss"), 0)->text(), QStringLiteral("\u2014"));
    QCOMPARE(table->item(rowOf("reconstruction_mse"), 2)->text(), QStringLiteral("\u22120.008000"));
}

void TestViews::metricsTableMarksTheBetterValue() {
    MetricsTableView view;
    view.setMetrics({handMadePca(), handMadeAutoencoder()});
    QTableWidget* table = view.table();
    const int mse = rowOf("reconstruction_mse");  // lower is better, AE lower
    QCOMPARE(view.betterColumn(mse), view.valueColumn("autoencoder"));
    QVERIFY(isMarked(table, mse, 1) && !isMarked(table, mse, 0));
    const int ari = rowOf("ari");  // higher is better, PCA higher
    QCOMPARE(view.betterColumn(ari), view.valueColumn("pca"));
    QVERIFY(isMarked(table, ari, 0) && !isMarked(table, ari, 1));
    const int db = rowOf("davies_bouldin");  // lower is better, PCA lower
    QCOMPARE(view.betterColumn(db), view.valueColumn("pca"));
    QVERIFY(table->item(db, 0)->background().style() != Qt::NoBrush);
    const int sil = rowOf("silhouette_latent");  // higher is better, AE higher
    QCOMPARE(view.betterColumn(sil), view.valueColumn("autoencoder"));
    QCOMPARE(view.betterColumn(rowOf("nmi")), -1);         // tie
    QCOMPARE(view.betterColumn(rowOf("final_loss")), -1);  // NaN on one side
    // Inertia differs but is in each space's own units: never ranked.
    MethodMetrics larger = handMadeAutoencoder();
    larger.inertia = 2.0 * handMadePca().inertia;
    view.setMetrics({handMadePca(), larger});
    QCOMPARE(view.betterColumn(rowOf("inertia")), -1);
    QVERIFY(!isMarked(table, rowOf("inertia"), 0) && !isMarked(table, rowOf("inertia"), 1));
    view.setMetrics({handMadePca(), handMadeAutoencoder()});
    QVERIFY(!isMarked(table, rowOf("nmi"), 0) && !isMarked(table, rowOf("nmi"), 1));
    view.clear();
    QCOMPARE(view.betterColumn(mse), -1);
    QVERIFY(!isMarked(table, mse, 1));
    QCOMPARE(table->item(mse, 1)->text(), QStringLiteral("\u2014"));
}

void TestViews::metricsTableShowsSampledSilhouettes() {
    MethodMetrics pca = handMadePca();
    pca.silhouetteSampleSize = 10000;
    pca.silhouetteLatent = 0.5121;
    pca.silhouetteLatentCi = 0.0061;
    MetricsTableView view;
    view.setMetrics({pca, handMadeAutoencoder()});
    QCOMPARE(view.table()->item(rowOf("silhouette_latent"), 0)->text(),
             QStringLiteral("0.512 \u00b1 0.006 (n = 10,000)"));
}

void TestViews::metricsTableCsv() {
    MetricsTableView view;
    view.setMetrics({handMadePca(), handMadeAutoencoder()});
    const QStringList lines = view.toCsv().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), int(metricCatalog().size()) + 1);
    QCOMPARE(lines[0], QStringLiteral("metric,label,pca,autoencoder,difference,higher_is_better"));
    QVERIFY(lines[1 + rowOf("final_loss")].startsWith(
        QStringLiteral("final_loss,Final training loss,,0.0118")));
}

void TestViews::metricsTableHasAColumnPerMethod() {
    // Four methods against the PCA baseline: four value columns, three differences.
    MetricsTableView view;
    view.setMethods({"pca", "autoencoder", "umap", "tsne"}, "pca");
    MethodMetrics umap = handMadeAutoencoder(), tsne = handMadeAutoencoder();
    umap.ari = 0.99;
    tsne.ari = 0.5;
    tsne.klDivergence = 1.25;
    view.setMetrics({handMadePca(), handMadeAutoencoder(), umap, tsne});
    QTableWidget* table = view.table();
    QCOMPARE(table->columnCount(), 7);
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c)
        headers << table->horizontalHeaderItem(c)->text();
    QCOMPARE(headers, (QStringList{"PCA", "AE", "UMAP", "t-SNE", "AE \u2212 PCA", "UMAP \u2212 PCA",
                                   "t-SNE \u2212 PCA"}));
    QCOMPARE(view.valueColumn("umap"), 2);
    QCOMPARE(view.differenceColumn("tsne"), 6);
    QCOMPARE(view.differenceColumn("pca"), -1);
    // The best of four is marked, the others not.
    const int ari = rowOf("ari");
    QCOMPARE(view.betterColumn(ari), view.valueColumn("umap"));
    QVERIFY(isMarked(table, ari, 2) && !isMarked(table, ari, 0));
    QCOMPARE(table->item(ari, view.differenceColumn("umap"))->text(),
             MetricFormat::difference(0.99 - handMadePca().ari));
    const QStringList lines = view.toCsv().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines[0],
             QStringLiteral("metric,label,pca,autoencoder,umap,tsne,autoencoder_minus_pca,"
                            "umap_minus_pca,tsne_minus_pca,higher_is_better"));
    // Another baseline moves the differences, not the methods.
    view.setMethods({"pca", "autoencoder", "umap", "tsne"}, "umap");
    QCOMPARE(view.differenceColumn("pca"), 4);
    QCOMPARE(view.differenceColumn("umap"), -1);
}

void TestViews::metricsTableWidthIgnoresTheValues() {
    // Two runs whose values differ in every digit count: the table keeps its width, so the
    // loss chart beside it does not move between runs.
    MetricsTableView view;
    view.setMetrics({handMadePca(), handMadeAutoencoder()});
    const int width = view.sizeHint().width();
    QList<int> columns;
    for (int c = 0; c < 3; ++c) columns << view.table()->columnWidth(c);
    MethodMetrics wide = handMadePca();
    wide.inertia = 123456.7;
    wide.calinskiHarabasz = 987654.3;
    wide.reconstructionMse = 0.000123;
    wide.seconds = 123.45;
    MethodMetrics narrow = handMadeAutoencoder();
    narrow.inertia = 0.5;
    narrow.calinskiHarabasz = 2.0;
    view.setMetrics({wide, narrow});
    QCOMPARE(view.sizeHint().width(), width);
    for (int c = 0; c < 3; ++c) QCOMPARE(view.table()->columnWidth(c), columns[c]);
    view.clear();
    QCOMPARE(view.sizeHint().width(), width);
    // No value is cut: each fits its column.
    view.setMetrics({wide, narrow});
    QFont bold = view.table()->font();
    bold.setBold(true);
    for (int row = 0; row < view.table()->rowCount(); ++row)
        for (int c = 0; c < 3; ++c)
            QVERIFY(QFontMetrics(bold).horizontalAdvance(view.table()->item(row, c)->text()) <
                    view.table()->columnWidth(c));
}

void TestViews::metricsTableScrollsRatherThanSqueezes() {
    MetricsTableView view;
    view.setMetrics({handMadePca(), handMadeAutoencoder()});
    // Rows no method has (t-SNE's KL, Leiden's modularity under k-means) are hidden; the
    // label metrics stay even without a value.
    const auto rowOf = [](const char* key) {
        for (std::size_t r = 0; r < metricCatalog().size(); ++r)
            if (std::string(metricCatalog()[r].key) == key) return int(r);
        return -1;
    };
    QVERIFY(view.table()->isRowHidden(rowOf("kl_divergence")));
    QVERIFY(view.table()->isRowHidden(rowOf("modularity")));
    QVERIFY(!view.table()->isRowHidden(rowOf("final_loss")));
    QVERIFY(!view.table()->isRowHidden(rowOf("ari")));
    QTableWidget* table = view.table();
    const int readable = table->fontMetrics().height();
    view.resize(view.sizeHint().width(), 160);  // a laptop's strip
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.minimumSizeHint().height() <= 160);
    QVERIFY(table->verticalScrollBar()->maximum() > 0);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(table->isRowHidden(row) || table->rowHeight(row) > readable);
    // Room for every row: they share the height, none scrolls, none is left empty below.
    view.resize(view.sizeHint());
    QCoreApplication::processEvents();
    QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    const int last = table->rowCount() - 1;
    const int bottom = table->rowViewportPosition(last) + table->rowHeight(last);
    QVERIFY2(
        table->viewport()->height() - bottom <= table->rowCount(),
        qPrintable(
            QStringLiteral("%1 px below the last row").arg(table->viewport()->height() - bottom)));
    // Exports show every row, whatever the view's height: the same image from a short view.
    const QImage fromFull = ChartExport::toImage(&view, 1.0);
    view.resize(view.sizeHint().width(), 160);
    QCoreApplication::processEvents();
    QVERIFY(table->verticalScrollBar()->maximum() > 0);
    QCOMPARE(ChartExport::toImage(&view, 1.0), fromFull);
}

void TestViews::confusionMatrixRendersAndOrdersColumns() {
    Eigen::MatrixXi counts(3, 3);
    counts << 0, 90, 10,  //
        5, 0, 95,         //
        100, 0, 0;
    ConfusionMatrixView view;
    view.resize(520, 360);
    view.setMatrix(counts, {"a", "b", "c"}, QStringLiteral("PCA + k-means"));
    QCOMPARE(view.columnOrder(), (std::vector<int>{1, 2, 0}));  // a diagonal
    const QImage image = ChartExport::toImage(&view, 1.0);
    QVERIFY(viewtest::nonBackgroundPixels(image) > 20000);
    // The darkest cells (whole rows in one cluster) print their counts in white.
    QVERIFY(viewtest::pixelsNear(image, Qt::white, 10) > 100);
}

void TestViews::silhouettePlotRendersAndSkipsNaN() {
    const auto& e = viewtest::seedBlobs();
    Eigen::VectorXd values(e.latent.rows());
    for (Eigen::Index i = 0; i < values.size(); ++i)  // a stand-in shape, NaN for every 3rd row
        values(i) = i % 3 == 0 ? std::nan("") : 1.0 - 1.2 * double(i % 97) / 97.0;
    SilhouettePlotView view;
    view.resize(560, 480);
    view.setSilhouettes(values, e.clustering.labels, QStringLiteral("PCA"));
    QCOMPARE(view.sampleCount(), 20000);
    QCOMPARE(view.clusterCount(), 8);
    const QImage image = ChartExport::toImage(&view, 1.0);
    QVERIFY(viewtest::paletteColoursPresent(image, 8, 200) >= 8);
}

void TestViews::clustersWearTheColoursOfTheirLabels() {
    // The picture: cluster 3 holds label 0, so its column comes first and its swatch
    // is label 0's colour, not cluster 3's own. Cluster 1 holds no label's majority (k = 4 >
    // 3 labels): it gets a colour no label uses.
    Eigen::MatrixXi counts(3, 4);
    counts << 2, 0, 0, 95,  //
        90, 3, 1, 0,        //
        0, 4, 80, 5;
    ConfusionMatrixView matrix;
    matrix.resize(560, 360);
    matrix.setMatrix(counts, {"a", "b", "c"}, QStringLiteral("PCA"));
    QCOMPARE(matrix.columnOrder(), (std::vector<int>{3, 0, 2, 1}));
    const ClusterMatching& matching = matrix.matching();
    QCOMPARE(matching.styleIndex(3), 0);
    QCOMPARE(matching.styleIndex(0), 1);
    QCOMPARE(matching.styleIndex(2), 2);
    QCOMPARE(matching.styleIndex(1), 3);
    const QColor background = matrix.palette().color(QPalette::Base);
    const QImage image = ChartExport::toImage(&matrix, 1.0);
    // Colour 3 is on no row: only the unmatched cluster's swatch can show it.
    QVERIFY(viewtest::pixelsNear(image, Palette::color(3, background), 12) > 20);
    QCOMPARE(viewtest::pixelsNear(image, Palette::color(4, background), 12), 0);

    // The silhouette blocks: in the matrix's column order, in the same colours.
    std::vector<int> clusters;
    Eigen::VectorXd values(400);
    for (int i = 0; i < 400; ++i) {
        clusters.push_back(i % 4);
        values(i) = 0.2 + 0.5 * double(i % 7) / 7.0;
    }
    SilhouettePlotView silhouettes;
    silhouettes.resize(520, 460);
    silhouettes.setSilhouettes(values, clusters, QStringLiteral("PCA"), matching);
    QCOMPARE(silhouettes.blockOrder(), matrix.columnOrder());
    const QImage bars = ChartExport::toImage(&silhouettes, 1.0);
    for (int style = 0; style < 4; ++style)
        QVERIFY2(viewtest::pixelsNear(bars, Palette::color(style, background), 12) > 500,
                 qPrintable(QString::number(style)));
    QCOMPARE(viewtest::pixelsNear(bars, Palette::color(4, background), 12), 0);
    // Without labels, clusters keep their own order and colours.
    silhouettes.setSilhouettes(values, clusters, QStringLiteral("PCA"));
    QCOMPARE(silhouettes.blockOrder(), (std::vector<int>{0, 1, 2, 3}));
}

void TestViews::axisTicksUseTheSharedFormat() {
    const QString minus(QChar(0x2212));
    QCOMPARE(NiceScale::label(-0.5, 1), minus + QStringLiteral("0.5"));
    QCOMPARE(NiceScale::label(-0.04, 1), QStringLiteral("0.0"));  // never "−0.0"
    QCOMPARE(NiceScale::label(-2000.0, 0), minus + QStringLiteral("2,000"));
    // A category axis gets the shared format on every tick, the lowest one included.
    QCategoryAxis axis;
    const NiceRange range = NiceScale::around(-2345.0, 36718.0, 6);
    NiceScale::apply(&axis, range);
    const QStringList labels = axis.categoriesLabels();
    QCOMPARE(labels.size(), range.ticks);
    QCOMPARE(labels.first(), minus + QStringLiteral("10,000"));
    QVERIFY(labels.contains(QStringLiteral("0")));
    QCOMPARE(labels.last(), QStringLiteral("40,000"));
    for (const QString& label : labels)
        QVERIFY2(!label.contains(QLatin1Char('-')), qPrintable(label));
    // A plain value axis can only take a printf format: it groups thousands at least.
    QValueAxis values;
    NiceScale::apply(&values, range);
    QCOMPARE(values.labelFormat(), QStringLiteral("%'.0f"));
    QCOMPARE(QString::asprintf(values.labelFormat().toLatin1().constData(), 36718.0),
             QStringLiteral("36,718"));
}

void TestViews::varianceBarsRender() {
    VarianceBarsView view;
    view.resize(560, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setExplainedVarianceRatio(viewtest::seedBlobs().varianceRatio);
    QCOMPARE(view.barCount(), int(viewtest::seedBlobs().varianceRatio.size()));
    const QImage image = ChartExport::toImage(&view, 1.0);
    QVERIFY(viewtest::pixelsNear(image, Palette::color(0), 10) > 2000);
}

void TestViews::exportsOfPaintedViewsAreValid() {
    QTemporaryDir dir;
    ConfusionMatrixView confusion;
    confusion.resize(480, 340);
    Eigen::MatrixXi counts = Eigen::MatrixXi::Identity(4, 4) * 50;
    confusion.setMatrix(counts, {"w", "x", "y", "z"}, QStringLiteral("test"));
    MetricsTableView table;
    table.setMetrics({handMadePca(), handMadeAutoencoder()});
    for (QWidget* view : {static_cast<QWidget*>(&confusion), static_cast<QWidget*>(&table)}) {
        QString error;
        const QString png = dir.filePath(view->metaObject()->className() + QStringLiteral(".png"));
        QVERIFY2(ChartExport::savePng(view, png, 2.0, &error), qPrintable(error));
        QVERIFY(viewtest::nonBackgroundPixels(QImage(png)) > 2000);
        const QString svg = dir.filePath(QStringLiteral("view.svg"));
        QVERIFY2(ChartExport::saveSvg(view, svg, &error), qPrintable(error));
        QVERIFY(QSvgRenderer(svg).isValid());
    }
    QString error;
    QVERIFY(!ChartExport::savePng(&table, dir.filePath(QStringLiteral("no/such/dir/x.png")), 2.0,
                                  &error));
    QVERIFY(error.contains(QStringLiteral("Cannot")));
}

void TestViews::dataTabStatisticsArriveFromAWorker() {
    gui::DataTab tab;
    auto data = std::make_shared<Dataset>();
    data->features.resize(4, 2);
    data->features << 1, 10, 2, 20, 3, 30, 4, 40;
    data->columnNames = {"a", "b"};
    tab.setDataset(data);
    // Computed off the GUI thread: nothing can have arrived before the event loop runs.
    QVERIFY(!tab.summaryReady());
    QCOMPARE(tab.summary()->rowCount(), 2);
    QCOMPARE(tab.summary()->verticalHeaderItem(1)->text(), QString("b"));
    QTRY_VERIFY(tab.summaryReady());
    // pandas: pd.Series([1, 2, 3, 4]).describe()
    const QStringList expected{"4", "2.5", "1.29099", "1", "1.75", "2.5", "3.25", "4"};
    for (int k = 0; k < expected.size(); ++k)
        QCOMPARE(tab.summary()->item(0, k)->text(), expected[k]);
    QCOMPARE(tab.summary()->item(1, 1)->text(), QString("25"));
    // The same table again (a run's result carries a copy): nothing is recomputed.
    tab.setDataset(std::make_shared<Dataset>(*data));
    QVERIFY(tab.summaryReady());
    // A different table replaces the statistics; a superseded job's values never show.
    auto other = std::make_shared<Dataset>(*data);
    other->features(0, 0) = 5;
    tab.setDataset(other);
    tab.setDataset(data);
    QVERIFY(!tab.summaryReady());
    QTRY_VERIFY(tab.summaryReady());
    QCOMPARE(tab.summary()->item(0, 1)->text(), QString("2.5"));
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
