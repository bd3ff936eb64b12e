// ScatterView on the real 30000-point seed_blobs embedding: counts, colouring, axis
// following, zoom, and exports that must contain the OpenGL-drawn points.
#include "ChartExport.h"
#include "Palette.h"
#include "ScatterView.h"
#include "ViewTestData.h"

#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsView>
#include <QLegend>
#include <QLegendMarker>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

using namespace latentlab::gui;

class TestScatterView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pointCountEqualsRows();
    void centroidCountEqualsK();
    void colourByClusterSwitchesSeries();
    void legendUsesPaletteAndNames();
    void updatePositionsKeepsAxesSteady();
    void zoomStopsAxisFollowingUntilReset();
    void exportedPngShowsPaletteColours();
    void exportedSvgParsesAndHoldsPoints();
    void fallbackWithoutOpenGlSubsamples();
    void timings();

private:
    void show();
    ScatterView* m_view = nullptr;
};

void TestScatterView::init() {
    m_view = new ScatterView;
    m_view->resize(760, 560);
    m_view->setTitle(QStringLiteral("PCA"));
    m_view->setAxisTitles(QStringLiteral("PC 1"), QStringLiteral("PC 2"));
    const auto& e = viewtest::seedBlobs();
    m_view->setData(e.latent, e.data.labels, e.data.labelNames, e.clustering.labels,
                    e.clustering.centers);
}

void TestScatterView::cleanup() {
    delete m_view;
    m_view = nullptr;
}

void TestScatterView::show() {
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestScatterView::pointCountEqualsRows() {
    const int n = int(viewtest::seedBlobs().latent.rows());
    QCOMPARE(n, 30000);
    QCOMPARE(m_view->rowCount(), n);
    if (m_view->isUsingOpenGl())
        QCOMPARE(m_view->pointCount(), n);
    else
        QVERIFY(m_view->pointCount() <= ScatterView::kFallbackPointLimit + 200);
    show();
}

void TestScatterView::centroidCountEqualsK() {
    QCOMPARE(m_view->centroidCount(), 8);
    QVERIFY(m_view->seriesNames().contains(QStringLiteral("k-means centres")));
}

void TestScatterView::colourByClusterSwitchesSeries() {
    const QStringList byLabel = m_view->seriesNames();
    QCOMPARE(byLabel.first(), QStringLiteral("0"));
    m_view->setColourBy(ColourBy::Cluster);
    const QStringList byCluster = m_view->seriesNames();
    QCOMPARE(byCluster.first(), QStringLiteral("cluster 0"));
    QCOMPARE(byCluster.size(), 9);  // 8 clusters + centres
    QCOMPARE(m_view->pointCount(), m_view->isUsingOpenGl() ? 30000 : m_view->pointCount());
    m_view->setColourBy(ColourBy::TrueLabel);
    QCOMPARE(m_view->seriesNames(), byLabel);
}

void TestScatterView::legendUsesPaletteAndNames() {
    show();
    int visible = 0;
    const auto markers = m_view->chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (!marker->isVisible()) continue;
        if (marker->label() == QStringLiteral("k-means centres")) continue;
        QCOMPARE(
            marker->brush().color().rgb(),
            Palette::color(marker->label().toInt(), m_view->palette().color(QPalette::Base)).rgb());
        ++visible;
    }
    QCOMPARE(visible, 8);
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
    QVERIFY(axisX->max() >= moved.col(0).maxCoeff());
    // Keyboard: an arrow pans by a tenth of the plot; 0 shows everything again.
    const double before = axisX->min();
    QTest::keyClick(m_view->findChild<QGraphicsView*>(), Qt::Key_Right);
    QVERIFY(axisX->min() > before);
    QTest::keyClick(m_view->findChild<QGraphicsView*>(), Qt::Key_0);
    QCOMPARE(axisX->min(), before);
    // The OpenGL layer over the plot must let clicks through to the rubber band and pan.
    int openGlLayers = 0;
    for (QWidget* child : viewport->findChildren<QWidget*>()) {
        if (!child->inherits("QOpenGLWidget")) continue;
        ++openGlLayers;
        QVERIFY(child->testAttribute(Qt::WA_TransparentForMouseEvents));
    }
    QCOMPARE(openGlLayers > 0, m_view->isUsingOpenGl());
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
}

void TestScatterView::fallbackWithoutOpenGlSubsamples() {
    m_view->setOpenGlEnabled(false);
    QVERIFY(!m_view->isUsingOpenGl());
    QVERIFY(m_view->pointCount() > ScatterView::kFallbackPointLimit * 9 / 10);
    QVERIFY(m_view->pointCount() < ScatterView::kFallbackPointLimit * 11 / 10);
    QCOMPARE(m_view->centroidCount(), 8);
    show();
    const QImage image = ChartExport::toImage(m_view, 1.0);
    QVERIFY(viewtest::paletteColoursPresent(image, 8, 20) >= 8);
}

void TestScatterView::timings() {
    show();
    const auto& e = viewtest::seedBlobs();
    QElapsedTimer timer;
    timer.start();
    m_view->setData(e.latent, e.data.labels, e.data.labelNames, e.clustering.labels,
                    e.clustering.centers);
    const double setDataMs = timer.nsecsElapsed() / 1e6;
    Eigen::MatrixXd moved = e.latent;
    constexpr int kRounds = 20;
    double updateMs = 0.0, paintMs = 0.0;
    for (int round = 0; round < kRounds; ++round) {
        moved.array() *= 1.01;
        timer.restart();
        m_view->updatePositions(moved);
        updateMs += timer.nsecsElapsed() / 1e6;
        timer.restart();
        m_view->repaint();
        QCoreApplication::processEvents();
        paintMs += timer.nsecsElapsed() / 1e6;
    }
    qInfo(
        "ScatterView, %d points, OpenGL %s: setData %.1f ms; per frame (mean of %d): "
        "updatePositions %.1f ms + repaint %.1f ms = refresh %.1f ms",
        m_view->rowCount(), m_view->isUsingOpenGl() ? "on" : "off", setDataMs, kRounds,
        updateMs / kRounds, paintMs / kRounds, (updateMs + paintMs) / kRounds);
}

QTEST_MAIN(TestScatterView)
#include "tst_scatterview.moc"
