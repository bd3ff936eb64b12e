// ScatterView on the real 30000-point seed_blobs embedding: counts, axis following, zoom, the
// raster point layer (no OpenGL), and exports holding every point. Colours, shapes and the
// legend: tst_scattercolours.
#include "ChartExport.h"
#include "Palette.h"
#include "PointCloudItem.h"
#include "ScatterView.h"
#include "ViewTestData.h"
#include "ZoomableChartView.h"

#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLegend>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>
#include <algorithm>

using namespace latentlab::gui;

class TestScatterView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pointCountEqualsRows();
    void centroidCountEqualsK();
    void centresLegendEntryAppearsWithLateCentres();
    void updatePositionsKeepsAxesSteady();
    void zoomStopsAxisFollowingUntilReset();
    void exportedPngShowsPaletteColours();
    void exportedSvgParsesAndHoldsPoints();
    void exportOfHiddenViewMatchesShownView();
    void pointLayerFollowsPlotAreaAndZoom();
    void pointLayerShowsOpacityAndSize();
    void timings();

private:
    void show();
    PointCloudItem* pointLayer() const;
    QImage grabPlot() const;
    ScatterView* m_view = nullptr;
};

void TestScatterView::init() { m_view = viewtest::seedBlobsScatter(); }

void TestScatterView::cleanup() {
    delete m_view;
    m_view = nullptr;
}

void TestScatterView::show() {
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

PointCloudItem* TestScatterView::pointLayer() const {
    const auto items = m_view->chart()->scene()->items();
    for (QGraphicsItem* item : items)
        if (auto* layer = dynamic_cast<PointCloudItem*>(item)) return layer;
    return nullptr;
}

QImage TestScatterView::grabPlot() const {
    QCoreApplication::sendPostedEvents();  // Qt Charts lays out axes and grid on a posted event
    auto* chartView = m_view->findChild<QGraphicsView*>();
    return chartView->grab(m_view->chart()->plotArea().toAlignedRect()).toImage();
}

void TestScatterView::pointCountEqualsRows() {
    const int n = int(viewtest::seedBlobs().latent.rows());
    QCOMPARE(n, 30000);
    QCOMPARE(m_view->rowCount(), n);
    QCOMPARE(m_view->pointCount(), n);
    show();
    QCOMPARE(m_view->pointCount(), n);
}

void TestScatterView::centroidCountEqualsK() {
    QCOMPARE(m_view->centroidCount(), 8);
    QVERIFY(m_view->seriesNames().contains(QStringLiteral("k-means centres")));
}

void TestScatterView::centresLegendEntryAppearsWithLateCentres() {
    // As in the window: PCA points first, k-means centres when the run ends.
    const auto& e = viewtest::seedBlobs();
    m_view->setData(e.latent, e.data.labels, e.data.labelNames, {}, {});
    show();
    auto legendInk = [this] {
        QCoreApplication::sendPostedEvents();
        const QRectF plot = m_view->chart()->plotArea();
        const QRect legend(int(plot.right()) + 4, 0, m_view->width() - int(plot.right()) - 4,
                           m_view->height());
        const QImage image = m_view->findChild<QGraphicsView*>()->grab(legend).toImage();
        return viewtest::pixelsNear(image, Qt::black, 60);
    };
    const int withoutCentres = legendInk();
    m_view->setData(e.latent, e.data.labels, e.data.labelNames, e.clustering.labels,
                    e.clustering.centers);
    QVERIFY(m_view->seriesNames().contains(QStringLiteral("k-means centres")));
    // The entry's outlined square and its text are drawn, not just listed.
    QVERIFY2(
        legendInk() > withoutCentres + 60,
        qPrintable(
            QStringLiteral("%1 -> %2 dark legend pixels").arg(withoutCentres).arg(legendInk())));
}

void TestScatterView::updatePositionsKeepsAxesSteady() {
    auto* axisX = qobject_cast<QValueAxis*>(m_view->chart()->axes(Qt::Horizontal).first());
    const double initialMin = axisX->min(), initialMax = axisX->max();
    Eigen::MatrixXd moved = viewtest::seedBlobs().latent;
    moved.array() *= 0.97;  // a small step of training: the range must not jitter
    m_view->updatePositions(moved);
    QCOMPARE(axisX->min(), initialMin);
    QCOMPARE(axisX->max(), initialMax);
    moved.array() *= 3.0;  // the data leaves the range: the axes grow
    m_view->updatePositions(moved);
    QVERIFY(axisX->max() >= moved.col(0).maxCoeff());
    QVERIFY(axisX->min() <= moved.col(0).minCoeff());
    moved.array() *= 0.1;  // the data shrinks well inside: the axes follow
    m_view->updatePositions(moved);
    QVERIFY(axisX->max() - axisX->min() < (initialMax - initialMin));
}

void TestScatterView::zoomStopsAxisFollowingUntilReset() {
    show();
    auto* axisX = qobject_cast<QValueAxis*>(m_view->chart()->axes(Qt::Horizontal).first());
    const double fullSpan = axisX->max() - axisX->min();
    QWidget* viewport = m_view->findChild<QGraphicsView*>()->viewport();
    QWheelEvent wheel(QPointF(380, 280), viewport->mapToGlobal(QPointF(380, 280)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    const double zoomedSpan = axisX->max() - axisX->min();
    QVERIFY(zoomedSpan < 0.8 * fullSpan);
    Eigen::MatrixXd moved = viewtest::seedBlobs().latent * 2.0;
    m_view->updatePositions(moved);
    QCOMPARE(axisX->max() - axisX->min(), zoomedSpan);
    m_view->resetZoom();
    // Back to the opening view: the central 99.5 % of the points, i.e. up to the 76th
    // largest x of 30000 (75 left out at each end).
    std::vector<double> xs(moved.col(0).data(), moved.col(0).data() + moved.rows());
    std::sort(xs.begin(), xs.end());
    QVERIFY(axisX->max() >= xs[xs.size() - 76] && axisX->max() < xs.back());
    QVERIFY(axisX->min() <= xs[75] && axisX->min() > xs.front());
    // Keyboard: an arrow pans by a tenth of the plot; 0 goes back to the opening view.
    const double before = axisX->min();
    QTest::keyClick(m_view->findChild<QGraphicsView*>(), Qt::Key_Right);
    QVERIFY(axisX->min() > before);
    QTest::keyClick(m_view->findChild<QGraphicsView*>(), Qt::Key_0);
    QCOMPARE(axisX->min(), before);
    // No OpenGL widget anywhere: it would make Qt compose the whole window through OpenGL.
    for (QWidget* child : m_view->findChildren<QWidget*>())
        QVERIFY2(!child->inherits("QOpenGLWidget"), child->metaObject()->className());
}

void TestScatterView::exportedPngShowsPaletteColours() {
    show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scatter.png"));
    QString error;
    QVERIFY2(ChartExport::savePng(m_view, path, 2.0, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), m_view->exportSize().width() * 2);
    QVERIFY(viewtest::nonBackgroundPixels(image) > 20000);
    const int colours = viewtest::paletteColoursPresent(image, 8, 200);
    QVERIFY2(colours >= 8, qPrintable(QStringLiteral("%1 palette colours").arg(colours)));
    // White centre markers with black outlines: some pure black must be there.
    QVERIFY(viewtest::pixelsNear(image, Qt::black, 10) > 8 * 20);
}

void TestScatterView::exportedSvgParsesAndHoldsPoints() {
    m_view->setShowAllPoints(true);  // else the few outside the opening view are clipped
    show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scatter.svg"));
    QString error;
    QVERIFY2(ChartExport::saveSvg(m_view, path, &error), qPrintable(error));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    // QSvgGenerator writes round discs as <circle>, others as <ellipse>.
    const int ellipses = int(svg.count("<circle") + svg.count("<ellipse"));
    const int expected = m_view->pointCount();
    QVERIFY2(ellipses >= expected,
             qPrintable(QStringLiteral("%1 ellipses, %2 points").arg(ellipses).arg(expected)));
    // The on-screen raster layer must not also be embedded as a bitmap.
    QCOMPARE(int(svg.count("<image")), 0);
}

void TestScatterView::exportOfHiddenViewMatchesShownView() {
    // A view never shown is laid out at the default export size just for the file: the
    // points must follow that plot area, as they do on screen.
    const QImage hidden = ChartExport::toImage(m_view, 1.0);
    QCOMPARE(hidden.size(), QSize(720, 560));
    m_view->resize(720, 560);
    show();
    const QImage shown = ChartExport::toImage(m_view, 1.0);
    QCOMPARE(shown.size(), hidden.size());
    int differing = 0;
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < shown.width(); ++x)
            if (shown.pixel(x, y) != hidden.pixel(x, y)) ++differing;
    QVERIFY2(differing < shown.width() * shown.height() / 100,
             qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

void TestScatterView::pointLayerFollowsPlotAreaAndZoom() {
    show();
    PointCloudItem* layer = pointLayer();
    QVERIFY(layer);
    // The layer covers the plot area (to whole pixels), above the grid, below the centres.
    const QRectF plot = m_view->chart()->plotArea();
    const QRectF covered = layer->mapRectToParent(layer->boundingRect());
    QVERIFY(covered.contains(plot));
    QVERIFY(covered.width() < plot.width() + 2.0 && covered.height() < plot.height() + 2.0);
    QVERIFY(viewtest::paletteColoursPresent(grabPlot(), 8, 20) >= 8);
    QVERIFY(viewtest::pixelsNear(grabPlot(), Qt::black, 10) > 8 * 20);  // centres on top

    const QImage before = grabPlot();
    m_view->findChild<ZoomableChartView*>()->zoomAround(plot.center(), 2.0);
    const QImage zoomed = grabPlot();
    QVERIFY(zoomed != before);
    QTest::keyClick(m_view->findChild<QGraphicsView*>(), Qt::Key_0);
    QCOMPARE(grabPlot(), before);

    QSignalSpy plotAreaChanged(m_view->chart(), &QChart::plotAreaChanged);
    m_view->resize(900, 640);
    if (plotAreaChanged.isEmpty()) QVERIFY(plotAreaChanged.wait());
    QVERIFY(m_view->chart()->plotArea().width() > plot.width() + 50);
    const QRectF grown = m_view->chart()->plotArea();
    QVERIFY(layer->mapRectToParent(layer->boundingRect()).contains(grown));
    QVERIFY(viewtest::paletteColoursPresent(grabPlot(), 8, 20) >= 8);
}

void TestScatterView::pointLayerShowsOpacityAndSize() {
    show();
    m_view->setOpacity(1.0);
    const int opaque = viewtest::paletteColoursPresent(grabPlot(), 8, 200);
    QCOMPARE(opaque, 8);
    // Real alpha: faint points are blended with the background, not drawn in the palette colour.
    m_view->setOpacity(0.2);
    QVERIFY(viewtest::paletteColoursPresent(grabPlot(), 8, 200) < opaque);
    m_view->setOpacity(1.0);
    const int small = viewtest::colouredPixels(grabPlot());
    m_view->setPointSize(6.0);
    QVERIFY(viewtest::colouredPixels(grabPlot()) > small * 6 / 5);
    QCOMPARE(m_view->pointCount(), 30000);
}

void TestScatterView::timings() {
    m_view->resize(900, 620);  // a plot area of about 700 x 500 px
    show();
    const auto& e = viewtest::seedBlobs();
    QElapsedTimer timer;
    timer.start();
    m_view->setData(e.latent, e.data.labels, e.data.labelNames, e.clustering.labels,
                    e.clustering.centers);
    const double setDataMs = timer.nsecsElapsed() / 1e6;
    Eigen::MatrixXd moved = e.latent;
    constexpr int kRounds = 20;
    double updateMs = 0.0, paintMs = 0.0, renderMs = 0.0;
    for (int round = 0; round < kRounds; ++round) {
        moved.array() *= 1.01;
        timer.restart();
        m_view->updatePositions(moved);
        updateMs += timer.nsecsElapsed() / 1e6;
        timer.restart();
        m_view->repaint();
        QCoreApplication::processEvents();
        paintMs += timer.nsecsElapsed() / 1e6;
        renderMs += pointLayer()->lastRenderMs();
    }
    // A new opacity (or size, or palette) also redraws the disc sprites.
    double restyleMs = 0.0, restyleRenderMs = 0.0;
    for (int round = 0; round < kRounds; ++round) {
        timer.restart();
        m_view->setOpacity(round % 2 ? 0.5 : 0.9);
        m_view->repaint();
        QCoreApplication::processEvents();
        restyleMs += timer.nsecsElapsed() / 1e6;
        restyleRenderMs += pointLayer()->lastRenderMs();
    }
    const QRectF plot = m_view->chart()->plotArea();
    qInfo(
        "ScatterView, %d points, plot %.0fx%.0f px: setData %.1f ms; per frame (mean of %d): "
        "updatePositions %.1f ms + repaint %.1f ms (point layer render %.1f ms) = refresh %.1f ms; "
        "opacity change %.1f ms (render with new sprites %.1f ms)",
        m_view->rowCount(), plot.width(), plot.height(), setDataMs, kRounds, updateMs / kRounds,
        paintMs / kRounds, renderMs / kRounds, (updateMs + paintMs) / kRounds, restyleMs / kRounds,
        restyleRenderMs / kRounds);
}

QTEST_MAIN(TestScatterView)
#include "tst_scatterview.moc"
