// The metrics table: a row per catalogue entry with its tooltip, the better value marked,
// sampled silhouettes with their sample size, CSV, a column per method, a width that does
// not follow the values, and scrolling rather than squeezing.
#include "ChartExport.h"
#include "MetricFormat.h"
#include "MetricsTableView.h"
#include "ViewTestData.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QtTest>
#include <cmath>

using namespace latentlab;
using namespace latentlab::gui;
using viewtest::handMadeAutoencoder;
using viewtest::handMadePca;

class TestMetricsTable : public QObject {
    Q_OBJECT
private slots:
    void metricsTableHasOneRowPerCatalogEntry();
    void metricsTableMarksTheBetterValue();
    void metricsTableShowsSampledSilhouettes();
    void metricsTableCsv();
    void metricsTableHasAColumnPerMethod();
    void metricsTableWidthIgnoresTheValues();
    void metricsTableScrollsRatherThanSqueezes();
};

namespace {

int rowOf(const char* key) {
    const auto& catalog = metricCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (std::string(catalog[i].key) == key) return int(i);
    return -1;
}

bool isMarked(QTableWidget* table, int row, int column) {
    return table->item(row, column)->font().bold();
}

}  // namespace

void TestMetricsTable::metricsTableHasOneRowPerCatalogEntry() {
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

void TestMetricsTable::metricsTableMarksTheBetterValue() {
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

void TestMetricsTable::metricsTableShowsSampledSilhouettes() {
    MethodMetrics pca = handMadePca();
    pca.silhouetteSampleSize = 10000;
    pca.silhouetteLatent = 0.5121;
    pca.silhouetteLatentCi = 0.0061;
    MetricsTableView view;
    view.setMetrics({pca, handMadeAutoencoder()});
    QCOMPARE(view.table()->item(rowOf("silhouette_latent"), 0)->text(),
             QStringLiteral("0.512 \u00b1 0.006 (n = 10,000)"));
}

void TestMetricsTable::metricsTableCsv() {
    MetricsTableView view;
    view.setMetrics({handMadePca(), handMadeAutoencoder()});
    const QStringList lines = view.toCsv().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), int(metricCatalog().size()) + 1);
    QCOMPARE(lines[0], QStringLiteral("metric,label,pca,autoencoder,difference,higher_is_better"));
    QVERIFY(lines[1 + rowOf("final_loss")].startsWith(
        QStringLiteral("final_loss,Final training loss,,0.0118")));
}

void TestMetricsTable::metricsTableHasAColumnPerMethod() {
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

void TestMetricsTable::metricsTableWidthIgnoresTheValues() {
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

void TestMetricsTable::metricsTableScrollsRatherThanSqueezes() {
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

QTEST_MAIN(TestMetricsTable)
#include "tst_metricstable.moc"
