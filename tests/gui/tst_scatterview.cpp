// ScatterView on the real 30000-point seed_blobs embedding: counts, colouring (clusters in
// their matched labels' colours, colour + shape past the palette), legend names shown whole,
// axis following, zoom, the raster point layer (no OpenGL), and exports holding every point.
#include "ChartExport.h"
#include "Palette.h"
#include "PointCloudItem.h"
#include "ScatterLegendItem.h"
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
#include <set>

using namespace latentlab::gui;
using latentlab::report::MarkerShape;

class TestScatterView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pointCountEqualsRows();
    void centroidCountEqualsK();
    void colourByClusterSwitchesSeries();
    void legendUsesPaletteAndNames();
    void clustersWearTheirLabelsColours();
    void fortyClassesAreFortyLooks();
    void legendNamesAreShownWhole_data();
    void legendNamesAreShownWhole();
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

namespace {

/// The best one-to-one matching of labels to clusters by brute force over all k!
/// permutations (k = 8: 40,320), independent of the Hungarian method: per label, its cluster.
std::vector<int> bestMatching(const std::vector<int>& labels, const std::vector<int>& clusters,
                              int k, bool* unique) {
    std::vector<std::vector<int>> counts(static_cast<std::size_t>(k),
                                         std::vector<int>(static_cast<std::size_t>(k), 0));
    for (std::size_t i = 0; i < labels.size(); ++i)
        ++counts[std::size_t(labels[i])][std::size_t(clusters[i])];
    std::vector<int> permutation(static_cast<std::size_t>(k));
    for (int i = 0; i < k; ++i) permutation[std::size_t(i)] = i;
    std::vector<int> best = permutation;
    long long bestTotal = -1;
    int ties = 0;
    do {
        long long total = 0;
        for (int label = 0; label < k; ++label)
            total += counts[std::size_t(label)][std::size_t(permutation[std::size_t(label)])];
        if (total > bestTotal) {
            bestTotal = total;
            best = permutation;
            ties = 1;
        } else if (total == bestTotal) {
            ++ties;
        }
    } while (std::next_permutation(permutation.begin(), permutation.end()));
    *unique = ties == 1;
    return best;
}

}  // namespace

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

void TestScatterView::colourByClusterSwitchesSeries() {
    const QStringList byLabel = m_view->seriesNames();
    QCOMPARE(byLabel.first(), QStringLiteral("0"));
    m_view->setColourBy(ColourBy::Cluster);
    const QStringList byCluster = m_view->seriesNames();
    // Listed in the labels' order: first the cluster that holds label 0.
    const auto& e = viewtest::seedBlobs();
    bool unique = false;
    const int first = bestMatching(e.data.labels, e.clustering.labels, 8, &unique)[0];
    QCOMPARE(byCluster.first(), QStringLiteral("cluster %1").arg(first));
    QCOMPARE(byCluster.size(), 9);  // 8 clusters + centres
    QCOMPARE(m_view->pointCount(), 30000);
    m_view->setColourBy(ColourBy::TrueLabel);
    QCOMPARE(m_view->seriesNames(), byLabel);
}

void TestScatterView::legendUsesPaletteAndNames() {
    show();
    int visible = 0;
    const QColor base = m_view->palette().color(QPalette::Base);
    for (const ScatterLegendItem::Entry& entry : m_view->legend()->entries()) {
        if (entry.centre) {
            QCOMPARE(entry.name, QStringLiteral("k-means centres"));
            continue;
        }
        QCOMPARE(entry.colour.rgb(), Palette::color(entry.name.toInt(), base).rgb());
        QCOMPARE(entry.shape, MarkerShape::Circle);
        ++visible;
    }
    QCOMPARE(visible, 8);
    // One legend, however often the look changes.
    m_view->setOpacity(0.3);
    m_view->setPointSize(6.0);
    m_view->setColourBy(ColourBy::Cluster);
    m_view->setColourBy(ColourBy::TrueLabel);
    int legends = 0;
    for (QGraphicsItem* item : m_view->chart()->scene()->items())
        legends += dynamic_cast<ScatterLegendItem*>(item) != nullptr;
    QCOMPARE(legends, 1);
    // Beside the plot, never over it, inside the chart.
    const QRectF legend = m_view->legend()->sceneBoundingRect();
    QVERIFY(!legend.intersects(m_view->chart()->plotArea()));
    QVERIFY(QRectF(QPointF(0, 0), m_view->chart()->size()).contains(legend));
}

void TestScatterView::clustersWearTheirLabelsColours() {
    const auto& e = viewtest::seedBlobs();
    bool unique = false;
    const std::vector<int> holder = bestMatching(e.data.labels, e.clustering.labels, 8, &unique);
    QVERIFY(unique);
    // k-means numbers its clusters in no particular order: the test data must show it.
    QVERIFY(holder != (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    m_view->setColourBy(ColourBy::Cluster);
    show();
    const QColor base = m_view->palette().color(QPalette::Base);
    // Every cluster's points and legend marker in the colour of the label it holds.
    const QStringList names = m_view->seriesNames();
    for (int label = 0; label < 8; ++label) {
        const QString name = QStringLiteral("cluster %1").arg(holder[std::size_t(label)]);
        const int slot = int(names.indexOf(name));
        QVERIFY2(slot >= 0, qPrintable(name));
        QCOMPARE(m_view->groups()[std::size_t(slot)].colour.rgb(),
                 Palette::color(label, base).rgb());
        const ScatterLegendItem::Entry& entry = m_view->legend()->entries()[std::size_t(slot)];
        QCOMPARE(entry.name, name);
        QCOMPARE(entry.colour.rgb(), Palette::color(label, base).rgb());
    }
    // Without labels, clusters keep their own colours.
    m_view->setData(e.latent, {}, {}, e.clustering.labels, e.clustering.centers);
    QVERIFY(!m_view->clusterMatching().hasClasses());
    for (int c = 0; c < 8; ++c)
        QCOMPARE(m_view->groups()[std::size_t(c)].colour.rgb(), Palette::color(c, base).rgb());
}

void TestScatterView::fortyClassesAreFortyLooks() {
    // 40 labels: the palette's colours, then again with the next marker shape.
    const int classes = 40;
    Eigen::MatrixXd xy(classes * 5, 2);
    std::vector<int> labels;
    std::vector<std::string> names;
    for (int c = 0; c < classes; ++c) names.push_back("class " + std::to_string(c));
    for (int i = 0; i < xy.rows(); ++i) {
        labels.push_back(i % classes);
        xy(i, 0) = i % classes;
        xy(i, 1) = i / classes;
    }
    m_view->setData(xy, labels, names, {}, Eigen::MatrixXd());
    show();
    const auto& groups = m_view->groups();
    QCOMPARE(int(groups.size()), classes);
    std::set<std::pair<QRgb, int>> looks;
    for (const PointGroup& group : groups) looks.insert({group.colour.rgb(), int(group.shape)});
    QCOMPARE(int(looks.size()), classes);
    QCOMPARE(groups[0].shape, MarkerShape::Circle);
    QCOMPARE(groups[std::size_t(Palette::size())].shape, MarkerShape::Square);
    QCOMPARE(groups[std::size_t(Palette::size())].colour.rgb(), groups[0].colour.rgb());
    // The legend shows the same looks; what does not fit ends in "+N more", listing the rest.
    const auto& entries = m_view->legend()->entries();
    QCOMPARE(int(entries.size()), classes);
    for (int g = 0; g < classes; ++g) {
        QCOMPARE(entries[std::size_t(g)].shape, groups[std::size_t(g)].shape);
        QCOMPARE(entries[std::size_t(g)].colour, groups[std::size_t(g)].colour);
    }
    m_view->resize(480, 360);
    QCoreApplication::sendPostedEvents();
    const QStringList shown = m_view->legend()->shownTexts();
    QVERIFY2(shown.size() < classes && shown.last().startsWith(QStringLiteral("+")),
             qPrintable(shown.join(QLatin1Char('|'))));
    const int hidden = shown.last().mid(1).section(QLatin1Char(' '), 0, 0).toInt();
    QCOMPARE(shown.size() - 1 + hidden, classes);
    QCOMPARE(m_view->legend()->shownToolTips().last().split(QLatin1Char('\n')).size(), hidden);
    QVERIFY(m_view->legend()->shownToolTips().last().endsWith(QStringLiteral("class 39")));
    QVERIFY(!m_view->legend()->sceneBoundingRect().intersects(m_view->chart()->plotArea()));
}

void TestScatterView::legendNamesAreShownWhole_data() {
    QTest::addColumn<int>("width");
    QTest::newRow("wide view, legend beside") << 760;
    QTest::newRow("narrow view, legend below") << 480;
}

void TestScatterView::legendNamesAreShownWhole() {
    // Qt Charts' own legend showed "clust..." below a narrow plot.
    QFETCH(int, width);
    m_view->resize(width, 560);
    m_view->setColourBy(ColourBy::Cluster);
    show();
    QCoreApplication::sendPostedEvents();
    const ScatterLegendItem* legend = m_view->legend();
    QStringList expected = m_view->seriesNames();
    QCOMPARE(legend->shownTexts(), expected);  // 8 clusters + centres, whole
    QVERIFY(!legend->sceneBoundingRect().intersects(m_view->chart()->plotArea()));
    QVERIFY(QRectF(QPointF(0, 0), m_view->chart()->size()).contains(legend->sceneBoundingRect()));

    // Long class names: whole up to a sensible length, past it cut with the name as tooltip.
    if (width < 560) return;  // nine long names need more lines than a narrow view has
    const auto& e = viewtest::seedBlobs();
    std::vector<std::string> names;
    for (int c = 0; c < 8; ++c)
        names.push_back(c == 2 ? "CD4-positive, alpha-beta memory T cell, tissue resident"
                               : "CD8-positive cytotoxic T cell " + std::to_string(c));
    m_view->setColourBy(ColourBy::TrueLabel);
    m_view->setData(e.latent, e.data.labels, names, e.clustering.labels, e.clustering.centers);
    QCoreApplication::sendPostedEvents();
    const QStringList texts = legend->shownTexts();
    const QStringList tips = legend->shownToolTips();
    QCOMPARE(texts.size(), 9);
    for (int c = 0; c < 8; ++c) {
        const QString name = QString::fromStdString(names[std::size_t(c)]);
        if (name.size() <= ScatterLegendItem::kMaxNameLength) {
            QCOMPARE(texts[c], name);
            QVERIFY(tips[c].isEmpty());
        } else {
            QVERIFY2(texts[c].endsWith(QChar(0x2026)) && name.startsWith(texts[c].chopped(1)),
                     qPrintable(texts[c]));
            QCOMPARE(tips[c], name);
        }
    }
    QVERIFY(!legend->sceneBoundingRect().intersects(m_view->chart()->plotArea()));
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
    QVERIFY(axisX->max() >= moved.col(0).maxCoeff());
    // Keyboard: an arrow pans by a tenth of the plot; 0 shows everything again.
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
