// The Data tab's 3-D scatter on seed_blobs (OpenGL: run under xvfb-run, not offscreen):
// ticks at nice steps, the vertical axis's lowest label left out where it would sit on the
// horizontal axes' end labels, and exports whose legend and title sit beside the graph and
// whose graph is whole at any aspect ratio. Exports are drawn with QPainter: checked against
// Data Visualization's own OpenGL render from the same camera (each axis points the same
// way), near points cover far ones, and the drawing is a vector one (SVG).
#include "ChartExport.h"
#include "NiceScale.h"
#include "NiceSteps.h"
#include "Palette.h"
#include "RecordedChart.h"
#include "Scatter3DView.h"
#include "ViewTestData.h"

#include <QDir>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtDataVisualization/Q3DCamera>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DScene>
#include <QtDataVisualization/QValue3DAxis>
#include <QtTest>
#include <cmath>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

/// Rows of `image` within `rect` (device pixels) holding anything but the background.
int inkedRows(const QImage& image, const QRect& rect) {
    const QRgb background = image.pixel(0, 0);
    int rows = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (image.pixel(x, y) != background) {
                ++rows;
                break;
            }
    return rows;
}

/// Four tight groups: 0 at the (-, -, -) corner, 1 at +x, 2 at +y, 3 at +z, so that where
/// each lands against group 0 shows which way that axis points in a picture.
std::shared_ptr<Dataset> axisGroups() {
    auto data = std::make_shared<Dataset>();
    const int each = 60;
    data->features.resize(4 * each, 3);
    const double corner[4][3] = {
        {-0.8, -0.8, -0.8}, {0.8, -0.8, -0.8}, {-0.8, 0.8, -0.8}, {-0.8, -0.8, 0.8}};
    for (int g = 0; g < 4; ++g)
        for (int i = 0; i < each; ++i) {
            const int row = g * each + i;
            for (int c = 0; c < 3; ++c)
                data->features(row, c) = corner[g][c] + 0.04 * std::sin(1.7 * i + c);
            data->labels.push_back(g);
        }
    data->features(0, 0) = -1.0;  // the ranges: exactly [-1, 1] on every axis
    data->features(each, 0) = 1.0;
    for (int c = 1; c < 3; ++c) {
        data->features(0, c) = -1.0;
        data->features(c == 1 ? 2 * each : 3 * each, c) = 1.0;
    }
    data->columnNames = {"x", "y", "z"};
    data->labelNames = {"origin", "+x", "+y", "+z"};
    return data;
}

/// Mean position of the pixels of `rect` nearest to group `g`'s palette colour (within a
/// shading allowance); (-1, -1) when there are none.
QPointF centroidOf(const QImage& image, const QRect& rect, int g, int groups) {
    double x = 0, y = 0;
    int count = 0;
    for (int py = rect.top(); py <= rect.bottom(); ++py)
        for (int px = rect.left(); px <= rect.right(); ++px) {
            const QColor pixel = image.pixelColor(px, py);
            int best = -1;
            double bestDistance = 70.0;
            for (int k = 0; k < groups; ++k) {
                const QColor c = Palette::color(k);
                const double d = std::hypot(pixel.red() - c.red(), pixel.green() - c.green(),
                                            pixel.blue() - c.blue());
                if (d < bestDistance) best = k, bestDistance = d;
            }
            if (best == g) x += px, y += py, ++count;
        }
    return count > 0 ? QPointF(x / count, y / count) : QPointF(-1, -1);
}

double cosine(const QPointF& a, const QPointF& b) {
    return (a.x() * b.x() + a.y() * b.y()) / (std::hypot(a.x(), a.y()) * std::hypot(b.x(), b.y()));
}

}  // namespace

class TestScatter3D : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ticksAreNice();
    void exportsKeepTheGraphWhole_data();
    void exportsKeepTheGraphWhole();
    void exportFollowsTheScreensCamera_data();
    void exportFollowsTheScreensCamera();
    void nearPointsCoverFarOnes();
    void exportIsAVectorDrawing();

private:
    Scatter3DView* m_view = nullptr;
};

void TestScatter3D::init() {
    m_view = new Scatter3DView;
    if (!m_view->graph()) QSKIP("no OpenGL on this display (run under xvfb-run)");
    m_view->setDataset(std::make_shared<Dataset>(viewtest::seedBlobs().data));
}

void TestScatter3D::cleanup() {
    delete m_view;
    m_view = nullptr;
}

void TestScatter3D::ticksAreNice() {
    m_view->resize(490, 560);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const auto& features = viewtest::seedBlobs().data.features;
    // Graph x, y, z show the data's columns 0, 2 and 1.
    const QValue3DAxis* axes[3] = {m_view->graph()->axisX(), m_view->graph()->axisY(),
                                   m_view->graph()->axisZ()};
    const int columns[3] = {0, 2, 1};
    for (int a = 0; a < 3; ++a) {
        const double low = axes[a]->min(), high = axes[a]->max();
        const double step = (high - low) / axes[a]->segmentCount();
        QVERIFY2(std::abs(nice::stepAtLeast(step * 0.999) - step) < 1e-5 * step,
                 qPrintable(QString::number(step)));
        QVERIFY(std::abs(low / step - std::round(low / step)) < 1e-4);
        QVERIFY(std::abs(high / step - std::round(high / step)) < 1e-4);
        QVERIFY(axes[a]->segmentCount() >= 3 && axes[a]->segmentCount() <= 8);
        // The range holds the column (every row is drawn at 30,000 > 20,000? no: a sample).
        QVERIFY(low <= features.col(columns[a]).minCoeff() + step);
        QVERIFY(high >= features.col(columns[a]).maxCoeff() - step);
    }
    // Labels as drawn: the vertical axis leaves out its lowest; the others read as numbers.
    QTRY_VERIFY(!axes[1]->labels().isEmpty());
    const QStringList vertical = axes[1]->labels();
    QCOMPARE(vertical.first(), QString());
    for (int i = 1; i < vertical.size(); ++i) {
        bool ok = false;
        vertical[i].toDouble(&ok);
        QVERIFY2(ok, qPrintable(vertical[i]));
    }
    QVERIFY(!axes[0]->labels().first().isEmpty());
}

void TestScatter3D::exportsKeepTheGraphWhole_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("laptop") << QSize(490, 560);
    QTest::newRow("tall") << QSize(750, 800);
    QTest::newRow("wide") << QSize(900, 420);
}

void TestScatter3D::exportsKeepTheGraphWhole() {
    QFETCH(QSize, size);
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const QImage image = ChartExport::toImage(m_view, 1.0);
    const QRectF target(QPointF(0, 0), QSizeF(m_view->exportSize()));
    const Scatter3DView::ExportLayout layout = m_view->exportLayout(target);
    QVERIFY(target.contains(layout.graph) && target.contains(layout.legend));
    QVERIFY(!layout.legend.intersects(layout.graph));
    QVERIFY(!layout.title.intersects(layout.graph));
    // The box is not cut at the graph's bottom edge: its last rows are empty.
    const QRect graph = layout.graph.toAlignedRect().adjusted(1, 1, -1, -1);
    const QRect bottom(graph.left(), graph.bottom() - 5, graph.width(), 6);
    QCOMPARE(inkedRows(image, bottom), 0);
    QVERIFY(inkedRows(image, graph) > graph.height() / 3);
    // The title and legend are drawn.
    QVERIFY(inkedRows(image, layout.title.toAlignedRect()) > 6);
    QVERIFY(inkedRows(image, layout.legend.toAlignedRect()) > 8 * 8);
    const QString folder = qEnvironmentVariable("LATENTLAB_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        image.save(QDir(folder).filePath(
            QStringLiteral("scatter3d-%1x%2.png").arg(size.width()).arg(size.height())));
}

void TestScatter3D::exportFollowsTheScreensCamera_data() {
    QTest::addColumn<double>("azimuth");
    QTest::addColumn<double>("elevation");
    QTest::newRow("isometric right") << -45.0 << 22.5;
    QTest::newRow("turned left, high") << 30.0 << 40.0;
    QTest::newRow("from behind") << 150.0 << 15.0;
    QTest::newRow("from the side") << -100.0 << 55.0;
}

void TestScatter3D::exportFollowsTheScreensCamera() {
    QFETCH(double, azimuth);
    QFETCH(double, elevation);
    m_view->setDataset(axisGroups());
    m_view->resize(600, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setCamera(azimuth, elevation);
    const QImage screen = m_view->graph()->renderToImage(0, QSize(500, 500));
    const QImage exported = ChartExport::toImage(m_view, 1.0);
    const QRect graph = m_view->exportLayout(QRectF(QPointF(0, 0), QSizeF(m_view->exportSize())))
                            .graph.toAlignedRect();
    const QPointF screenOrigin = centroidOf(screen, screen.rect(), 0, 4);
    const QPointF exportOrigin = centroidOf(exported, graph, 0, 4);
    QVERIFY(screenOrigin.x() >= 0 && exportOrigin.x() >= 0);
    double screenLength[4] = {}, exportLength[4] = {};
    for (int g = 1; g < 4; ++g) {
        // Where axis g points, from the corner group: the same way in both pictures.
        const QPointF onScreen = centroidOf(screen, screen.rect(), g, 4) - screenOrigin;
        const QPointF inExport = centroidOf(exported, graph, g, 4) - exportOrigin;
        const double agreement = cosine(onScreen, inExport);
        qInfo("axis %d: screen (%.0f, %.0f), export (%.0f, %.0f), cosine %.3f", g, onScreen.x(),
              onScreen.y(), inExport.x(), inExport.y(), agreement);
        QVERIFY2(agreement > 0.9, qPrintable(QString::number(agreement)));
        screenLength[g] = std::hypot(onScreen.x(), onScreen.y());
        exportLength[g] = std::hypot(inExport.x(), inExport.y());
    }
    // And the box has the same proportions: the vertical against the longer floor axis
    // (the screen's perspective allows a little).
    const double screenUp = screenLength[3] / std::max(screenLength[1], screenLength[2]);
    const double exportUp = exportLength[3] / std::max(exportLength[1], exportLength[2]);
    qInfo("height / floor: screen %.2f, export %.2f", screenUp, exportUp);
    QVERIFY(std::abs(exportUp / screenUp - 1.0) < 0.25);
}

void TestScatter3D::nearPointsCoverFarOnes() {
    // Seen from the front (y runs away from the camera), a group-1 point right behind a
    // group-0 point of the same size is hidden, whichever row comes first.
    for (const bool nearFirst : {true, false}) {
        auto data = axisGroups();
        const int near = nearFirst ? 0 : 1, far = 1 - near;
        for (int c : {0, 2}) data->features(near, c) = data->features(far, c) = 0.1;
        data->features(near, 1) = -0.5;
        data->features(far, 1) = 0.5;
        data->labels[std::size_t(near)] = 0;
        data->labels[std::size_t(far)] = 1;
        m_view->setDataset(data);
        m_view->setCamera(0.0, 0.0);
        const QImage exported = ChartExport::toImage(m_view, 1.0);
        const QRectF graph =
            m_view->exportLayout(QRectF(QPointF(0, 0), QSizeF(m_view->exportSize()))).graph;
        // Around the point: the box's centre column, in the middle third of its height.
        const QRect middle(int(graph.center().x()) - 30, int(graph.top() + graph.height() / 3), 60,
                           int(graph.height() / 3));
        QVERIFY2(centroidOf(exported, middle, 0, 4).x() >= 0, "the near point is not drawn");
        QVERIFY2(centroidOf(exported, middle, 1, 4).x() < 0, "the far point shows through");
    }
}

void TestScatter3D::exportIsAVectorDrawing() {
    m_view->resize(490, 560);
    const QTemporaryDir dir;
    const QString path = dir.filePath("data_3d.svg");
    QString error;
    QVERIFY2(ChartExport::saveSvg(m_view, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(QSvgRenderer(svg).isValid());
    // Every point is a shape of its own (a path or an ellipse per mark), not one image.
    QVERIFY(!svg.contains("<image"));
    const qsizetype shapes = svg.count("<path") + svg.count("<ellipse") + svg.count("<circle");
    QVERIFY2(shapes >= m_view->pointCount(), qPrintable(QString::number(shapes)));
}

QTEST_MAIN(TestScatter3D)
#include "tst_scatter3d.moc"
