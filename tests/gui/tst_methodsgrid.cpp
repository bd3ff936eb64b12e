// The methods a run compares, through the real window: PCA, the autoencoder, UMAP and t-SNE
// side by side (a scatter each with the run's points and title, a metrics column each, a
// cluster view each), UMAP and t-SNE animating while they optimise, and the Methods panel
// deciding what the next run compares.
#include "ClustersTab.h"
#include "ConfusionMatrixView.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "MethodsPanel.h"
#include "MetricFormat.h"
#include "MetricsTableView.h"
#include "PanelControls.h"
#include "RunController.h"
#include "ScatterView.h"
#include "SettingsPanel.h"
#include "TestMode.h"
#include "WindowRun.h"

#include <QChart>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

const std::vector<std::string> kAllMethods{"pca", "autoencoder", "umap", "tsne"};

/// 600 blobs and short optimisations: the four methods take seconds.
Config fourMethods() {
    Config config;
    config.data.samples = 600;
    config.data.centers = 4;
    config.methods = kAllMethods;
    config.autoencoder.epochs = 5;
    config.umap.epochs = 60;
    config.tsne.iterations = 300;
    config.tsne.perplexity = 20;
    return config;
}

QStringList titles(const LatentSpacesTab* tab) {
    QStringList list;
    for (const ScatterView* view : tab->scatters()) list << view->chart()->title();
    return list;
}

}  // namespace

class TestMethodsGrid : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fourMethodsSideBySide();
    void uncheckingAMethodDropsItFromTheNextRun();
    void methodsPanelWritesTheConfig();
};

void TestMethodsGrid::initTestCase() {
    testmode::enter();
    qApp->setProperty("latentlabQuiet", true);
}

void TestMethodsGrid::fourMethodsSideBySide() {
    MainWindow window;
    window.setConfig(fourMethods());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Snapshots of each method, with the time they arrived.
    std::map<QString, std::vector<qint64>> arrivals;
    QElapsedTimer clock;
    clock.start();
    connect(window.runController(), &RunController::snapshot, this,
            [&](const QString& method, int, auto points) {
                QCOMPARE(int(points->rows()), 600);
                arrivals[method].push_back(clock.elapsed());
            });
    std::map<QString, qint64> fitting;  ///< when each method started, to bound its frame rate
    connect(window.runController(), &RunController::methodStarted, this,
            [&](const QString& method, int) { fitting[method] = clock.elapsed(); });
    QVERIFY(runAndWait(window, 120000));

    const Result& result = *window.result();
    QCOMPARE(int(result.spaces.size()), 4);
    LatentSpacesTab* latent = window.latentSpaces();
    QCOMPARE(latent->methods(), kAllMethods);
    QCOMPARE(int(latent->scatters().size()), 4);
    // Four in a row: the method's name and the run, without "latent space".
    const QStringList expectedTitles{"PCA · run 1", "Autoencoder · run 1", "UMAP · run 1",
                                     "t-SNE · run 1"};
    const QStringList shown = titles(latent);
    for (int i = 0; i < 4; ++i) {
        ScatterView* view = latent->scatter(kAllMethods[std::size_t(i)]);
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->rowCount(), 600);
        QCOMPARE(view->pointCount(), 600);
        QVERIFY(view->points() == result.spaces[std::size_t(i)].embedding.leftCols(2));
        // Each title names its method and the run its points are of.
        QCOMPARE(shown[i], expectedTitles[i]);
    }
    // The four scatters do not overlap and none is cut off by the tab.
    for (ScatterView* a : latent->scatters()) {
        const QRect box(a->mapTo(latent, QPoint()), a->size());
        QVERIFY(latent->rect().contains(box));
        for (ScatterView* b : latent->scatters())
            if (a != b) QVERIFY(!box.intersects(QRect(b->mapTo(latent, QPoint()), b->size())));
    }

    // One value column per method, one difference column per method but the baseline.
    MetricsTableView* metrics = latent->metricsTable();
    QCOMPARE(metrics->methods(), kAllMethods);
    QCOMPARE(metrics->table()->columnCount(), 7);
    QCOMPARE(metrics->table()->horizontalHeaderItem(3)->text(), QStringLiteral("t-SNE"));
    const int klRow = [] {
        const auto& catalog = metricCatalog();
        for (std::size_t r = 0; r < catalog.size(); ++r)
            if (std::string(catalog[r].key) == "kl_divergence") return int(r);
        return -1;
    }();
    QVERIFY(klRow >= 0);
    QVERIFY(std::isfinite(result.space("tsne").metrics.klDivergence));
    QCOMPARE(metrics->table()->item(klRow, metrics->valueColumn("tsne"))->text(),
             MetricFormat::cell(metricCatalog()[std::size_t(klRow)], result.space("tsne").metrics));

    // The Clusters tab has a confusion matrix per method.
    QCOMPARE(window.clusters()->methods(), kAllMethods);
    for (const std::string& method : kAllMethods) QVERIFY(window.clusters()->confusion(method));

    // UMAP and t-SNE animated while they optimised, the first and last steps included,
    // at most about ten frames a second in between.
    for (const QString method : {QStringLiteral("umap"), QStringLiteral("tsne")}) {
        const std::vector<qint64>& times = arrivals[method];
        QVERIFY2(times.size() >= 2, qPrintable(method));
        const double seconds = (times.back() - fitting[method]) / 1000.0;
        QVERIFY2(double(times.size()) <= 2 + 10.0 * seconds + 1,
                 qPrintable(QStringLiteral("%1: %2 snapshots in %3 s")
                                .arg(method)
                                .arg(times.size())
                                .arg(seconds)));
    }
    QVERIFY(!arrivals["autoencoder"].empty());
    QVERIFY(arrivals["pca"].empty());  // PCA is fitted in one go
}

void TestMethodsGrid::uncheckingAMethodDropsItFromTheNextRun() {
    MainWindow window;
    window.setConfig(fourMethods());
    window.show();
    QVERIFY(runAndWait(window, 120000));
    QCOMPARE(int(window.latentSpaces()->scatters().size()), 4);

    MethodsPanel* panel = window.settings()->methodsPanel();
    QCheckBox* tsne = panel->methodBox("tsne");
    QVERIFY(tsne && tsne->isChecked());
    tsne->click();  // as a user does
    QVERIFY(!tsne->isChecked());
    QCOMPARE(window.config().methods, (std::vector<std::string>{"pca", "autoencoder", "umap"}));
    QVERIFY(!window.settings()->findChild<QWidget*>(QStringLiteral("tsneSettings"))->isVisible());

    QVERIFY(runAndWait(window, 120000));
    QVERIFY(!window.result()->find("tsne"));
    LatentSpacesTab* latent = window.latentSpaces();
    QCOMPARE(int(latent->scatters().size()), 3);
    QVERIFY(!latent->scatter("tsne"));
    QVERIFY(latent->scatter("umap")->chart()->title().contains(QStringLiteral("run 2")));
    QCOMPARE(latent->metricsTable()->table()->columnCount(), 5);
    QVERIFY(!window.clusters()->confusion("tsne"));

    // The last method cannot be unticked: a run compares at least one.
    for (const char* name : {"pca", "autoencoder", "umap"}) panel->methodBox(name)->click();
    QCOMPARE(window.config().methods, (std::vector<std::string>{"umap"}));
    QVERIFY(panel->methodBox("umap")->isChecked());
}

void TestMethodsGrid::methodsPanelWritesTheConfig() {
    MainWindow window;
    Config config = fourMethods();
    config.umap.neighbors = 25;
    config.tsne.perplexity = 12.5;
    config.compare.baseline = "umap";
    config.clustering.method = ClusteringMethod::Leiden;
    config.leiden.resolution = 0.5;
    window.setConfig(config);
    // Shown as set, and written back unchanged.
    auto* neighbours = window.settings()->findChild<QSpinBox*>(QStringLiteral("umapNeighbors"));
    QVERIFY(neighbours);
    QCOMPARE(neighbours->value(), 25);
    const Config back = window.config();
    QCOMPARE(back.methods, kAllMethods);
    QCOMPARE(back.umap.neighbors, 25);
    QCOMPARE(back.tsne.perplexity, 12.5);
    QCOMPARE(back.compare.baseline, std::string("umap"));
    QCOMPARE(back.clustering.method, ClusteringMethod::Leiden);
    QCOMPARE(back.leiden.resolution, 0.5);
    QCOMPARE(back.umap.epochs, 60);
    QCOMPARE(back.tsne.iterations, 300);
    // A change in the panel is a change of the window's settings (Live, presets, undo).
    QSignalSpy changed(window.settings(), &SettingsPanel::changed);
    neighbours->setValue(30);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.config().umap.neighbors, 30);
    // The settings a session keeps carry the methods.
    const QJsonObject state = window.settings()->state();
    window.settings()->setConfig(Config());
    QCOMPARE(window.config().methods, (std::vector<std::string>{"pca", "autoencoder"}));
    window.settings()->setState(state);
    QCOMPARE(window.config().methods, kAllMethods);
    QCOMPARE(window.config().umap.neighbors, 30);
}

QTEST_MAIN(TestMethodsGrid)
#include "tst_methodsgrid.moc"
