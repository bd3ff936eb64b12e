// The ranges a scatter opens on, on hand-built data: the central 99.5 % per axis (far points
// left out and counted in the note), every point with "Show all points", steady while
// training, nice ticks (at least four on a 300 px plot, none cut at the edge), the same
// ranges for both scatters once the autoencoder is aligned to PCA, and no stray legend dot.
#include "LatentSpacesTab.h"
#include "NiceScale.h"
#include "NiceSteps.h"
#include "ScatterExtent.h"
#include "ScatterLegendItem.h"
#include "ScatterView.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QtTest>
#include <cmath>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

/// A 40 x 50 grid over [-1, 1] x [-1, 1] (2000 points) and four far points, one past each
/// side: x = 40, x = -30, y = 25, y = -50.
Eigen::MatrixXd gridWithFarPoints() {
    Eigen::MatrixXd xy(2004, 2);
    for (int i = 0; i < 2000; ++i)
        xy.row(i) << -1.0 + 2.0 * (i % 40) / 39.0, -1.0 + 2.0 * (i / 40) / 49.0;
    xy.row(2000) << 40.0, 0.0;
    xy.row(2001) << -30.0, 0.5;
    xy.row(2002) << 0.2, 25.0;
    xy.row(2003) << -0.3, -50.0;
    return xy;
}

QCategoryAxis* axis(ScatterView& view, Qt::Orientation orientation) {
    return qobject_cast<QCategoryAxis*>(view.chart()->axes(orientation).first());
}

std::vector<double> tickValues(QCategoryAxis* axis) {
    std::vector<double> values;
    for (const QString& label : axis->categoriesLabels()) values.push_back(axis->endValue(label));
    return values;
}

void settle() {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

}  // namespace

class TestScatterRanges : public QObject {
    Q_OBJECT
private slots:
    void centralShareIsRankBased();
    void fewPointsAreAllCovered();
    void defaultRangeLeavesOutFarPoints();
    void showAllIncludesThemAgain();
    void zoomCountsWhatItHides();
    void trainingFramesKeepTheRange();
    void ticksAreNiceAndReadable_data();
    void ticksAreNiceAndReadable();
    void niceStepsStepDown();
    void emptyViewHasNoUnlabelledLegendEntry();
    void alignedScattersShareRanges();
    void timings();
};

void TestScatterRanges::centralShareIsRankBased() {
    // 0, 1, ..., 999 in a scrambled order: floor(1000 * 0.005 / 2) = 2 values are cut at each
    // end, so the box is [2, 997] (and [0, 999] with all). y = -x.
    Eigen::MatrixXd xy(1000, 2);
    for (int i = 0; i < 1000; ++i) {
        const double value = double((i * 7919) % 1000);
        xy.row(i) << value, -value;
    }
    QCOMPARE(ScatterExtent::trimmedPerSide(1000), 2);
    ScatterExtent extent;
    const AxisBox central = extent.compute(xy, false);
    QVERIFY(!central.empty);
    QCOMPARE(central.low[0], 2.0);
    QCOMPARE(central.high[0], 997.0);
    QCOMPARE(central.low[1], -997.0);
    QCOMPARE(central.high[1], -2.0);
    const AxisBox all = extent.compute(xy, true);
    QCOMPARE(all.low[0], 0.0);
    QCOMPARE(all.high[0], 999.0);
    // Points outside [2, 997] on x or [-997, -2] on y: the values 0, 1, 998, 999.
    QCOMPARE(ScatterExtent::countOutside(xy, central), 4);
    QCOMPARE(ScatterExtent::countOutside(xy, all), 0);
    // Non-finite values are neither ranked nor counted (row 0 holds 0, one of the four).
    xy(0, 0) = std::nan("");
    QCOMPARE(ScatterExtent::countOutside(xy, central), 3);
    QCOMPARE(extent.compute(xy, false).low[0], 3.0);  // 999 finite: still 2 cut per side
}

void TestScatterRanges::fewPointsAreAllCovered() {
    // Under 400 points nothing is cut: a handful of far ones are then real structure.
    QCOMPARE(ScatterExtent::trimmedPerSide(399), 0);
    QCOMPARE(ScatterExtent::trimmedPerSide(400), 1);
    Eigen::MatrixXd xy(5, 2);
    xy << 0, 0, 1, 1, 2, 2, 3, 3, 100, -100;
    ScatterExtent extent;
    const AxisBox box = extent.compute(xy, false);
    QCOMPARE(box.high[0], 100.0);
    QCOMPARE(box.low[1], -100.0);
}

void TestScatterRanges::defaultRangeLeavesOutFarPoints() {
    ScatterView view;
    view.resize(640, 520);
    view.setData(gridWithFarPoints(), {}, {}, {}, Eigen::MatrixXd());
    QCategoryAxis* x = axis(view, Qt::Horizontal);
    QCategoryAxis* y = axis(view, Qt::Vertical);
    // 2004 points: 5 cut per side, so all four far points are out; the grid fills the plot
    // up to the margin.
    QVERIFY2(x->min() > -1.2 && x->min() <= -1.0, qPrintable(QString::number(x->min())));
    QVERIFY2(x->max() < 1.2 && x->max() >= 1.0, qPrintable(QString::number(x->max())));
    QVERIFY(y->min() > -1.2 && y->max() < 1.2);
    QCOMPARE(view.pointsOutsideView(), 4);
    QVERIFY2(view.shownNote().contains(QStringLiteral("4 points outside the view")),
             qPrintable(view.shownNote()));
    // The caller's note comes first.
    view.setNote(QStringLiteral("aligned to PCA"));
    QCOMPARE(view.shownNote(), QStringLiteral("aligned to PCA \u00b7 4 points outside the view"));
    QCOMPARE(view.note(), QStringLiteral("aligned to PCA"));
    // k-means centres always show, even far ones.
    Eigen::MatrixXd centres(1, 2);
    centres << 8.0, 0.0;
    view.setData(gridWithFarPoints(), {}, {}, {}, centres);
    QVERIFY(x->max() >= 8.0 && x->max() < 9.0);
}

void TestScatterRanges::showAllIncludesThemAgain() {
    ScatterView view;
    view.resize(640, 520);
    view.setData(gridWithFarPoints(), {}, {}, {}, Eigen::MatrixXd());
    view.setShowAllPoints(true);
    QCategoryAxis* x = axis(view, Qt::Horizontal);
    QCategoryAxis* y = axis(view, Qt::Vertical);
    QVERIFY(x->min() <= -30.0 && x->max() >= 40.0);
    QVERIFY(y->min() <= -50.0 && y->max() >= 25.0);
    QCOMPARE(view.pointsOutsideView(), 0);
    QVERIFY(!view.shownNote().contains(QStringLiteral("outside")));
    // The window's button switches both scatters.
    LatentSpacesTab tab;
    QPushButton* showAll = tab.findChild<QPushButton*>(QStringLiteral("showAllPoints"));
    QVERIFY(showAll && showAll->isCheckable());
    QVERIFY(showAll->toolTip().contains(QStringLiteral("99.5 %")));
    showAll->click();
    QVERIFY(tab.scatter("pca")->showsAllPoints() && tab.scatter("autoencoder")->showsAllPoints());
    view.setShowAllPoints(false);
    QCOMPARE(view.pointsOutsideView(), 4);
}

void TestScatterRanges::zoomCountsWhatItHides() {
    ScatterView view;
    view.resize(640, 520);
    view.setData(gridWithFarPoints(), {}, {}, {}, Eigen::MatrixXd());
    // Half the range on each axis around 0 keeps about a quarter of the grid in view.
    axis(view, Qt::Horizontal)->setRange(-0.5, 0.5);
    axis(view, Qt::Vertical)->setRange(-0.5, 0.5);
    const Eigen::MatrixXd xy = gridWithFarPoints();
    int inside = 0;
    for (Eigen::Index i = 0; i < xy.rows(); ++i)
        inside += std::abs(xy(i, 0)) <= 0.5 && std::abs(xy(i, 1)) <= 0.5;
    QCOMPARE(view.pointsOutsideView(), int(xy.rows()) - inside);
    view.resetZoom();
    QCOMPARE(view.pointsOutsideView(), 4);
}

void TestScatterRanges::trainingFramesKeepTheRange() {
    // Far points that come and go between frames (a few snapshots of training) must not move
    // the axes: the central share ignores them, and small drifts stay in the headroom.
    ScatterView view;
    view.resize(640, 520);
    Eigen::MatrixXd xy = gridWithFarPoints();
    view.setData(xy, {}, {}, {}, Eigen::MatrixXd());
    QCategoryAxis* x = axis(view, Qt::Horizontal);
    const double min = x->min(), max = x->max();
    for (int frame = 0; frame < 10; ++frame) {
        xy(2000, 0) = frame % 2 ? 40.0 : 3.0;
        xy.topRows(2000).array() *= 1.002;
        view.updatePositions(xy);
        QCOMPARE(x->min(), min);
        QCOMPARE(x->max(), max);
    }
}

void TestScatterRanges::ticksAreNiceAndReadable_data() {
    QTest::addColumn<double>("span");
    QTest::newRow("unit") << 1.0;
    QTest::newRow("odd") << 0.37;
    QTest::newRow("large") << 4800.0;
}

void TestScatterRanges::ticksAreNiceAndReadable() {
    QFETCH(double, span);
    // A view whose plot is about 320 x 300 px, as on a laptop.
    ScatterView view;
    view.setTitle(QStringLiteral("title"));
    view.setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    view.resize(430, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(gridWithFarPoints() * (span / 2.0), {}, {}, {}, Eigen::MatrixXd());
    settle();
    const QRectF plot = view.chart()->plotArea();
    QVERIFY2(plot.height() >= 280 && plot.height() <= 360,
             qPrintable(QString::number(plot.height())));
    for (QCategoryAxis* ticks : {axis(view, Qt::Horizontal), axis(view, Qt::Vertical)}) {
        const std::vector<double> values = tickValues(ticks);
        QVERIFY2(values.size() >= 4, qPrintable(QString::number(values.size())));
        // Multiples of one step of the form {1, 2, 2.5, 5} x 10^k.
        const double step = values[1] - values[0];
        QCOMPARE(nice::stepAtLeast(step * 0.999), step);
        for (std::size_t i = 0; i < values.size(); ++i) {
            QVERIFY(std::abs(values[i] / step - std::round(values[i] / step)) < 1e-6);
            if (i > 0) QVERIFY(std::abs(values[i] - values[i - 1] - step) < 1e-9 * span);
        }
    }
    // Labels across keep apart: ticks at least a label's width (plus a gap) from each other.
    QCategoryAxis* x = axis(view, Qt::Horizontal);
    const QFontMetricsF metrics(x->labelsFont());
    const double pixelsPerUnit = plot.width() / (x->max() - x->min());
    double widest = 0.0;
    for (const QString& text : x->categoriesLabels())
        widest = std::max(widest, metrics.horizontalAdvance(text));
    const std::vector<double> across = tickValues(x);
    QVERIFY2((across[1] - across[0]) * pixelsPerUnit >= widest + 6.0,
             qPrintable(QStringLiteral("%1 px between ticks, labels %2 px")
                            .arg((across[1] - across[0]) * pixelsPerUnit)
                            .arg(widest)));
    // The last label across is not cut by the chart's right edge.
    const QString last = x->categoriesLabels().last();
    const double position =
        plot.left() + (x->endValue(last) - x->min()) / (x->max() - x->min()) * plot.width();
    const double halfLabel = QFontMetricsF(x->labelsFont()).horizontalAdvance(last) / 2.0;
    QVERIFY2(position + halfLabel <= view.chart()->size().width(),
             qPrintable(QStringLiteral("%1 + %2 > %3")
                            .arg(position)
                            .arg(halfLabel)
                            .arg(view.chart()->size().width())));
}

void TestScatterRanges::niceStepsStepDown() {
    QCOMPARE(nice::previousStep(1.0), 0.5);
    QCOMPARE(nice::previousStep(0.2), 0.1);
    QCOMPARE(nice::previousStep(25.0), 20.0);
    QCOMPARE(nice::previousStep(0.005), 0.0025);
    QCOMPARE(NiceScale::ticksWithin(-0.2, 0.2, 0.1), 4);  // -0.1, 0, 0.1, 0.2
    // 0.37 over 320 px: 70 px apart gives 0.1 (3 ticks); 0.05 is 43 px apart, room enough
    // for 30 px labels, and gives 7.
    const double step =
        NiceScale::readableStep(-0.185, 0.185, 320.0, 70.0, 4, [](double) { return 30.0; });
    QCOMPARE(step, 0.05);
    // Labels 50 px wide do not fit 43 px apart: fewer ticks rather than crowded ones.
    QCOMPARE(NiceScale::readableStep(-0.185, 0.185, 320.0, 70.0, 4, [](double) { return 50.0; }),
             0.1);
}

void TestScatterRanges::emptyViewHasNoUnlabelledLegendEntry() {
    ScatterView view;
    view.resize(600, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Qt's own legend stays hidden; the view's legend item is what the user sees.
    auto visibleMarkers = [&view] {
        QStringList labels;
        for (QLegendMarker* marker : view.chart()->legend()->markers())
            if (marker->isVisible() && view.chart()->legend()->isVisible())
                labels << marker->label();
        labels << view.legend()->shownTexts();
        return labels;
    };
    QCOMPARE(visibleMarkers(), QStringList());
    view.setData(gridWithFarPoints(), std::vector<int>(2004, 0), {"only"}, {}, Eigen::MatrixXd());
    QCOMPARE(visibleMarkers(), QStringList{QStringLiteral("only (2,004)")});
    view.clear();
    QCOMPARE(visibleMarkers(), QStringList());
}

void TestScatterRanges::alignedScattersShareRanges() {
    // PCA: the grid. AE: the same points squeezed onto a tilted line far away, three times
    // larger, plus a little spread across it (the Tuned preset's shape).
    auto data = std::make_shared<Dataset>();
    const Eigen::MatrixXd pca = gridWithFarPoints().topRows(2000);
    data->features = pca;
    data->columnNames = {"a", "b"};
    Eigen::MatrixXd ae(2000, 2);
    for (int i = 0; i < 2000; ++i) {
        const double along = 3.0 * pca(i, 0), across = 0.05 * pca(i, 1);
        ae.row(i) << 10.0 + 0.6 * along - 0.8 * across, -4.0 + 0.8 * along + 0.6 * across;
    }
    LatentSpacesTab tab;
    tab.resize(1000, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    Config config;
    config.autoencoder.epochs = 5;
    tab.beginRun(config);
    tab.showData(data);
    tab.showEmbedding("pca", pca);
    tab.showSnapshot("autoencoder", 1, ae);
    QTRY_COMPARE(tab.scatter("autoencoder")->rowCount(), 2000);
    auto range = [](ScatterView* view, Qt::Orientation orientation) {
        QCategoryAxis* a = axis(*view, orientation);
        return QPointF(a->min(), a->max());
    };
    // Not aligned: each view on its own data.
    QVERIFY(range(tab.scatter("autoencoder"), Qt::Horizontal).x() > 5.0);
    tab.findChild<QCheckBox*>(QStringLiteral("alignAe"))->setChecked(true);
    QVERIFY(tab.scatter("autoencoder")->note().contains(QStringLiteral("aligned to PCA")));
    for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical})
        QCOMPARE(range(tab.scatter("autoencoder"), orientation),
                 range(tab.scatter("pca"), orientation));
    // The aligned line has the grid's spread (matched, not shrunk by the poor fit), so it
    // spans about sqrt(2) times the grid's width and sets the shared x range.
    const AxisBox aligned = tab.scatter("autoencoder")->dataExtent();
    const AxisBox grid = tab.scatter("pca")->dataExtent();
    const double widthRatio = (aligned.high[0] - aligned.low[0]) / (grid.high[0] - grid.low[0]);
    QVERIFY2(widthRatio > 1.3 && widthRatio < 1.5, qPrintable(QString::number(widthRatio)));
    QVERIFY(range(tab.scatter("pca"), Qt::Horizontal).y() >= aligned.high[0]);
    // A training frame fattens the AE cloud: both views follow together.
    Eigen::MatrixXd fatter = ae;
    for (int i = 0; i < 2000; ++i) fatter.row(i) += 0.8 * pca(i, 1) * Eigen::RowVector2d(-0.8, 0.6);
    tab.showSnapshot("autoencoder", 2, fatter);
    QTRY_COMPARE(range(tab.scatter("autoencoder"), Qt::Horizontal),
                 range(tab.scatter("pca"), Qt::Horizontal));
    tab.findChild<QCheckBox*>(QStringLiteral("alignAe"))->setChecked(false);
    QVERIFY(range(tab.scatter("autoencoder"), Qt::Horizontal).x() > 5.0);
    QVERIFY(range(tab.scatter("pca"), Qt::Horizontal).y() < 1.2);
}

void TestScatterRanges::timings() {
    // 200,000 drawn points (LatentSpacesTab's cap): the range and the count per frame.
    Eigen::MatrixXd xy(200000, 2);
    for (Eigen::Index i = 0; i < xy.rows(); ++i)
        xy.row(i) << std::sin(0.001 * double(i)) * double(i % 977), std::cos(0.37 * double(i));
    ScatterExtent extent;
    QElapsedTimer timer;
    constexpr int kRounds = 10;
    double rangeMs = 0.0, countMs = 0.0;
    for (int round = 0; round < kRounds; ++round) {
        xy.col(0).array() *= 1.001;
        timer.start();
        const AxisBox box = extent.compute(xy, false);
        rangeMs += timer.nsecsElapsed() / 1e6;
        timer.restart();
        QVERIFY(ScatterExtent::countOutside(xy, box) > 0);
        countMs += timer.nsecsElapsed() / 1e6;
    }
    qInfo("200,000 points: central 99.5 %% box %.2f ms, points outside %.2f ms (mean of %d)",
          rangeMs / kRounds, countMs / kRounds, kRounds);
}

QTEST_MAIN(TestScatterRanges)
#include "tst_scatterranges.moc"
