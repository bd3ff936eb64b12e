// The smaller views: confusion matrix and silhouette plot (clusters in their
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
    void confusionMatrixRendersAndOrdersColumns();
    void silhouettePlotRendersAndSkipsNaN();
    void clustersWearTheColoursOfTheirLabels();
    void axisTicksUseTheSharedFormat();
    void varianceBarsRender();
    void exportsOfPaintedViewsAreValid();
    void dataTabStatisticsArriveFromAWorker();
};

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
    table.setMetrics({viewtest::handMadePca(), viewtest::handMadeAutoencoder()});
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
