// The Data tab's 3-D scatter on seed_blobs (OpenGL: run under xvfb-run, not offscreen):
// ticks at nice steps, the vertical axis's lowest label left out where it would sit on the
// horizontal axes' end labels, and exports whose legend and title sit beside the graph and
// whose graph is whole at any aspect ratio.
#include "ChartExport.h"
#include "NiceScale.h"
#include "Scatter3DView.h"
#include "ViewTestData.h"

#include <QDir>
#include <QtDataVisualization/Q3DScatter>
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

}  // namespace

class TestScatter3D : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ticksAreNice();
    void exportsKeepTheGraphWhole_data();
    void exportsKeepTheGraphWhole();

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
        QVERIFY2(std::abs(NiceScale::niceStepAtLeast(step * 0.999) - step) < 1e-5 * step,
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

QTEST_MAIN(TestScatter3D)
#include "tst_scatter3d.moc"
