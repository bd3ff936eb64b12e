// Zoom as a user keeps it: a range zoomed to in a scatter survives a rerun of the same data
// (same data settings) and goes back to the opening view when the data settings change; with
// "Align to PCA" the scatters' axes are comparable and "Link zoom" makes a zoom, a pan or a
// reset in one of them the same in all of them; unchecked, each zooms on its own.
#include "LatentSpacesTab.h"
#include "LatentViewControls.h"
#include "LinkedScatters.h"
#include "ScatterView.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QtTest>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

/// A 40 x 40 grid over [-1, 1]^2 as "PCA", and as "autoencoder" the same grid rotated by
/// 30 degrees, scaled by 3 and moved to (10, -4): aligned onto PCA it lands on the grid.
struct Spaces {
    std::shared_ptr<Dataset> data = std::make_shared<Dataset>();
    Eigen::MatrixXd pca = Eigen::MatrixXd(1600, 2);
    Eigen::MatrixXd ae = Eigen::MatrixXd(1600, 2);
    Spaces() {
        const double c = std::cos(0.5236), s = std::sin(0.5236);
        for (int i = 0; i < 1600; ++i) {
            const double x = -1.0 + 2.0 * (i % 40) / 39.0, y = -1.0 + 2.0 * (i / 40) / 39.0;
            pca.row(i) << x, y;
            ae.row(i) << 10.0 + 3.0 * (c * x - s * y), -4.0 + 3.0 * (s * x + c * y);
        }
        data->features = pca;
        data->columnNames = {"a", "b"};
    }
};

/// One run of `config` on `spaces`, as the run controller feeds the tab.
void run(LatentSpacesTab& tab, const Config& config, const Spaces& spaces) {
    tab.beginRun(config);
    tab.showData(std::make_shared<const Dataset>(*spaces.data));  // a new copy, as a rerun reads
    tab.showEmbedding("pca", spaces.pca);
    tab.showSnapshot("autoencoder", 1, 0.5 * spaces.ae);
    QTRY_COMPARE(tab.scatter("autoencoder")->rowCount(), 1600);
    tab.showEmbedding("autoencoder", spaces.ae);
}

/// `tab` on screen, 1000 x 700, with a first run of `config` on `spaces`.
bool showFirstRun(LatentSpacesTab& tab, const Config& config, const Spaces& spaces) {
    tab.resize(1000, 700);
    tab.show();
    if (!QTest::qWaitForWindowExposed(&tab)) return false;
    run(tab, config, spaces);
    return tab.scatter("autoencoder")->rowCount() == 1600;
}

bool near(const QRectF& a, const QRectF& b) {
    const double tolerance = 1e-9 * std::max(1.0, std::abs(a.width()) + std::abs(a.height()));
    return std::abs(a.left() - b.left()) < tolerance &&
           std::abs(a.right() - b.right()) < tolerance && std::abs(a.top() - b.top()) < tolerance &&
           std::abs(a.bottom() - b.bottom()) < tolerance;
}

QString describe(const QRectF& r) {
    return QStringLiteral("x %1..%2, y %3..%4")
        .arg(r.left())
        .arg(r.right())
        .arg(r.top())
        .arg(r.bottom());
}

void zoomIn(ScatterView* view, double factor) {
    view->chartView()->zoomAround(view->chart()->plotArea().center() + QPointF(20, 10), factor);
}

}  // namespace

class TestZoomLinks : public QObject {
    Q_OBJECT
private slots:
    void zoomSurvivesARerunOfTheSameData();
    void alignedViewsShareTheirZoom();
    void unlinkedViewsZoomAlone();
};

void TestZoomLinks::zoomSurvivesARerunOfTheSameData() {
    Spaces spaces;
    LatentSpacesTab tab;
    Config config;
    config.autoencoder.epochs = 3;
    QVERIFY(showFirstRun(tab, config, spaces));
    ScatterView* pca = tab.scatter("pca");
    const QRectF opening = pca->visibleRange();
    QVERIFY(opening.contains(QPointF(-1, -1)) && opening.contains(QPointF(1, 1)));
    zoomIn(pca, 3.0);
    const QRectF zoomed = pca->visibleRange();
    QVERIFY(zoomed.width() < opening.width() / 2.5);
    QVERIFY(pca->zoomedByUser());
    const QRectF aeOpening = tab.scatter("autoencoder")->visibleRange();

    // Another seed of the autoencoder is a rerun of the same data: PCA stays where it was.
    config.autoencoder.seed += 1;
    run(tab, config, spaces);
    QVERIFY2(near(pca->visibleRange(), zoomed), qPrintable(describe(pca->visibleRange())));
    QVERIFY(pca->zoomedByUser());
    QVERIFY(pca->pointsOutsideView() > 0);  // and says what it leaves out
    QVERIFY(near(tab.scatter("autoencoder")->visibleRange(), aeOpening));

    // Other data settings (here the scaling) are other data: the opening view again.
    config.data.scaling = Scaling::ZScore;
    run(tab, config, spaces);
    QVERIFY(!pca->zoomedByUser());
    QVERIFY2(near(pca->visibleRange(), opening), qPrintable(describe(pca->visibleRange())));
    QCOMPARE(pca->pointsOutsideView(), 0);
}

void TestZoomLinks::alignedViewsShareTheirZoom() {
    Spaces spaces;
    LatentSpacesTab tab;
    Config config;
    config.autoencoder.epochs = 3;
    QVERIFY(showFirstRun(tab, config, spaces));
    QAction* link = tab.viewControls()->linkZoomAction();
    QVERIFY(link->isChecked());
    QVERIFY2(!link->isEnabled(), "unaligned axes are not comparable: nothing to link");
    ScatterView* pca = tab.scatter("pca");
    ScatterView* ae = tab.scatter("autoencoder");
    // Not aligned: a zoom in PCA leaves the autoencoder (other axes) alone.
    const QRectF aeOwn = ae->visibleRange();
    zoomIn(pca, 2.0);
    QVERIFY(near(ae->visibleRange(), aeOwn));

    tab.findChild<QCheckBox*>(QStringLiteral("alignAe"))->setChecked(true);
    QVERIFY(link->isEnabled());
    QVERIFY2(!pca->zoomedByUser(), "aligning moves the points: the zoom starts over");
    QCOMPARE(tab.links()->rangeGroup().size(), std::size_t(2));
    QVERIFY(near(ae->visibleRange(), pca->visibleRange()));
    // Aligned onto the grid, the autoencoder's points cover PCA's range.
    const AxisBox box = ae->dataExtent();
    QVERIFY(std::abs(box.low[0] + 1.0) < 0.05 && std::abs(box.high[1] - 1.0) < 0.05);

    zoomIn(pca, 4.0);
    QVERIFY(pca->visibleRange().width() < 0.7);
    QVERIFY2(near(ae->visibleRange(), pca->visibleRange()),
             qPrintable(describe(ae->visibleRange())));
    ae->chartView()->panBy(0.2, -0.1);
    QVERIFY2(near(pca->visibleRange(), ae->visibleRange()),
             qPrintable(describe(pca->visibleRange())));
    // A reset in one (0 or Home, as double-click) resets both.
    ae->chartView()->setFocus();
    QTest::keyClick(ae->chartView(), Qt::Key_0);
    QVERIFY(!pca->zoomedByUser() && !ae->zoomedByUser());
    QVERIFY(near(ae->visibleRange(), pca->visibleRange()));
    QVERIFY(pca->visibleRange().width() > 2.0);

    // A rerun of the same data keeps the shared zoom in both.
    zoomIn(ae, 2.0);
    const QRectF shared = ae->visibleRange();
    config.autoencoder.seed += 1;
    run(tab, config, spaces);
    QVERIFY2(near(pca->visibleRange(), shared), qPrintable(describe(pca->visibleRange())));
    QVERIFY2(near(ae->visibleRange(), shared), qPrintable(describe(ae->visibleRange())));
}

void TestZoomLinks::unlinkedViewsZoomAlone() {
    Spaces spaces;
    LatentSpacesTab tab;
    Config config;
    config.autoencoder.epochs = 3;
    QVERIFY(showFirstRun(tab, config, spaces));
    tab.findChild<QCheckBox*>(QStringLiteral("alignAe"))->setChecked(true);
    tab.viewControls()->linkZoomAction()->setChecked(false);
    ScatterView* pca = tab.scatter("pca");
    ScatterView* ae = tab.scatter("autoencoder");
    const QRectF before = ae->visibleRange();
    zoomIn(pca, 3.0);
    QVERIFY(near(ae->visibleRange(), before));
    QVERIFY(!near(pca->visibleRange(), before));
    // Linked again, the other view takes the zoomed one's range at once.
    tab.viewControls()->linkZoomAction()->setChecked(true);
    QVERIFY(near(ae->visibleRange(), pca->visibleRange()));
    // The choice is kept with the view state (sessions).
    tab.viewControls()->linkZoomAction()->setChecked(false);
    const QJsonObject state = tab.viewState();
    QCOMPARE(state.value("link_zoom").toBool(true), false);
    LatentSpacesTab other;
    other.setViewState(state);
    QVERIFY(!other.viewControls()->linkZoomAction()->isChecked());
    QVERIFY(!other.links()->linksRanges());
}

QTEST_MAIN(TestZoomLinks)
#include "tst_zoomlinks.moc"
