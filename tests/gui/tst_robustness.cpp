// The Robustness tab, driven as a user would: a k sweep shows exactly the core's sweepK of
// the window's result and marks the run's k; "Repeat × N" shows exactly runRepeats'
// summaries; cancelling leaves the window's result alone; a new run clears what belonged to
// the old result; charts and CSV files export. Also renders the tab for a look.
#include "AnalysisController.h"
#include "ChartExport.h"
#include "KSweep.h"
#include "KSweepChartView.h"
#include "MainWindow.h"
#include "MetricBoxPlotView.h"
#include "MetricFormat.h"
#include "Presets.h"
#include "ProgressRow.h"
#include "Repeats.h"
#include "RepeatsCsv.h"
#include "RepeatsTableModel.h"
#include "RepeatsTableView.h"
#include "RobustnessTab.h"
#include "TestData.h"
#include "TestMode.h"
#include "ViewTestData.h"
#include "WindowExport.h"
#include "WindowRun.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <cmath>

using namespace latentlab;
using latentlab::gui::AnalysisController;
using latentlab::gui::MainWindow;
using latentlab::gui::MethodStyle;
using latentlab::gui::RepeatsTableModel;
using latentlab::gui::RobustnessTab;

namespace {

Config smallConfig() {
    Config config;
    config.data.samples = 1200;
    config.data.centers = 5;
    config.autoencoder.epochs = 6;
    return config;
}

bool sweepAndWait(RobustnessTab* tab, int first, int last) {
    tab->firstKBox()->setValue(first);
    tab->lastKBox()->setValue(last);
    QSignalSpy done(tab->analysis(), &AnalysisController::sweepFinished);
    tab->findChild<QPushButton*>("sweepButton")->click();
    return done.wait(60000);
}

bool repeatAndWait(RobustnessTab* tab, int repeats) {
    tab->repeatCountBox()->setValue(repeats);
    QSignalSpy done(tab->analysis(), &AnalysisController::repeatsFinished);
    tab->findChild<QPushButton*>("repeatButton")->click();
    return done.wait(120000);
}

/// Independent statement of the verdict rule: better only if the whole 95 % interval of
/// AE − PCA lies on the metric's better side of 0.
io::PairedVerdict expectedVerdict(const MetricInfo& info, const MetricSummary& s) {
    if (!info.comparable) return io::PairedVerdict::NotRanked;
    const MeanSd& d = s.differenceOf("autoencoder");
    const double low = d.mean - d.ciHalfWidth;
    const double high = d.mean + d.ciHalfWidth;
    if (!(std::isfinite(low) && std::isfinite(high))) return io::PairedVerdict::NoClearDifference;
    const bool aeHigher = low > 0.0, aeLower = high < 0.0;
    if (!aeHigher && !aeLower) return io::PairedVerdict::NoClearDifference;
    return aeHigher == info.higherIsBetter ? io::PairedVerdict::MethodBetter
                                           : io::PairedVerdict::BaselineBetter;
}

int csvLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return -1;
    return int(file.readAll().trimmed().split('\n').size());
}

}  // namespace

class TestRobustness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sweepShowsTheCoreSweepAndMarksK();
    void newResultClearsTheSweep();
    void repeatsTableEqualsRunRepeats();
    void cancelMidRepeatsKeepsTheResult();
    void runCancelsAnAnalysis();
    void exportsChartsAndFiles();
    void rendersTheTab();
};

void TestRobustness::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestRobustness::sweepShowsTheCoreSweepAndMarksK() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.show();
    RobustnessTab* tab = window.robustness();
    QVERIFY(!window.action("sweepK")->isEnabled());  // nothing to sweep yet
    QVERIFY(runAndWait(window));
    QVERIFY(window.action("sweepK")->isEnabled());
    QVERIFY(sweepAndWait(tab, 2, 9));

    const Result& result = *window.result();
    const KSweep expected = sweepK(result, 2, 9);  // independent call on the same result
    QCOMPARE(expected.chosenK, 5);                 // k = 0 resolves to the 5 blob centres
    for (const std::string method : {"pca", "autoencoder"}) {
        const auto& points = expected.of(method);
        const QList<QPointF> elbow = tab->elbowChart()->points(method);
        const QList<QPointF> silhouette = tab->silhouetteChart()->points(method);
        QCOMPARE(int(elbow.size()), 8);
        QCOMPARE(int(silhouette.size()), 8);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(elbow[i].x(), double(i + 2));
            QCOMPARE(elbow[i].y(), points[std::size_t(i)].inertiaOverTss);
            QCOMPARE(silhouette[i].y(), points[std::size_t(i)].silhouette);
        }
        tab->elbowChart()->setRawInertia(true);
        const QList<QPointF> raw = tab->elbowChart()->points(method);
        for (int i = 0; i < 8; ++i) QCOMPARE(raw[i].y(), points[std::size_t(i)].inertia);
        tab->elbowChart()->setRawInertia(false);
    }
    // The swept value at the run's own k is the run's metric (same k-means settings).
    const QList<QPointF> pcaElbow = tab->elbowChart()->points("pca");
    LL_COMPARE_REL(pcaElbow[3].y(), result.space("pca").metrics.inertiaOverTss, 1e-12);
    const QList<QPointF> aeSilhouette = tab->silhouetteChart()->points("autoencoder");
    LL_COMPARE_REL(aeSilhouette[3].y(), result.space("autoencoder").metrics.silhouetteLatent, 1e-9);

    for (auto* chart : {tab->elbowChart(), tab->silhouetteChart()}) {
        QCOMPARE(chart->markedK(), 5);
        QVERIFY2(chart->markerLabel().contains("k = 5"), qPrintable(chart->markerLabel()));
    }
    QVERIFY(tab->lastSweep());
    QCOMPARE(tab->lastSweep()->of("pca").size(), std::size_t(8));
    QCOMPARE(tab->lastSweep()->silhouetteSampleSize, 0);

    // A range that leaves the run's k out marks nothing.
    QVERIFY(sweepAndWait(tab, 6, 8));
    QCOMPARE(tab->elbowChart()->markedK(), 0);
    QCOMPARE(int(tab->elbowChart()->points("pca").size()), 3);
}

void TestRobustness::newResultClearsTheSweep() {
    MainWindow window;
    window.setConfig(smallConfig());
    QVERIFY(runAndWait(window));
    RobustnessTab* tab = window.robustness();
    QCOMPARE(tab->lastKBox()->maximum(), 1199);  // k < rows
    QVERIFY(sweepAndWait(tab, 2, 6));
    QVERIFY(tab->lastSweep());
    Config other = smallConfig();
    other.data.seed = 7;
    window.setConfig(other);
    QVERIFY(runAndWait(window));
    QVERIFY(!tab->lastSweep());  // it belonged to the previous result
    QVERIFY(tab->elbowChart()->points("pca").isEmpty());
    QCOMPARE(tab->elbowChart()->markedK(), 0);
    window.action("reset")->trigger();
    QVERIFY(!window.action("sweepK")->isEnabled());
}

void TestRobustness::repeatsTableEqualsRunRepeats() {
    MainWindow window;
    window.setConfig(smallConfig());
    RobustnessTab* tab = window.robustness();
    QSignalSpy progress(tab->analysis(), &AnalysisController::progressChanged);
    QVERIFY(repeatAndWait(tab, 3));
    QVERIFY(!progress.isEmpty());
    bool sawThird = false;
    for (const auto& args : progress)
        sawThird = sawThird || args.at(1).toString().startsWith("repeat 3 of 3");
    QVERIFY(sawThird);

    // The same seeds through the core directly give the same numbers.
    const RepeatsResult expected = runRepeats(window.config(), 3, nullptr);
    RepeatsTableModel* model = tab->repeatsTable()->model();
    QCOMPARE(model->repeatCount(), 3);
    QVERIFY(tab->lastRepeats());
    int shown = 0;
    for (const MetricInfo& info : metricCatalog()) {
        const int row = model->rowOf(QString::fromLatin1(info.key));
        const MetricSummary s = expected.summary(info.key);
        if (s.of("pca").count == 0 && s.of("autoencoder").count == 0) {
            QCOMPARE(row, -1);
            continue;
        }
        QVERIFY2(row >= 0, info.key);
        ++shown;
        if (std::string(info.key) == "seconds") continue;  // wall-clock: differs run to run
        auto value = [&](int column, int role) {
            return model->data(model->index(row, column), role).toDouble();
        };
        auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
        const int pcaColumn = model->valueColumn("pca");
        const int aeColumn = model->valueColumn("autoencoder");
        const int differenceColumn = model->differenceColumn("autoencoder");
        const MeanSd& d = s.differenceOf("autoencoder");
        QVERIFY2(same(value(pcaColumn, RepeatsTableModel::MeanRole), s.of("pca").mean), info.key);
        QVERIFY2(same(value(pcaColumn, RepeatsTableModel::SdRole), s.of("pca").sd), info.key);
        QVERIFY2(same(value(aeColumn, RepeatsTableModel::MeanRole), s.of("autoencoder").mean),
                 info.key);
        QVERIFY2(same(value(differenceColumn, RepeatsTableModel::MeanRole), d.mean), info.key);
        QVERIFY2(
            same(value(differenceColumn, RepeatsTableModel::CiLowRole), d.mean - d.ciHalfWidth),
            info.key);
        QCOMPARE(model->verdictAt(row, "autoencoder"), expectedVerdict(info, s));
        const QString pcaText = model->index(row, pcaColumn).data().toString();
        if (s.of("pca").count > 0)
            QVERIFY2(pcaText.startsWith(gui::MetricFormat::valueOf(info, s.of("pca").mean)),
                     qPrintable(pcaText));
        else
            QCOMPARE(pcaText, QStringLiteral("\u2014"));  // PCA has no training loss
    }
    QCOMPARE(model->rowCount(), shown);
    QCOMPARE(model->verdictAt(model->rowOf("inertia"), "autoencoder"),
             io::PairedVerdict::NotRanked);

    // The box plot shows the selected metric's repeats.
    tab->repeatsTable()->selectMetric("silhouette_input");
    QCOMPARE(tab->boxPlot()->metricKey(), QStringLiteral("silhouette_input"));
    const std::vector<double>& pcaValues = tab->boxPlot()->values("pca");
    QCOMPARE(pcaValues.size(), std::size_t(3));
    for (std::size_t r = 0; r < 3; ++r)
        QCOMPARE(pcaValues[r], expected.of("pca")[r].silhouetteInput);
}

void TestRobustness::cancelMidRepeatsKeepsTheResult() {
    MainWindow window;
    window.setConfig(smallConfig());
    QVERIFY(runAndWait(window));
    const auto before = window.result();
    const MethodMetrics metricsBefore = before->space("autoencoder").metrics;
    Config slow = smallConfig();
    slow.autoencoder.epochs = 100000;  // cannot finish before the cancel arrives
    window.setConfig(slow);
    RobustnessTab* tab = window.robustness();
    AnalysisController* analysis = tab->analysis();
    QSignalSpy progress(analysis, &AnalysisController::progressChanged);
    QSignalSpy cancelled(analysis, &AnalysisController::cancelled);
    QSignalSpy finished(analysis, &AnalysisController::repeatsFinished);
    tab->repeatCountBox()->setValue(3);
    window.action("repeatRuns")->trigger();
    QVERIFY(analysis->isBusy());
    QVERIFY(!window.action("repeatRuns")->isEnabled());
    QVERIFY(!window.action("sweepK")->isEnabled());  // one analysis at a time
    QVERIFY(progress.wait(30000));
    QVERIFY(tab->repeatsProgress()->isActive());
    tab->repeatsProgress()->cancelButton()->click();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!analysis->isBusy());
    QVERIFY(!tab->repeatsProgress()->isActive());
    QVERIFY(tab->repeatsProgress()->status().startsWith("Cancelled"));
    QVERIFY(!tab->lastRepeats());
    QCOMPARE(window.result().get(), before.get());
    QCOMPARE(window.result()->space("autoencoder").metrics.ari, metricsBefore.ari);

    // The worker is free again once the cancelled job has stopped: a sweep queued behind it
    // finishes, and nothing of the cancelled job ever arrives.
    QVERIFY(window.action("sweepK")->isEnabled());
    QVERIFY(sweepAndWait(tab, 2, 4));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(cancelled.size(), 1);
}

void TestRobustness::runCancelsAnAnalysis() {
    MainWindow window;
    Config slow = smallConfig();
    slow.autoencoder.epochs = 100000;
    window.setConfig(slow);
    RobustnessTab* tab = window.robustness();
    QSignalSpy progress(tab->analysis(), &AnalysisController::progressChanged);
    QSignalSpy cancelled(tab->analysis(), &AnalysisController::cancelled);
    tab->repeatCountBox()->setValue(2);
    tab->startRepeats();
    QVERIFY(progress.wait(30000));
    window.setConfig(smallConfig());
    QVERIFY(runAndWait(window));  // the run wins; the analysis stops
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!tab->analysis()->isBusy());
    QVERIFY2(tab->repeatsProgress()->status().contains("new run"),
             qPrintable(tab->repeatsProgress()->status()));
    QVERIFY(!tab->lastRepeats());
}

void TestRobustness::exportsChartsAndFiles() {
    MainWindow window;
    window.setConfig(smallConfig());
    window.resize(1400, 900);
    window.show();
    QVERIFY(runAndWait(window));
    RobustnessTab* tab = window.robustness();

    QTemporaryDir before;
    QString error;
    QVERIFY2(exportAndWait(window, before.path(), &error), qPrintable(error));
    for (const char* absent :
         {"sweep_k.csv", "repeats_summary.csv", "sweep_k_elbow.png", "repeats_boxplot.png"})
        QVERIFY2(!QFile::exists(before.filePath(absent)), absent);

    QVERIFY(sweepAndWait(tab, 2, 7));
    QVERIFY(repeatAndWait(tab, 3));
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("LATENTLAB_KEEP_EXPORTS")) {  // to look at the files
        dir.setAutoRemove(false);
        qInfo("exports in %s", qPrintable(dir.path()));
    }
    QVERIFY2(exportAndWait(window, dir.path(), &error), qPrintable(error));
    QCOMPARE(csvLines(dir.filePath("sweep_k.csv")), 1 + 6);
    QCOMPARE(csvLines(dir.filePath("repeats.csv")), 1 + 3 * 2);
    // One line per metric shown and method with values (io::repeatsSummaryCsv).
    const RepeatsTableModel* model = tab->repeatsTable()->model();
    int summaryLines = 1;
    for (int row = 0; row < model->rowCount(); ++row)
        for (const MeanSd& value : model->summaryAt(row).values) summaryLines += value.count > 0;
    QCOMPARE(csvLines(dir.filePath("repeats_summary.csv")), summaryLines);
    for (const char* name :
         {"sweep_k_elbow", "sweep_k_silhouette", "repeats_table", "repeats_boxplot"}) {
        const QImage image(dir.filePath(QString::fromLatin1(name) + ".png"));
        QVERIFY2(!image.isNull() && image.width() > 300, name);
        // The table is black on white unless a row is marked; the charts are in colour.
        const bool table = QByteArray(name) == "repeats_table";
        QVERIFY2(
            (table ? viewtest::nonBackgroundPixels(image) : viewtest::colouredPixels(image)) > 500,
            name);
        QVERIFY2(QFile(dir.filePath(QString::fromLatin1(name) + ".svg")).size() > 1000, name);
    }
}

void TestRobustness::rendersTheTab() {
    // LATENTLAB_ROBUSTNESS_SCREENSHOT=file.png: the README's picture (tuned preset on the
    // notebook's 30 000 rows, 10 repeats; about a minute). Otherwise a small quick look.
    const QString readmeShot = qEnvironmentVariable("LATENTLAB_ROBUSTNESS_SCREENSHOT");
    MainWindow window;
    window.setConfig(readmeShot.isEmpty() ? smallConfig() : gui::applyPreset("Tuned (Adam)"));
    window.resize(1400, 900);
    window.show();
    QVERIFY(runAndWait(window, 300000));
    RobustnessTab* tab = window.robustness();
    window.action("sweepK")->trigger();  // brings the tab to the front
    QSignalSpy swept(tab->analysis(), &AnalysisController::sweepFinished);
    QVERIFY(swept.wait(300000));
    tab->repeatCountBox()->setValue(readmeShot.isEmpty() ? 5 : 10);
    QSignalSpy repeated(tab->analysis(), &AnalysisController::repeatsFinished);
    window.action("repeatRuns")->trigger();
    QVERIFY(repeated.wait(900000));
    // The tab itself at 1400 x 900: grow the window by what the dock and bars take.
    window.resize(window.size() + QSize(1400, 900) - tab->size());
    QTRY_COMPARE(tab->size(), QSize(1400, 900));
    // At this size the whole table fits once the splitter has given it its width: nothing
    // scrolled away.
    QTableView* table = tab->repeatsTable()->table();
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(!table->verticalScrollBar()->isVisible());
    QVERIFY(table->width() >= tab->repeatsTable()->naturalWidth());
    const QImage shot = tab->grab().toImage();
    const QString out =
        readmeShot.isEmpty() ? QDir::temp().filePath("robustness-tab.png") : readmeShot;
    QVERIFY(shot.save(out));
    // Both method colours appear in the charts.
    const QImage elbow = gui::ChartExport::toImage(tab->elbowChart(), 1.0);
    const QColor background = elbow.pixelColor(2, 2);
    for (const std::string method : {"pca", "autoencoder"}) {
        const int near = viewtest::pixelsNear(elbow, MethodStyle::color(method, background), 20);
        QVERIFY2(near > 100, qPrintable(MethodStyle::name(method)));
    }
}

QTEST_MAIN(TestRobustness)
#include "tst_robustness.moc"
