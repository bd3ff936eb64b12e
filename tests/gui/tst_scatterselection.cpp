// Linked views on real widgets: the hover lookup (fast at 30,000 and 200,000 points, a short
// tooltip, the same row ringed in every scatter), legend clicks hiding groups everywhere, and
// a lasso or box in one scatter selecting rows that the other scatter and the Data tab's table
// show; Shift adds, Alt removes, Esc clears, a table click selects its point.
#include "DataTab.h"
#include "LatentSpacesTab.h"
#include "LatentViewControls.h"
#include "LinkedScatters.h"
#include "NumberFormat.h"
#include "RowSelection.h"
#include "ScatterLegendItem.h"
#include "ScatterView.h"
#include "TestMode.h"
#include "ViewTestData.h"

#include <QAction>
#include <QChart>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>
#include <algorithm>
#include <random>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

void send(QWidget* target, QEvent::Type type, const QPointF& at, Qt::MouseButton button,
          Qt::MouseButtons held, Qt::KeyboardModifiers keys) {
    QMouseEvent event(type, at, target->mapToGlobal(at), button, held, keys);
    QCoreApplication::sendEvent(target, &event);
}

/// A left-button drag through `corners` (chart view coordinates) on `view`'s plot.
void drag(ScatterView* view, const QPolygonF& corners, Qt::KeyboardModifiers keys = {}) {
    QWidget* viewport = view->chartView()->viewport();
    send(viewport, QEvent::MouseButtonPress, corners.first(), Qt::LeftButton, Qt::LeftButton, keys);
    for (const QPointF& at : corners)
        send(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton, keys);
    send(viewport, QEvent::MouseButtonRelease, corners.last(), Qt::LeftButton, Qt::NoButton, keys);
}

void hover(ScatterView* view, const QPointF& at) {
    send(view->chartView()->viewport(), QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton, {});
}

/// Rows of `view` whose points lie inside `outline` (view coordinates), computed from the
/// known coordinates, not through the view's selection code.
std::vector<int> rowsInside(ScatterView* view, const QPolygonF& outline) {
    std::vector<int> rows;
    for (int row = 0; row < view->rowCount(); ++row)
        if (outline.containsPoint(view->viewPositionOf(row), Qt::OddEvenFill)) rows.push_back(row);
    return rows;
}

/// Rows drawn in colour (selected) by `view`: the second half of its drawn groups.
std::vector<int> colouredRows(const ScatterView* view) {
    const auto& groups = view->drawnGroups();
    std::vector<int> rows;
    for (std::size_t g = groups.size() / 2; g < groups.size(); ++g)
        rows.insert(rows.end(), groups[g].rows.begin(), groups[g].rows.end());
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::vector<int> tableRows(const QTableView* table) {
    std::vector<int> rows;
    for (const QModelIndex& index : table->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

/// The plot area of `view` in chart view coordinates.
QRectF plotOf(ScatterView* view) {
    const QRectF plot = view->chart()->plotArea();
    return QRectF(view->chartView()->mapFromScene(view->chart()->mapToScene(plot.topLeft())),
                  plot.size());
}

/// The first 3,000 rows of seed_blobs: the PCA plane, and a second "method" rotated from it.
struct TwoSpaces {
    std::shared_ptr<Dataset> data = std::make_shared<Dataset>();
    Eigen::MatrixXd pca, other;
};

TwoSpaces twoSpaces() {
    const auto& e = viewtest::seedBlobs();
    TwoSpaces spaces;
    const int n = 3000;
    spaces.data->features = e.data.features.topRows(n);
    spaces.data->labels.assign(e.data.labels.begin(), e.data.labels.begin() + n);
    spaces.data->labelNames = e.data.labelNames;
    spaces.data->columnNames = e.data.columnNames;
    for (int row = 0; row < n; ++row)
        spaces.data->rowNames.push_back("cell-" + std::to_string(row));
    spaces.pca = e.latent.topRows(n);
    Eigen::Matrix2d turn;
    turn << 0.0, -1.0, 1.0, 0.0;
    spaces.other = spaces.pca * turn.transpose() * 3.0;
    return spaces;
}

}  // namespace

class TestScatterSelection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hoverLookupIsFast_data();
    void hoverLookupIsFast();
    void hoverTooltipAndRingInEveryScatter();
    void legendClicksHideAndSoloEverywhere();
    void lassoSelectsRowsEverywhere();

private:
    void showTab(LatentSpacesTab& tab, DataTab& dataTab, const TwoSpaces& spaces);
};

void TestScatterSelection::initTestCase() { testmode::enter(); }

void TestScatterSelection::hoverLookupIsFast_data() {
    QTest::addColumn<int>("rows");
    QTest::newRow("30,000 points") << 30000;
    QTest::newRow("200,000 points") << 200000;
}

void TestScatterSelection::hoverLookupIsFast() {
    QFETCH(int, rows);
    const auto& e = viewtest::seedBlobs();
    // The notebook's blobs, repeated with a little jitter up to `rows` points.
    Eigen::MatrixXd xy(rows, 2);
    std::vector<int> labels(std::size_t(rows), 0);
    std::mt19937 engine(5);
    for (int row = 0; row < rows; ++row) {
        const int source = row % int(e.latent.rows());
        xy.row(row) = e.latent.row(source);
        if (row >= e.latent.rows())
            xy.row(row).array() += 0.01 * ((engine() % 2001) / 1000.0 - 1.0);
        labels[std::size_t(row)] = e.data.labels[std::size_t(source)];
    }
    ScatterView view;
    view.resize(760, 560);
    view.setData(xy, labels, e.data.labelNames, {}, {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::sendPostedEvents();
    const QRectF plot = plotOf(&view);
    std::vector<double> ms;
    int hits = 0;
    for (int i = 0; i < 1001; ++i) {
        const QPointF at(plot.left() + plot.width() * ((engine() % 10000) / 10000.0),
                         plot.top() + plot.height() * ((engine() % 10000) / 10000.0));
        QElapsedTimer clock;
        clock.start();
        const int row = view.pointAt(at);
        ms.push_back(clock.nsecsElapsed() / 1e6);
        if (row >= 0) ++hits;
    }
    const double first = ms.front();  // builds the index
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    qInfo(
        "%d points: first lookup (builds the index) %.2f ms, median %.4f ms, max %.3f ms, "
        "%d of 1001 on a point",
        rows, first, median, ms.back(), hits);
    QVERIFY(hits > 50);
    QVERIFY2(median < 5.0, qPrintable(QString::number(median)));
}

void TestScatterSelection::showTab(LatentSpacesTab& tab, DataTab& dataTab,
                                   const TwoSpaces& spaces) {
    Config config;
    config.methods = {"pca", "umap"};
    tab.resize(1400, 800);
    tab.beginRun(config);
    tab.showData(spaces.data);
    tab.showEmbedding("pca", spaces.pca);
    tab.showEmbedding("umap", spaces.other);
    dataTab.setDataset(spaces.data);
    dataTab.setSelection(tab.selection());
    tab.show();
    dataTab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(QTest::qWaitForWindowExposed(&dataTab));
    QCoreApplication::sendPostedEvents();
}

void TestScatterSelection::hoverTooltipAndRingInEveryScatter() {
    const TwoSpaces spaces = twoSpaces();
    LatentSpacesTab tab;
    DataTab dataTab;
    showTab(tab, dataTab, spaces);
    ScatterView* pca = tab.scatter("pca");
    ScatterView* other = tab.scatter("umap");
    QVERIFY(pca && other);
    // A point alone enough to be the one under the cursor: the farthest from the centre.
    int row = 0;
    const Eigen::RowVector2d centre = spaces.pca.colwise().mean();
    (spaces.pca.rowwise() - centre).rowwise().squaredNorm().maxCoeff(&row);
    QSignalSpy hovered(pca, &ScatterView::hoveredRowChanged);
    hover(pca, pca->viewPositionOf(row) + QPointF(1, 0));
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.first().first().toInt(), row);
    const QString tip = QToolTip::text();
    QVERIFY2(
        tip.startsWith(
            QStringLiteral("cell-%1 (row %2)").arg(row).arg(report::NumberFormat::count(row + 1))),
        qPrintable(tip));
    QVERIFY2(tip.contains(
                 QStringLiteral("label: ") +
                 QString::fromStdString(
                     spaces.data->labelNames[std::size_t(spaces.data->labels[std::size_t(row)])])),
             qPrintable(tip));
    QVERIFY(tip.split(QLatin1Char('\n')).size() <= 5);
    // The same row is ringed in both scatters, at its own place in each.
    QCOMPARE(pca->highlightedRow(), row);
    QCOMPARE(other->highlightedRow(), row);
    QVERIFY(pca->highlightShown() && other->highlightShown());
    // Away from every point: no tooltip, no ring.
    hover(pca, plotOf(pca).topLeft() + QPointF(2, 2));
    QCOMPARE(other->highlightedRow(), -1);
    QVERIFY(!other->highlightShown());
}

void TestScatterSelection::legendClicksHideAndSoloEverywhere() {
    const TwoSpaces spaces = twoSpaces();
    LatentSpacesTab tab;
    DataTab dataTab;
    showTab(tab, dataTab, spaces);
    ScatterView* pca = tab.scatter("pca");
    ScatterView* other = tab.scatter("umap");
    const int firstCount = int(std::count(spaces.data->labels.begin(), spaces.data->labels.end(),
                                          pca->groupCodes().front()));
    // Each entry says how many points it has.
    const QString firstText = pca->legend()->shownTexts().first();
    QVERIFY2(
        firstText.endsWith(QStringLiteral(" (%1)").arg(report::NumberFormat::count(firstCount))),
        qPrintable(firstText));
    const auto click = [pca](int entry, bool twice) {
        const QRectF box = pca->legend()->entryRect(entry);
        QVERIFY(!box.isEmpty());
        const QPoint at = pca->chartView()->mapFromScene(box.center());
        QWidget* viewport = pca->chartView()->viewport();
        // As the mouse does: a click, then the double-click event for its second press.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        if (twice) QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
    };
    const int all = pca->pointCount();
    click(0, false);
    QCOMPARE(pca->hiddenGroups(), std::vector<int>{pca->groupCodes().front()});
    QCOMPARE(other->hiddenGroups(), pca->hiddenGroups());
    QCOMPARE(pca->pointCount(), all - firstCount);
    QCOMPARE(other->pointCount(), all - firstCount);
    QVERIFY(pca->legend()->entries().front().hidden);
    click(0, false);
    QVERIFY(pca->hiddenGroups().empty());
    // Double-click: that group alone, in both; again: all.
    click(2, true);
    QCOMPARE(int(other->hiddenGroups().size()), int(pca->groupCodes().size()) - 1);
    const int code = pca->groupCodes()[2];
    const int codeCount =
        int(std::count(spaces.data->labels.begin(), spaces.data->labels.end(), code));
    QCOMPARE(other->pointCount(), codeCount);
    click(2, true);
    QVERIFY(other->hiddenGroups().empty());
    QCOMPARE(other->pointCount(), all);
}

void TestScatterSelection::lassoSelectsRowsEverywhere() {
    const TwoSpaces spaces = twoSpaces();
    LatentSpacesTab tab;
    DataTab dataTab;
    showTab(tab, dataTab, spaces);
    ScatterView* pca = tab.scatter("pca");
    ScatterView* other = tab.scatter("umap");
    QTableView* table = dataTab.table();
    tab.viewControls()->selectButton()->click();  // "Select", its menu on Lasso
    QCOMPARE(tab.links()->dragTool(), DragTool::Lasso);

    // A pentagon over the middle of the plot.
    const QRectF plot = plotOf(pca);
    const QPointF c = plot.center();
    const double r = 0.3 * std::min(plot.width(), plot.height());
    QPolygonF lasso;
    for (int k = 0; k < 5; ++k)
        lasso << QPointF(std::round(c.x() + r * std::cos(1.2566 * k)),
                         std::round(c.y() + r * std::sin(1.2566 * k)));
    const std::vector<int> expected = rowsInside(pca, lasso);
    QVERIFY(expected.size() > 50 && expected.size() < 2900);
    drag(pca, lasso);
    QCOMPARE(tab.selection()->rows(), expected);
    // Highlighted in the other scatter (its rows are the same: no subsample), grey the rest.
    QCOMPARE(colouredRows(other), expected);
    QCOMPARE(int(other->drawnGroups().front().colour.saturation()), 0);
    QCOMPARE(tableRows(table), expected);

    // Shift adds a box (drawn in zoom mode with Shift: a lasso through the box's corners).
    tab.viewControls()->selectButton()->click();  // back to zoom
    QCOMPARE(tab.links()->dragTool(), DragTool::Zoom);
    const QRectF corner(plot.left() + 5, plot.top() + 5, plot.width() / 3, plot.height() / 3);
    const QPolygonF box(corner);
    std::vector<int> added = rowsInside(pca, box);
    drag(pca, box, Qt::ShiftModifier);
    std::vector<int> union_;
    std::set_union(expected.begin(), expected.end(), added.begin(), added.end(),
                   std::back_inserter(union_));
    QCOMPARE(tab.selection()->rows(), union_);
    // Alt takes a box out, in box mode.
    tab.viewControls()->shapeAction(DragTool::Box)->trigger();  // the menu's Box
    QCOMPARE(tab.links()->dragTool(), DragTool::Box);
    const QRectF cut(c.x() - r / 2, c.y() - r / 2, r, r);
    const std::vector<int> removed = rowsInside(pca, QPolygonF(cut));
    drag(pca, QPolygonF{cut.topLeft(), cut.bottomRight()}, Qt::AltModifier);
    std::vector<int> rest;
    std::set_difference(union_.begin(), union_.end(), removed.begin(), removed.end(),
                        std::back_inserter(rest));
    QCOMPARE(tab.selection()->rows(), rest);
    QCOMPARE(colouredRows(other), rest);
    QCOMPARE(tableRows(table), rest);
    // Esc in a scatter clears.
    QTest::keyClick(other->chartView(), Qt::Key_Escape);
    QVERIFY(tab.selection()->isEmpty());
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(other->drawnGroups().size(), other->groups().size());  // no grey layer
    // A click on a table row selects that point.
    const int row = 7;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 0)).center());
    QCOMPARE(tab.selection()->rows(), std::vector<int>{row});
    QCOMPARE(colouredRows(pca), std::vector<int>{row});
}

QTEST_MAIN(TestScatterSelection)
#include "tst_scatterselection.moc"
