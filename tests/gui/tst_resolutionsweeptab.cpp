// The Robustness tab on a result clustered by Leiden, driven as a user would: its sweep
// section sweeps the resolution (the Run menu says so, the resolution inputs replace k's),
// each point of its charts is a single Leiden clustering at that resolution through the
// pipeline's own path, the run's resolution is marked and gives the run's three blobs; the
// section turns back to k with a k-means result; Export all writes sweep_resolution.csv and
// the report has the resolution sweep; Cancel stops the sweep and leaves the result alone.
#include "AnalysisController.h"
#include "ClusterMetrics.h"
#include "KSweepChartView.h"
#include "MainWindow.h"
#include "ProgressRow.h"
#include "ReportSaver.h"
#include "ResolutionSweep.h"
#include "RobustnessTab.h"
#include "Silhouette.h"
#include "SpaceClustering.h"
#include "TestData.h"
#include "TestMode.h"
#include "WindowExport.h"
#include "WindowRun.h"

#include <QAction>
#include <QChart>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QValueAxis>
#include <cmath>
#include <map>

using namespace latentlab;
using latentlab::gui::AnalysisController;
using latentlab::gui::KSweepChartView;
using latentlab::gui::MainWindow;
using latentlab::gui::ReportSaver;
using latentlab::gui::RobustnessTab;

namespace {

constexpr double kRunResolution = 0.1;

/// Three well separated blobs clustered by Leiden at a resolution low enough that each blob
/// (a connected part of the kNN graph) stays one cluster.
Config leidenConfig(int samples = 600) {
    Config config;
    config.data.samples = samples;
    config.data.centers = 3;
    config.data.clusterStd = 1.0;
    config.autoencoder.epochs = 20;
    config.clustering.method = ClusteringMethod::Leiden;
    config.leiden.resolution = kRunResolution;
    return config;
}

Config kmeansConfig() {
    Config config;
    config.data.samples = 400;
    config.data.centers = 3;
    config.autoencoder.epochs = 5;
    return config;
}

void setRange(RobustnessTab* tab, double first, double last, double step) {
    tab->lastResolutionBox()->setValue(50.0);  // so that first is never moved by last
    tab->firstResolutionBox()->setValue(first);
    tab->lastResolutionBox()->setValue(last);
    tab->resolutionStepBox()->setValue(step);
}

bool sweepAndWait(RobustnessTab* tab, double first, double last, double step) {
    setRange(tab, first, last, step);
    QSignalSpy done(tab->analysis(), &AnalysisController::resolutionSweepFinished);
    tab->findChild<QPushButton*>("sweepButton")->click();
    return done.wait(60000);
}

QString plain(const QString& text) { return QString(text).remove(QLatin1Char('&')); }

/// A chart line as x -> y (a value the chart leaves out, such as the silhouette of a
/// single cluster, is simply absent).
std::map<long long, double> byResolution(const QList<QPointF>& points) {
    std::map<long long, double> values;
    for (const QPointF& point : points) values[std::llround(point.x() * 1e6)] = point.y();
    return values;
}

long long keyOf(double resolution) { return std::llround(resolution * 1e6); }

int csvLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return -1;
    return int(file.readAll().trimmed().split('\n').size());
}

}  // namespace

class TestResolutionSweepTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void curvesAreSingleLeidenRuns();
    void sectionFollowsTheResultsClustering();
    void exportAndReportCarryTheSweep();
    void cancelStopsTheSweep();
};

void TestResolutionSweepTab::initTestCase() {
    testmode::enter();
    qApp->setProperty("latentlabQuiet", true);
}

void TestResolutionSweepTab::curvesAreSingleLeidenRuns() {
    MainWindow window;
    window.setConfig(leidenConfig());
    window.resize(1400, 900);
    window.show();
    QVERIFY(runAndWait(window));
    RobustnessTab* tab = window.robustness();
    QCOMPARE(plain(window.action("sweepK")->text()), QStringLiteral("Sweep resolution"));
    QSignalSpy progress(tab->analysis(), &AnalysisController::progressChanged);
    QVERIFY(sweepAndWait(tab, 0.05, 0.5, 0.05));
    QVERIFY(!progress.isEmpty());
    QVERIFY2(
        progress.last().at(1).toString().startsWith(QStringLiteral("resolution 0.05\u20260.5")),
        qPrintable(progress.last().at(1).toString()));
    QVERIFY(tab->lastResolutionSweep());
    QVERIFY(!tab->lastSweep());

    const Result& result = *window.result();
    KSweepChartView* clusters = tab->resolutionClustersChart();
    KSweepChartView* silhouette = tab->resolutionSilhouetteChart();
    for (const SpaceResult& space : result.spaces) {
        const std::string& method = space.method;
        const QList<QPointF> counts = clusters->points(method);
        QCOMPARE(int(counts.size()), 10);
        const auto modularity = byResolution(clusters->companionPoints(method));
        const auto silhouettes = byResolution(silhouette->points(method));
        const auto aris = byResolution(silhouette->companionPoints(method));
        for (int i = 0; i < 10; ++i) {
            // Independently: one Leiden clustering of this space at this resolution, through
            // the pipeline's own clusterSpace with the run's settings but the resolution.
            const double resolution = 0.05 + 0.05 * i;
            Config single = result.config;
            single.leiden.resolution = resolution;
            const SpaceClustering expected = clusterSpace(space.embedding, single);
            const std::vector<int>& labels = expected.partition.labels;
            const int found = int(expected.partition.centers.rows());
            LL_COMPARE_ABS(counts[i].x(), resolution, 1e-12);
            QCOMPARE(counts[i].y(), double(found));
            LL_COMPARE_REL(modularity.at(keyOf(resolution)), expected.modularity, 1e-12);
            if (found >= 2) {
                LL_COMPARE_REL(silhouettes.at(keyOf(resolution)),
                               silhouetteScore(space.embedding, labels), 1e-9);
            } else {
                QVERIFY(!silhouettes.count(keyOf(resolution)));
            }
            LL_COMPARE_REL(aris.at(keyOf(resolution)),
                           adjustedRandIndex(result.data.labels, labels), 1e-12);
        }
        // At the run's own resolution the sweep is the run.
        QCOMPARE(counts[1].y(), space.metrics.clusters);
        LL_COMPARE_REL(modularity.at(keyOf(kRunResolution)), space.metrics.modularity, 1e-12);
    }
    // By hand: three blobs far apart are three clusters at a low resolution, exactly the
    // true classes.
    QCOMPARE(clusters->points("pca")[1].y(), 3.0);
    QCOMPARE(byResolution(silhouette->companionPoints("pca")).at(keyOf(kRunResolution)), 1.0);

    for (KSweepChartView* chart : {clusters, silhouette}) {
        QCOMPARE(chart->markedValue(), kRunResolution);
        QCOMPARE(chart->markedK(), 0);
        QVERIFY2(chart->markerLabel().contains(QStringLiteral("resolution = 0.1")),
                 qPrintable(chart->markerLabel()));
        auto* x = qobject_cast<QValueAxis*>(chart->chart()->axes(Qt::Horizontal).first());
        QVERIFY(x->titleText().startsWith(QStringLiteral("resolution")));
        QVERIFY2(x->tickInterval() < 1.0, qPrintable(QString::number(x->tickInterval())));
        QVERIFY2(x->labelFormat() != QStringLiteral("%.0f"), qPrintable(x->labelFormat()));
        QVERIFY(x->min() < 0.05 && x->max() > 0.5);
    }
    QVERIFY(silhouette->title().contains(QStringLiteral("ARI")));  // the blobs have labels

    // A range that leaves the run's resolution out marks nothing.
    QVERIFY(sweepAndWait(tab, 0.3, 0.5, 0.1));
    QCOMPARE(clusters->markedValue(), 0.0);
    QCOMPARE(int(clusters->points("pca").size()), 3);
}

void TestResolutionSweepTab::sectionFollowsTheResultsClustering() {
    MainWindow window;
    window.show();
    RobustnessTab* tab = window.robustness();
    QAction* sweep = window.action("sweepK");
    auto* button = tab->findChild<QPushButton*>("sweepButton");
    auto showsK = [&] {
        return tab->firstKBox()->isVisibleTo(tab) && !tab->firstResolutionBox()->isVisibleTo(tab) &&
               tab->elbowChart()->isVisibleTo(tab) &&
               !tab->resolutionClustersChart()->isVisibleTo(tab) &&
               plain(sweep->text()) == QStringLiteral("Sweep k") &&
               plain(button->text()) == QStringLiteral("Sweep k");
    };
    auto showsResolution = [&] {
        return !tab->firstKBox()->isVisibleTo(tab) && tab->firstResolutionBox()->isVisibleTo(tab) &&
               tab->resolutionStepBox()->isVisibleTo(tab) && !tab->elbowChart()->isVisibleTo(tab) &&
               tab->resolutionClustersChart()->isVisibleTo(tab) &&
               tab->resolutionSilhouetteChart()->isVisibleTo(tab) &&
               plain(sweep->text()) == QStringLiteral("Sweep resolution") &&
               plain(button->text()) == QStringLiteral("Sweep resolution");
    };
    QVERIFY(showsK());  // no result yet: as ever
    // The defaults: 0.2 to 2 in steps of 0.2.
    QCOMPARE(tab->firstResolutionBox()->value(), 0.2);
    QCOMPARE(tab->lastResolutionBox()->value(), 2.0);
    QCOMPARE(tab->resolutionStepBox()->value(), 0.2);

    window.setConfig(kmeansConfig());
    QVERIFY(runAndWait(window));
    QVERIFY(showsK());
    QVERIFY(sweep->isEnabled());

    window.setConfig(leidenConfig());
    QVERIFY(runAndWait(window));
    QVERIFY(showsResolution());
    QVERIFY(sweep->statusTip().contains(QStringLiteral("Leiden")));
    QVERIFY(tab->findChild<QGroupBox*>("sweepSection")
                ->title()
                .startsWith(QStringLiteral("Resolution sweep")));
    QVERIFY(button->isEnabled());
    QVERIFY(button->toolTip().contains(QStringLiteral("10 resolutions")));
    // More than the core sweeps at once: the button says why instead of starting.
    setRange(tab, 0.01, 50.0, 0.01);
    QVERIFY(!button->isEnabled());
    QVERIFY(!sweep->isEnabled());
    QVERIFY2(button->toolTip().contains(QStringLiteral("at most 200")),
             qPrintable(button->toolTip()));
    QVERIFY(sweepAndWait(tab, 0.2, 1.0, 0.4));
    QVERIFY(tab->lastResolutionSweep());
    QCOMPARE(int(tab->resolutionClustersChart()->points("pca").size()), 3);

    // A k-means result: back to k, and the resolution sweep (of the old result) is gone.
    window.setConfig(kmeansConfig());
    QVERIFY(runAndWait(window));
    QVERIFY(showsK());
    QVERIFY(!tab->lastResolutionSweep());
    QVERIFY(tab->resolutionClustersChart()->points("pca").isEmpty());
    QCOMPARE(tab->resolutionClustersChart()->markedValue(), 0.0);
    QVERIFY(
        tab->findChild<QGroupBox*>("sweepSection")->title().startsWith(QStringLiteral("k sweep")));
    QSignalSpy swept(tab->analysis(), &AnalysisController::sweepFinished);
    sweep->trigger();  // sweeps k again, as the menu says
    QVERIFY(swept.wait(60000));
    QVERIFY(tab->lastSweep());
    QVERIFY(!tab->lastResolutionSweep());
}

void TestResolutionSweepTab::exportAndReportCarryTheSweep() {
    MainWindow window;
    window.setConfig(leidenConfig());
    window.resize(1400, 900);
    window.show();
    QVERIFY(runAndWait(window));
    RobustnessTab* tab = window.robustness();
    QTemporaryDir dir;
    QString error;
    // Nothing swept: neither the file nor the report's section.
    const QString before = dir.filePath("before.html");
    QVERIFY2(ReportSaver::save(before, ReportSaver::contentsOf(window), &error), qPrintable(error));
    QFile beforeFile(before);
    QVERIFY(beforeFile.open(QIODevice::ReadOnly));
    QVERIFY(!beforeFile.readAll().contains("Resolution sweep"));
    QVERIFY(tab->writeFiles(dir.path()).isEmpty());

    QVERIFY(sweepAndWait(tab, 0.05, 0.3, 0.05));  // 6 resolutions
    const QString folder = dir.filePath("export");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(exportAndWait(window, folder, &error), qPrintable(error));
    const QString csv = QDir(folder).filePath("sweep_resolution.csv");
    QCOMPARE(csvLines(csv), 1 + 6);
    QVERIFY(!QFile::exists(QDir(folder).filePath("sweep_k.csv")));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
    QVERIFY2(rows[0].startsWith("resolution,pca_clusters,pca_modularity"), rows[0].constData());
    int chosen = 0;
    for (int i = 1; i < rows.size(); ++i) chosen += rows[i].endsWith(",1");
    QCOMPARE(chosen, 1);  // the run's resolution, 0.1
    QVERIFY(rows[2].startsWith("0.1,3,"));
    for (const char* chart : {"sweep_resolution_clusters", "sweep_resolution_silhouette"})
        QVERIFY2(QFile::exists(QDir(folder).filePath(QString::fromLatin1(chart) + ".png")), chart);
    QCOMPARE(tab->writeFiles(dir.path()), QStringList{QStringLiteral("sweep_resolution.csv")});

    const QString after = dir.filePath("after.html");
    QVERIFY2(ReportSaver::save(after, ReportSaver::contentsOf(window), &error), qPrintable(error));
    QFile afterFile(after);
    QVERIFY(afterFile.open(QIODevice::ReadOnly));
    const QByteArray html = afterFile.readAll();
    QVERIFY(html.contains("Resolution sweep (Leiden)"));
    QVERIFY(html.contains("PCA modularity"));  // the section's table
}

void TestResolutionSweepTab::cancelStopsTheSweep() {
    MainWindow window;
    window.setConfig(leidenConfig(2000));
    QVERIFY(runAndWait(window));
    const auto before = window.result();
    RobustnessTab* tab = window.robustness();
    AnalysisController* analysis = tab->analysis();
    QSignalSpy progress(analysis, &AnalysisController::progressChanged);
    QSignalSpy cancelled(analysis, &AnalysisController::cancelled);
    QSignalSpy finished(analysis, &AnalysisController::resolutionSweepFinished);
    setRange(tab, 0.01, 2.0, 0.01);  // 200 resolutions: long enough to cancel
    window.action("sweepK")->trigger();
    QVERIFY(analysis->isBusy());
    QCOMPARE(analysis->kind(), AnalysisController::Kind::Sweep);
    QVERIFY(!window.action("sweepK")->isEnabled());
    QVERIFY(!window.action("repeatRuns")->isEnabled());  // one analysis at a time
    QVERIFY(!tab->firstResolutionBox()->isEnabled());
    QVERIFY(progress.wait(30000));
    QVERIFY(tab->sweepProgress()->isActive());
    tab->sweepProgress()->cancelButton()->click();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!analysis->isBusy());
    QVERIFY(!tab->sweepProgress()->isActive());
    QVERIFY(tab->sweepProgress()->status().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(!tab->lastResolutionSweep());
    QVERIFY(tab->resolutionClustersChart()->points("pca").isEmpty());
    QCOMPARE(window.result().get(), before.get());
    QVERIFY(tab->firstResolutionBox()->isEnabled());

    // The worker is free again once the cancelled sweep has stopped: a sweep queued behind
    // it finishes, and nothing of the cancelled one ever arrives.
    QVERIFY(window.action("sweepK")->isEnabled());
    QVERIFY(sweepAndWait(tab, 0.1, 0.3, 0.1));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(tab->lastResolutionSweep()->curves.front().size(), std::size_t(3));
}

QTEST_MAIN(TestResolutionSweepTab)
#include "tst_resolutionsweeptab.moc"
