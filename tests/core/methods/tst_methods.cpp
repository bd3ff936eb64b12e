// The pipeline over a configured list of methods: every method's space in order with the same
// clustering and metrics, UMAP and t-SNE equal to calling them directly, snapshots while they
// optimise, the baseline rule, Leiden in every space, repeats and the k sweep per method, and
// the errors a bad list gives.
#include "ClusterMetrics.h"
#include "Errors.h"
#include "FittedModel.h"
#include "KSweep.h"
#include "KnnConnectivity.h"
#include "Leiden.h"
#include "MethodRegistry.h"
#include "NeighborInputMatrix.h"
#include "Pca.h"
#include "Pipeline.h"
#include "Repeats.h"
#include "ResolutionSweep.h"
#include "TestData.h"
#include "Tsne.h"
#include "Umap.h"

#include <QtTest>
#include <map>
#include <set>

using namespace latentlab;

namespace {

/// 300 rows of four well separated blobs in 5 columns; short runs of every method.
Config smallConfig(std::vector<std::string> methods) {
    Config config;
    config.data.samples = 300;
    config.data.features = 5;
    config.data.centers = 4;
    config.data.clusterStd = 1.0;
    config.autoencoder.epochs = 3;
    config.autoencoder.encoder = {6, 4};
    config.umap.epochs = 60;
    config.tsne.iterations = 300;
    config.tsne.perplexity = 20;
    config.methods = std::move(methods);
    return config;
}

class Recorder : public PipelineObserver {
public:
    std::vector<std::string> started, ready;
    std::map<std::string, int> snapshots;
    std::map<std::string, Eigen::Index> snapshotRows;
    bool wantsSnapshot(const std::string& method, int step) override {
        return method != "autoencoder" && step % 20 == 0;
    }
    void methodStarted(const std::string& method) override { started.push_back(method); }
    void stepFinished(const std::string& method, int, double,
                      const Eigen::MatrixXd* embedding) override {
        if (!embedding) return;
        ++snapshots[method];
        snapshotRows[method] = embedding->rows();
    }
    void embeddingReady(const std::string& method, const Eigen::MatrixXd&) override {
        ready.push_back(method);
    }
};

}  // namespace

class TestMethods : public QObject {
    Q_OBJECT
private slots:
    void registryNamesEveryMethodOnce();
    void everyMethodGetsTheSameClusteringAndMetrics();
    void umapAndTsneEqualTheirDirectCalls();
    void wideDataGoesThroughFiftyComponents();
    void baselineFallsBackToTheFirstMethod();
    void leidenClustersEverySpace();
    void repeatsAndSweepCoverEveryMethod();
    void resolutionSweepRepeatsTheRunAtItsResolution();
    void onlyMethodsWithATransformAreFitted();
    void badMethodListsAreConfigErrors_data();
    void badMethodListsAreConfigErrors();
};

void TestMethods::registryNamesEveryMethodOnce() {
    std::set<std::string> names, suffixes, keys;
    for (const MethodInfo& info : methodCatalog()) {
        QVERIFY(names.insert(info.name).second);
        QVERIFY(suffixes.insert(info.fileSuffix).second);
        QVERIFY(keys.insert(info.obsmKey).second);
        QVERIFY(makeMethod(info.name) != nullptr);
    }
    QCOMPARE(names, (std::set<std::string>{"pca", "autoencoder", "umap", "tsne"}));
    QCOMPARE(std::string(methodInfo("umap").obsmKey), std::string("X_umap"));
    QVERIFY(!methodInfo("tsne").hasTransform);
    QVERIFY(findMethod("isomap") == nullptr);
}

void TestMethods::everyMethodGetsTheSameClusteringAndMetrics() {
    const std::vector<std::string> methods{"tsne", "pca", "umap", "autoencoder"};
    Recorder recorder;
    const Result result = runPipeline(smallConfig(methods), &recorder);
    QCOMPARE(result.spaces.size(), methods.size());
    QCOMPARE(recorder.started, methods);
    QCOMPARE(recorder.ready, methods);
    QVERIFY(recorder.snapshots["umap"] >= 2);
    QVERIFY(recorder.snapshots["tsne"] >= 10);
    QCOMPARE(recorder.snapshotRows["umap"], Eigen::Index(300));
    QCOMPARE(recorder.snapshots.count("autoencoder"), std::size_t(0));
    for (std::size_t m = 0; m < methods.size(); ++m) {
        const SpaceResult& space = result.spaces[m];
        QCOMPARE(space.method, methods[m]);
        QCOMPARE(space.embedding.rows(), Eigen::Index(300));
        QCOMPARE(space.embedding.cols(), Eigen::Index(2));
        QCOMPARE(space.clustering.labels.size(), std::size_t(300));
        QCOMPARE(space.metrics.clusters, 4.0);
        // The metrics are those of the space's own clustering, computed here on their own.
        LL_COMPARE_ABS(space.metrics.ari,
                       adjustedRandIndex(result.data.labels, space.clustering.labels), 1e-15);
        QVERIFY(std::isfinite(space.metrics.trustworthiness));
        QVERIFY(std::isfinite(space.metrics.silhouetteInput));
        QVERIFY(std::isnan(space.metrics.modularity));  // k-means
        QVERIFY(space.fitSeconds >= 0.0 && space.metrics.seconds >= space.fitSeconds);
    }
    // Method-only metrics belong to their method alone.
    QVERIFY(std::isfinite(result.space("tsne").metrics.klDivergence));
    QVERIFY(std::isnan(result.space("umap").metrics.klDivergence));
    QVERIFY(std::isfinite(result.space("autoencoder").metrics.finalLoss));
    QVERIFY(std::isnan(result.space("pca").metrics.finalLoss));
    QVERIFY(std::isnan(result.space("umap").metrics.reconstructionMse));
    // Four separated blobs: the neighbour-graph methods find them.
    QVERIFY2(result.space("umap").metrics.ari > 0.95,
             qPrintable(QString::number(result.space("umap").metrics.ari)));
    QVERIFY2(result.space("tsne").metrics.ari > 0.95,
             qPrintable(QString::number(result.space("tsne").metrics.ari)));
    QCOMPARE(result.baseline().method, std::string("pca"));
}

void TestMethods::umapAndTsneEqualTheirDirectCalls() {
    const Config config = smallConfig({"umap", "tsne"});
    const Result result = runPipeline(config);
    const Eigen::MatrixXd scaled = result.scaler.transform(result.data.features);
    QCOMPARE(result.space("umap").embedding, umap(scaled, config.umap).embedding);
    const TsneResult direct = tsne(scaled, config.tsne);
    QCOMPARE(result.space("tsne").embedding, direct.embedding);
    QCOMPARE(result.space("tsne").metrics.klDivergence, direct.klDivergence);
}

void TestMethods::wideDataGoesThroughFiftyComponents() {
    // 80 columns: scanpy's rule runs UMAP and t-SNE on the first 50 principal components.
    Config config = smallConfig({"umap", "tsne"});
    config.data.features = 79;
    const Result result = runPipeline(config);
    const Eigen::MatrixXd scaled = result.scaler.transform(result.data.features);
    QCOMPARE(resolvedPcs(-1, 80), 50);
    QCOMPARE(resolvedPcs(-1, 50), 0);
    QCOMPARE(resolvedPcs(10, 80), 10);
    QCOMPARE(resolvedPcs(0, 80), 0);
    Pca pca(50);
    const Eigen::MatrixXd components = pca.fitTransform(scaled);
    QCOMPARE(result.space("umap").embedding, umap(components, config.umap).embedding);
    QCOMPARE(result.space("tsne").embedding, tsne(components, config.tsne).embedding);
    QVERIFY2(QString::fromStdString(result.space("umap").note).contains("first 50 principal"),
             result.space("umap").note.c_str());
    // umap.pcs = 0: the scaled data itself.
    config.methods = {"umap"};
    config.umapInput.pcs = 0;
    QCOMPARE(runPipeline(config).space("umap").embedding, umap(scaled, config.umap).embedding);
}

void TestMethods::baselineFallsBackToTheFirstMethod() {
    Config config = smallConfig({"umap", "autoencoder"});
    QCOMPARE(config.baselineMethod(), std::string("umap"));
    config.compare.baseline = "autoencoder";
    QCOMPARE(config.baselineMethod(), std::string("autoencoder"));
    config.compare.baseline = "isomap";
    QVERIFY_THROWS_EXCEPTION(ConfigError, config.validate());
}

void TestMethods::leidenClustersEverySpace() {
    Config config = smallConfig({"pca", "umap"});
    config.clustering.method = ClusteringMethod::Leiden;
    const Result result = runPipeline(config);
    for (const SpaceResult& space : result.spaces) {
        // The space's clustering is Leiden on its kNN connectivities, as called directly.
        const WeightedGraph graph =
            knnConnectivity(space.embedding, config.leiden.neighbors, config.leiden.seed);
        const LeidenResult direct = leiden(graph, config.leiden);
        QCOMPARE(space.clustering.labels, direct.labels);
        LL_COMPARE_ABS(space.metrics.modularity,
                       modularity(graph, space.clustering.labels, config.leiden.resolution), 1e-12);
        QCOMPARE(space.metrics.clusters, double(direct.clusters));
        // Centres are the clusters' means, and the inertia is measured to them.
        double inertia = 0.0;
        for (Eigen::Index r = 0; r < space.embedding.rows(); ++r)
            inertia += (space.embedding.row(r) -
                        space.clustering.centers.row(space.clustering.labels[std::size_t(r)]))
                           .squaredNorm();
        LL_COMPARE_REL(space.metrics.inertia, inertia, 1e-12);
    }
    // Leiden at resolution 1 may split a blob (scanpy's does too) but never joins two: every
    // UMAP cluster lies within one blob.
    const SpaceResult& umapSpace = result.space("umap");
    const Eigen::MatrixXi& confusion = umapSpace.confusion;  // blob x cluster
    for (Eigen::Index c = 0; c < confusion.cols(); ++c)
        QCOMPARE(confusion.col(c).maxCoeff(), confusion.col(c).sum());
    QVERIFY(umapSpace.metrics.clusters >= 4);
}

void TestMethods::repeatsAndSweepCoverEveryMethod() {
    const Config config = smallConfig({"pca", "umap", "autoencoder"});
    const RepeatsResult repeats = runRepeats(config, 2, nullptr);
    QCOMPARE(repeats.methods, config.methods);
    const MetricSummary ari = repeats.summary("ari");
    const std::vector<MethodMetrics> umapRuns = repeats.of("umap"), pcaRuns = repeats.of("pca");
    LL_COMPARE_ABS(ari.differenceOf("umap").mean,
                   ((umapRuns[0].ari - pcaRuns[0].ari) + (umapRuns[1].ari - pcaRuns[1].ari)) / 2,
                   1e-12);
    // Repeat 1 moved UMAP's seed on, so it is another layout.
    QVERIFY(umapRuns[0].trustworthiness != umapRuns[1].trustworthiness);

    const KSweep sweep = sweepK(repeats.last, 2, 5);
    QCOMPARE(sweep.methods, config.methods);
    QCOMPARE(sweep.of("umap").size(), std::size_t(4));
    // At the run's k the sweep repeats the run's own k-means.
    LL_COMPARE_REL(sweep.of("umap")[2].inertia, repeats.last.space("umap").metrics.inertia, 1e-12);
}

void TestMethods::resolutionSweepRepeatsTheRunAtItsResolution() {
    Config config = smallConfig({"pca", "umap"});
    config.clustering.method = ClusteringMethod::Leiden;
    const Result result = runPipeline(config);
    const ResolutionSweep sweep = sweepResolution(result, resolutionRange(0.1, 3.0, 0.9));
    QCOMPARE(sweep.methods, config.methods);
    const std::vector<ResolutionPoint>& umapCurve = sweep.of("umap");
    QCOMPARE(umapCurve.size(), std::size_t(4));  // 0.1, 1.0, 1.9, 2.8
    LL_COMPARE_ABS(umapCurve[1].resolution, 1.0, 1e-12);
    // At the run's resolution the sweep is the run itself.
    for (const SpaceResult& space : result.spaces) {
        const ResolutionPoint& at = sweep.of(space.method)[1];
        QCOMPARE(double(at.clusters), space.metrics.clusters);
        LL_COMPARE_ABS(at.modularity, space.metrics.modularity, 1e-12);
        LL_COMPARE_ABS(at.ari, space.metrics.ari, 1e-12);
        LL_COMPARE_ABS(at.silhouette, space.metrics.silhouetteLatent, 1e-12);
    }
    // A finer resolution splits more.
    QVERIFY(umapCurve.back().clusters > umapCurve.front().clusters);
    QVERIFY_THROWS_EXCEPTION(ConfigError, resolutionRange(0.0, 1.0, 0.1));
    QVERIFY_THROWS_EXCEPTION(ConfigError, resolutionRange(0.1, 1000.0, 0.1));
}

void TestMethods::onlyMethodsWithATransformAreFitted() {
    const Result both = runPipeline(smallConfig({"tsne", "pca"}));
    const FittedModel model = FittedModel::fromResult(both);
    QCOMPARE(model.spaces.size(), std::size_t(1));
    QCOMPARE(model.spaces[0].method, std::string("pca"));
    QCOMPARE(model.withoutTransform, std::vector<std::string>{"tsne"});
    const Result none = runPipeline(smallConfig({"umap", "tsne"}));
    try {
        FittedModel::fromResult(none);
        QFAIL("a run of UMAP and t-SNE alone has nothing to apply");
    } catch (const DataError& error) {
        QVERIFY2(QString(error.what()).contains("UMAP and t-SNE have no transform"), error.what());
    }
}

void TestMethods::badMethodListsAreConfigErrors_data() {
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringList{} << "methods needs at least one of pca, autoencoder";
    QTest::newRow("unknown") << QStringList{"pca", "isomap"} << "'isomap' is not a method";
    QTest::newRow("twice") << QStringList{"umap", "pca", "umap"} << "methods names umap twice";
}

void TestMethods::badMethodListsAreConfigErrors() {
    QFETCH(QStringList, methods);
    QFETCH(QString, message);
    Config config;
    config.methods.clear();
    for (const QString& method : methods) config.methods.push_back(method.toStdString());
    try {
        config.validate();
        QFAIL("validate() accepted the list");
    } catch (const ConfigError& error) {
        QVERIFY2(QString(error.what()).contains(message), error.what());
    }
}

QTEST_APPLESS_MAIN(TestMethods)
#include "tst_methods.moc"
