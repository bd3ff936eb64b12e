// The whole pipeline on small data: stages and epochs reported in order, metrics filled
// and consistent with the parts computed on their own, cancel, bad data, repeats.
#include "ClusterMetrics.h"
#include "Errors.h"
#include "Pipeline.h"
#include "Repeats.h"
#include "Silhouette.h"
#include "TestData.h"

#include <chrono>
#include <thread>

using namespace latentlab;

namespace {

Config smallConfig() {
    Config config;
    config.data.samples = 400;
    config.data.features = 4;
    config.data.centers = 3;
    config.autoencoder.epochs = 4;
    config.autoencoder.encoder = {6, 4};
    return config;
}

class Recorder : public PipelineObserver {
public:
    std::vector<Stage> stages;
    std::vector<int> epochs;
    std::vector<double> losses;
    int latents = 0;
    double lastProgress = -1.0;
    bool progressMonotone = true;
    int stopAtEpoch = -1;

    int dataRows = 0;
    std::vector<std::string> methods, ready;
    Eigen::MatrixXd pcaEarly;
    bool earlyBeforeTraining = false;

    void stageStarted(Stage stage) override { stages.push_back(stage); }
    void dataReady(const Dataset& data) override { dataRows = data.rows(); }
    void methodStarted(const std::string& method) override { methods.push_back(method); }
    void embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) override {
        ready.push_back(method);
        if (method != "pca") return;
        pcaEarly = embedding;
        earlyBeforeTraining = dataRows > 0 && epochs.empty();
    }
    void progress(double fraction) override {
        progressMonotone = progressMonotone && fraction >= lastProgress && fraction <= 1.0;
        lastProgress = fraction;
    }
    bool wantsSnapshot(const std::string& method, int epoch) override {
        return method == "autoencoder" && epoch % 2 == 0;
    }
    void stepFinished(const std::string& method, int epoch, double loss,
                      const Eigen::MatrixXd* latent) override {
        if (method != "autoencoder") return;
        epochs.push_back(epoch);
        losses.push_back(loss);
        if (latent) ++latents;
    }
    bool shouldStop() override { return stopAtEpoch > 0 && int(epochs.size()) >= stopAtEpoch; }
};

/// Holds the run in every callback, as the GUI's pacing ("Watch") and pause do.
class SlowObserver : public PipelineObserver {
public:
    explicit SlowObserver(int millisecondsPerCall) : m_wait(millisecondsPerCall) {}
    double waitedSeconds = 0.0;
    void stepFinished(const std::string&, int, double, const Eigen::MatrixXd*) override { hold(); }
    bool shouldStop() override {
        hold();
        return false;
    }

private:
    void hold() {
        std::this_thread::sleep_for(std::chrono::milliseconds(m_wait));
        waitedSeconds += m_wait / 1000.0;
    }
    int m_wait;
};

}  // namespace

class TestPipeline : public QObject {
    Q_OBJECT
private slots:
    void reportsStagesEpochsAndProgress();
    void metricsAgreeWithTheirParts();
    void kFollowsTheLabels();
    void sameConfigSameNumbers();
    void cancelStopsBetweenEpochs();
    void nonFiniteCellIsNamed();
    void fewerRowsThanKIsAnError();
    void sampledSilhouetteReportsItsSample();
    void aSampleOfEveryRowIsTheExactSilhouette();
    void repeatsSummariseAndAreReproducible();
    void stageTimesLeaveOutTheObserversWaits();
};

void TestPipeline::reportsStagesEpochsAndProgress() {
    Recorder recorder;
    const Result result = runPipeline(smallConfig(), &recorder);
    QCOMPARE(recorder.stages, (std::vector<Stage>{Stage::Generate, Stage::Scale, Stage::Fit,
                                                  Stage::Cluster, Stage::Metrics}));
    const std::vector<std::string> methods{"pca", "autoencoder"};
    QCOMPARE(recorder.methods, methods);
    QCOMPARE(recorder.ready, methods);
    QCOMPARE(recorder.epochs, (std::vector<int>{1, 2, 3, 4}));
    QCOMPARE(recorder.latents, 2);
    QCOMPARE(recorder.dataRows, 400);
    QVERIFY(recorder.earlyBeforeTraining);
    QCOMPARE(recorder.pcaEarly, result.space("pca").embedding);
    QCOMPARE(recorder.losses, result.loss);
    QVERIFY(recorder.progressMonotone);
    QCOMPARE(recorder.lastProgress, 1.0);
}

void TestPipeline::metricsAgreeWithTheirParts() {
    const Result result = runPipeline(smallConfig());
    QCOMPARE(result.config.kmeans.k, 3);
    for (const SpaceResult* space : {&result.space("pca"), &result.space("autoencoder")}) {
        const MethodMetrics& m = space->metrics;
        QCOMPARE(space->embedding.rows(), Eigen::Index(400));
        QCOMPARE(space->embedding.cols(), Eigen::Index(2));
        QCOMPARE(space->clustering.centers.rows(), Eigen::Index(3));
        QCOMPARE(m.inertia, space->clustering.inertia);
        LL_COMPARE_REL(m.inertiaOverTss, m.inertia / totalSumOfSquares(space->embedding), 1e-12);
        QVERIFY(m.inertiaOverTss > 0.0 && m.inertiaOverTss < 1.0);
        LL_COMPARE_REL(m.silhouetteLatent, space->silhouetteLatent.mean(), 1e-12);
        QCOMPARE(m.ari, adjustedRandIndex(result.data.labels, space->clustering.labels));
        QVERIFY(m.trustworthiness > 0.5 && m.trustworthiness <= 1.0);
        QVERIFY(std::isfinite(m.calinskiHarabasz) && std::isfinite(m.daviesBouldin));
        QCOMPARE(space->confusion.sum(), 400);
        QCOMPARE(m.silhouetteSampleSize, 0);
    }
    LL_COMPARE_REL(result.space("pca").metrics.reconstructionMse,
                   result.pca.reconstructionMse(result.scaler.transform(result.data.features)),
                   1e-12);
    QCOMPARE(result.space("autoencoder").metrics.finalLoss, result.loss.back());
    QVERIFY(std::isnan(result.space("pca").metrics.finalLoss));
}

void TestPipeline::kFollowsTheLabels() {
    Dataset data = testdata::referenceCsv("small_blobs.csv");
    Config config = smallConfig();
    config.kmeans.k = 0;
    const Result result = runPipeline(config, data);
    QCOMPARE(result.config.kmeans.k, 4);
    data.labels.clear();
    data.labelNames.clear();
    const Result unlabelled = runPipeline(config, data);
    QCOMPARE(unlabelled.config.kmeans.k, 8);
    QVERIFY(std::isnan(unlabelled.space("pca").metrics.ari));
    QCOMPARE(unlabelled.space("pca").confusion.size(), Eigen::Index(0));
}

void TestPipeline::sameConfigSameNumbers() {
    const Result a = runPipeline(smallConfig());
    const Result b = runPipeline(smallConfig());
    QCOMPARE(a.loss, b.loss);
    QCOMPARE(a.space("autoencoder").embedding, b.space("autoencoder").embedding);
    QCOMPARE(a.space("autoencoder").metrics.silhouetteInput,
             b.space("autoencoder").metrics.silhouetteInput);
    QCOMPARE(a.space("pca").clustering.labels, b.space("pca").clustering.labels);
}

void TestPipeline::cancelStopsBetweenEpochs() {
    Recorder recorder;
    recorder.stopAtEpoch = 2;
    QVERIFY_THROWS_EXCEPTION(Cancelled, runPipeline(smallConfig(), &recorder));
    QCOMPARE(recorder.epochs.size(), std::size_t(2));
}

void TestPipeline::nonFiniteCellIsNamed() {
    Dataset data = testdata::referenceCsv("small_blobs.csv");
    data.features(16, 2) = std::nan("");
    try {
        runPipeline(smallConfig(), data);
        QFAIL("a NaN cell must be rejected");
    } catch (const DataError& error) {
        QCOMPARE(QString(error.what()),
                 QString("row 17, column 'X3': value is not a finite number"));
    }
}

void TestPipeline::fewerRowsThanKIsAnError() {
    Config config = smallConfig();
    config.data.samples = 5;
    config.kmeans.k = 8;
    QVERIFY_THROWS_EXCEPTION(DataError, runPipeline(config));
}

void TestPipeline::sampledSilhouetteReportsItsSample() {
    Config config = smallConfig();
    config.metrics.silhouette = SilhouetteMode::Sampled;
    config.metrics.silhouetteSample = 150;
    const Result result = runPipeline(config);
    const MethodMetrics& m = result.space("autoencoder").metrics;
    QCOMPARE(m.silhouetteSampleSize, 150);
    QVERIFY(m.silhouetteLatentCi > 0.0 && m.silhouetteInputCi > 0.0);
    int measured = 0;
    for (Eigen::Index i = 0; i < result.space("autoencoder").silhouetteLatent.size(); ++i)
        if (!std::isnan(result.space("autoencoder").silhouetteLatent(i))) ++measured;
    QCOMPARE(measured, 150);
}

void TestPipeline::aSampleOfEveryRowIsTheExactSilhouette() {
    // Sampling as many points as there are is the exact silhouette: no "+- 0.000 (n = all)".
    Config config = smallConfig();
    config.metrics.silhouette = SilhouetteMode::Sampled;
    config.metrics.silhouetteSample = int(runPipeline(config).data.rows());
    const Result sampled = runPipeline(config);
    config.metrics.silhouette = SilhouetteMode::Exact;
    const Result exact = runPipeline(config);
    QCOMPARE(sampled.space("autoencoder").metrics.silhouetteSampleSize, 0);
    QCOMPARE(sampled.space("autoencoder").metrics.silhouetteLatent,
             exact.space("autoencoder").metrics.silhouetteLatent);
    QCOMPARE(sampled.space("pca").metrics.silhouetteInput,
             exact.space("pca").metrics.silhouetteInput);
}

void TestPipeline::repeatsSummariseAndAreReproducible() {
    const RepeatsResult first = runRepeats(smallConfig(), 3, nullptr);
    const RepeatsResult second = runRepeats(smallConfig(), 3, nullptr);
    QCOMPARE(first.repeats(), 3);
    QCOMPARE(first.baseline, std::string("pca"));
    const std::vector<MethodMetrics> pca = first.of("pca");
    const std::vector<MethodMetrics> ae = first.of("autoencoder");
    for (std::size_t r = 0; r < 3; ++r) QCOMPARE(ae[r].ari, second.of("autoencoder")[r].ari);
    QVERIFY(pca[0].inertia != pca[1].inertia);  // seeds really move on
    // Repeat 0 is the plain run.
    QCOMPARE(pca[0].ari, runPipeline(smallConfig()).space("pca").metrics.ari);

    const MetricSummary ari = first.summary("ari");
    const double mean = (ae[0].ari + ae[1].ari + ae[2].ari) / 3;
    LL_COMPARE_REL(ari.of("autoencoder").mean, mean, 1e-12);
    const double d0 = ae[0].ari - pca[0].ari;
    const double d1 = ae[1].ari - pca[1].ari;
    const double d2 = ae[2].ari - pca[2].ari;
    const double dMean = (d0 + d1 + d2) / 3;
    const double dSd = std::sqrt(
        ((d0 - dMean) * (d0 - dMean) + (d1 - dMean) * (d1 - dMean) + (d2 - dMean) * (d2 - dMean)) /
        2);
    const MeanSd& difference = ari.differenceOf("autoencoder");
    LL_COMPARE_ABS(difference.mean, dMean, 1e-12);
    LL_COMPARE_ABS(difference.sd, dSd, 1e-12);
    LL_COMPARE_ABS(difference.ciHalfWidth, 4.303 * dSd / std::sqrt(3.0), 1e-12);
    QCOMPARE(ari.differenceOf("pca").count, 0);  // the baseline has no difference to itself
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, first.summary("no_such_metric"));
}

void TestPipeline::stageTimesLeaveOutTheObserversWaits() {
    // 20 ms in each epoch callback and in each stop poll: over a second of waiting for a run
    // that computes in a few milliseconds. None of it may count as the stages' time.
    Config config = smallConfig();
    config.autoencoder.epochs = 10;
    SlowObserver slow(20);
    const Result result = runPipeline(config, &slow);
    QVERIFY(slow.waitedSeconds > 0.4);
    const auto& s = result.seconds;
    for (double stage : {s.scale, s.fit, s.cluster, s.metrics}) {
        QVERIFY(stage >= 0.0);
        QVERIFY2(stage < slow.waitedSeconds / 4, qPrintable(QString::number(stage)));
    }
    QVERIFY(s.total < slow.waitedSeconds / 2);
    QVERIFY(result.space("autoencoder").metrics.seconds < slow.waitedSeconds / 4);
    QVERIFY(result.space("pca").metrics.seconds < slow.waitedSeconds / 4);
}

QTEST_APPLESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
