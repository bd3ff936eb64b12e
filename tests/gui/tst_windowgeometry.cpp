// The real window at a laptop's and a desktop's size after a run of the seed notebook: each
// scatter's plot at least 300 px tall with four or more ticks on each axis, every row and
// column of the metrics table reachable, nothing cut off at the window's edge, titles that
// fit their charts. With LATENTLAB_SCREENSHOT_DIR set it saves each tab as it looked.
#include "AnalysisController.h"
#include "ChartExport.h"
#include "ChartStyle.h"
#include "ClustersTab.h"
#include "DataTab.h"
#include "KSweepChartView.h"
#include "LatentSpacesLayout.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MainWindow.h"
#include "MetricBoxPlotView.h"
#include "MetricsTableView.h"
#include "Presets.h"
#include "RobustnessTab.h"
#include "Scatter3DView.h"
#include "ScatterView.h"
#include "SettingsPanel.h"
#include "TestMode.h"
#include "VarianceBarsView.h"
#include "WindowRun.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QtTest>

#include <memory>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

void saveScreenshot(QWidget& window, const QString& name) {
    const QString folder = qEnvironmentVariable("LATENTLAB_SCREENSHOT_DIR");
    if (folder.isEmpty()) return;
    window.grab().save(QDir(folder).filePath(name));
    // The screen as well: a widget grab leaves the 3-D view's OpenGL window out (xcb only).
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        window.screen()->grabWindow(0).save(
            QDir(folder).filePath(QStringLiteral("screen-") + name));
}

/// Lets Qt Charts apply the layouts it posts (axes, plot areas) and the splitters settle.
void settle() {
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// The widget is visible and whole: no parent up to the window clips any of it.
bool shownWhole(QWidget* widget, QWidget* window) {
    if (!widget->isVisible()) return false;
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QPoint origin = parent == window ? QPoint(0, 0) : parent->mapTo(window, QPoint());
        if (!QRect(origin, parent->size()).contains(inWindow)) return false;
        if (parent == window) break;
    }
    return true;
}

QString sizeText(const QSize& size) {
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

}  // namespace

class TestWindowGeometry : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void latentSpacesFit_data();
    void latentSpacesFit();
    void tunedPresetAlignsOnSharedAxes();
    void otherTabsAtLaptopSize();
    void cleanupTestCase();

private:
    /// The notebook's run, made once and shown at every size of latentSpacesFit.
    std::unique_ptr<MainWindow> m_notebook;
};

void TestWindowGeometry::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestWindowGeometry::latentSpacesFit_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("wholeTable");
    // 1366 x 768 maximised under a window manager (panel and title bar off), and what the
    // window's first-launch sizing gives on that screen without one (95 %); the same for a
    // 1600 x 1000 screen, where the whole metrics table must show without scrolling.
    QTest::newRow("laptop, maximised") << QSize(1366, 740) << false;
    QTest::newRow("laptop, first launch") << QSize(1297, 729) << false;
    QTest::newRow("desktop, maximised") << QSize(1600, 970) << true;
    QTest::newRow("desktop, first launch") << QSize(1520, 950) << true;
}

void TestWindowGeometry::latentSpacesFit() {
    QFETCH(QSize, size);
    QFETCH(bool, wholeTable);
    if (!m_notebook) {
        // The notebook's data (its numbers set the table's widths), trained for 5 epochs
        // instead of 50: the layout does not depend on it. One run, then the window is resized
        // to each size (a run of 30,000 rows takes minutes under ASan).
        m_notebook = std::make_unique<MainWindow>();
        Config config = m_notebook->config();
        config.autoencoder.epochs = 5;
        m_notebook->setConfig(config);
        m_notebook->resize(size);
        m_notebook->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_notebook.get()));
        QVERIFY(runAndWait(*m_notebook));
    }
    MainWindow& window = *m_notebook;
    window.resize(size);
    settle();
    QCOMPARE(window.size(), size);
    LatentSpacesTab* tab = window.latentSpaces();

    for (ScatterView* scatter : {tab->scatter("pca"), tab->scatter("autoencoder")}) {
        const QString name = scatter->objectName();
        // Five epochs leave training warnings: their one-line strip over the autoencoder's
        // title takes its room from every plot alike (no more than a line's worth).
        const int room = scatter->topInsetRect().height();
        const int line = QFontMetrics(window.font()).height();
        QVERIFY2(room < 2 * line + 4,
                 qPrintable(QStringLiteral("%1: %2 px for the warnings").arg(name).arg(room)));
        QCOMPARE(room, tab->scatter("pca")->topInsetRect().height());
        QTRY_VERIFY2(
            scatter->chart()->plotArea().height() >= LatentSpacesLayout::kMinPlotHeight - room,
            qPrintable(QStringLiteral("%1: plot %2 px tall")
                           .arg(name)
                           .arg(scatter->chart()->plotArea().height())));
        QVERIFY2(shownWhole(scatter, &window), qPrintable(name));
        for (QAbstractAxis* axis : scatter->chart()->axes()) {
            auto* ticks = qobject_cast<QCategoryAxis*>(axis);
            QVERIFY(ticks);
            QVERIFY2(ticks->count() >= 4, qPrintable(QStringLiteral("%1, %2: %3 ticks")
                                                         .arg(name, ticks->titleText())
                                                         .arg(ticks->count())));
        }
    }

    // Every row of the metrics table can be brought into view whole, every column is shown.
    QTableWidget* table = tab->metricsTable()->table();
    QVERIFY(shownWhole(tab->metricsTable(), &window));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    const int readable = table->fontMetrics().height();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->isRowHidden(row)) continue;  // a metric no method shown has
        table->scrollToItem(table->item(row, 0));
        const QRect cell = table->visualItemRect(table->item(row, 0));
        QVERIFY2(table->viewport()->rect().contains(cell) && cell.height() >= readable,
                 qPrintable(QStringLiteral("row %1 at %2 px tall").arg(row).arg(cell.height())));
    }
    for (int column = 0; column < table->columnCount(); ++column)
        QVERIFY(table->columnViewportPosition(column) + table->columnWidth(column) <=
                table->viewport()->width());
    if (wholeTable) QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    // Scrolled or not, the last row shown is shown whole.
    table->scrollToTop();
    const int rest = table->viewport()->height() % table->rowHeight(0);
    QVERIFY2(wholeTable || rest <= 2, qPrintable(QStringLiteral("%1 px of a row").arg(rest)));
    table->scrollToTop();

    // The loss chart keeps a plot one can read a curve in.
    LossChartView* loss = tab->lossChart();
    QVERIFY(shownWhole(loss, &window));
    QVERIFY2(loss->chart()->plotArea().height() >= 60,
             qPrintable(QString::number(loss->chart()->plotArea().height())));
    qInfo("%s: scatter plots %.0f and %.0f px tall, loss plot %.0f px, table %d of %d rows",
          qPrintable(sizeText(size)), tab->scatter("pca")->chart()->plotArea().height(),
          tab->scatter("autoencoder")->chart()->plotArea().height(),
          loss->chart()->plotArea().height(),
          table->rowCount() - table->verticalScrollBar()->maximum(), table->rowCount());
    saveScreenshot(window, QStringLiteral("latent-%1.png").arg(sizeText(size)));
}

void TestWindowGeometry::tunedPresetAlignsOnSharedAxes() {
    // The Tuned (Adam) autoencoder puts the classes nearly on a line. Aligned to PCA it used
    // to shrink to half PCA's size and fill its own axes as stripes 0.08 wide; now it has
    // PCA's spread and both scatters show the same ranges.
    MainWindow window;
    window.resize(1520, 950);
    window.settings()->applyPreset(gui::presetNames()[1]);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(runAndWait(window));
    LatentSpacesTab* tab = window.latentSpaces();
    tab->findChild<QCheckBox*>(QStringLiteral("alignAe"))->setChecked(true);
    settle();
    for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        auto* pca =
            qobject_cast<QCategoryAxis*>(tab->scatter("pca")->chart()->axes(orientation)[0]);
        auto* ae = qobject_cast<QCategoryAxis*>(
            tab->scatter("autoencoder")->chart()->axes(orientation)[0]);
        QCOMPARE(ae->min(), pca->min());
        QCOMPARE(ae->max(), pca->max());
        QVERIFY(ae->count() >= 4);
    }
    // The aligned cloud's spread (RMS distance from its mean) is PCA's.
    const auto spread = [](const Eigen::MatrixXd& xy) {
        return std::sqrt((xy.rowwise() - xy.colwise().mean()).squaredNorm() / double(xy.rows()));
    };
    const Result& result = *window.result();
    const double pcaSpread = spread(result.space("pca").embedding);
    const AxisBox ae = tab->scatter("autoencoder")->dataExtent();
    const AxisBox pca = tab->scatter("pca")->dataExtent();
    qInfo(
        "aligned AE box %.3f..%.3f x %.3f..%.3f, PCA box %.3f..%.3f x %.3f..%.3f, PCA spread "
        "%.3f",
        ae.low[0], ae.high[0], ae.low[1], ae.high[1], pca.low[0], pca.high[0], pca.low[1],
        pca.high[1], pcaSpread);
    // Nearly all of a line's spread lies along it: its length is about 2 sqrt(3) spreads
    // for evenly spread classes, so well beyond PCA's width, never half of it.
    QVERIFY(ae.high[0] - ae.low[0] > pca.high[0] - pca.low[0]);
    saveScreenshot(window, QStringLiteral("tuned-aligned-1520x950.png"));
}

void TestWindowGeometry::otherTabsAtLaptopSize() {
    // Empty first, then after a run, a k sweep and five repeats of a small config.
    MainWindow window;
    window.resize(1297, 729);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>();
    QVERIFY(tabs);
    const auto shootAll = [&](const QString& stage) {
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            settle();
            saveScreenshot(window, QStringLiteral("%1-tab%2.png").arg(stage).arg(index));
        }
        tabs->setCurrentIndex(0);
    };
    shootAll(QStringLiteral("empty"));
    Config config;
    config.data.samples = 1500;
    config.data.centers = 5;
    config.autoencoder.epochs = 6;
    window.setConfig(config);
    QVERIFY(runAndWait(window));
    RobustnessTab* robustness = window.robustness();
    QSignalSpy swept(robustness->analysis(), &AnalysisController::sweepFinished);
    window.action("sweepK")->trigger();
    QVERIFY(swept.wait(120000));
    robustness->repeatCountBox()->setValue(5);
    QSignalSpy repeated(robustness->analysis(), &AnalysisController::repeatsFinished);
    window.action("repeatRuns")->trigger();
    QVERIFY(repeated.wait(300000));
    shootAll(QStringLiteral("run"));
    // What was cut off or crowded at this size: the variance title, the box plot's title and
    // interval, the k labels.
    tabs->setCurrentWidget(window.clusters());
    settle();
    VarianceBarsView* variance = window.clusters()->varianceBars();
    for (const QString& line : variance->titleLines())
        QVERIFY2(QFontMetricsF(variance->chart()->titleFont()).horizontalAdvance(line) <=
                     variance->width() - 12,
                 qPrintable(line));
    tabs->setCurrentWidget(robustness);
    settle();
    MetricBoxPlotView* box = robustness->boxPlot();
    const MetricBoxPlotView::TextBoxes texts = box->textBoxes(QRectF(box->rect()));
    QVERIFY(QRectF(box->rect()).contains(texts.subtitle));
    QVERIFY(QFontMetricsF(ChartStyle::labelFont(box->font()))
                .boundingRect(QRectF(0, 0, texts.subtitle.width(), 1000), Qt::TextWordWrap,
                              box->subtitle())
                .width() <= texts.subtitle.width() + 0.5);
    QVERIFY(!texts.methods[0].intersects(texts.methods[1]));
    for (KSweepChartView* chart : {robustness->elbowChart(), robustness->silhouetteChart()}) {
        auto* k = qobject_cast<QValueAxis*>(chart->chart()->axes(Qt::Horizontal).first());
        QTRY_VERIFY(
            k->tickInterval() * chart->chart()->plotArea().width() / (k->max() - k->min()) >= 30.0);
    }
    const QString folder = qEnvironmentVariable("LATENTLAB_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        tabs->setCurrentWidget(window.dataTab());
        settle();
        ChartExport::savePng(window.dataTab()->scatter3d(), QDir(folder).filePath("scatter3d.png"));
        ChartExport::savePng(window.clusters()->varianceBars(),
                             QDir(folder).filePath("variance.png"));
        ChartExport::savePng(robustness->boxPlot(), QDir(folder).filePath("boxplot.png"));
        ChartExport::savePng(robustness->elbowChart(), QDir(folder).filePath("elbow.png"));
    }
}

void TestWindowGeometry::cleanupTestCase() { m_notebook.reset(); }

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
