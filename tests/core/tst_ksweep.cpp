// The k sweep: each swept value equals the single run's value at the same k, inertia falls
// with k, and bad ranges are refused.
#include "Errors.h"
#include "KSweep.h"
#include "Pipeline.h"
#include "TestData.h"

using namespace latentlab;

class TestKSweep : public QObject {
    Q_OBJECT
private slots:
    void sweptValuesEqualSingleRuns();
    void inertiaFallsWithK();
    void badRangesAreRefused();
};

static Config smallConfig(int k) {
    Config config;
    config.data.samples = 600;
    config.data.centers = 4;
    config.autoencoder.epochs = 3;
    config.kmeans.k = k;
    return config;
}

void TestKSweep::sweptValuesEqualSingleRuns() {
    const Result base = runPipeline(smallConfig(4));
    const KSweep sweep = sweepK(base, 2, 6);
    QCOMPARE(sweep.of("pca").size(), std::size_t(5));
    QCOMPARE(sweep.chosenK, 4);
    QCOMPARE(sweep.silhouetteSampleSize, 0);
    for (int k : {3, 4, 6}) {
        // Same data, PCA and training (their seeds do not depend on k): only k-means differs.
        const Result single = runPipeline(smallConfig(k));
        const KSweepPoint& pca = sweep.of("pca")[std::size_t(k - 2)];
        const KSweepPoint& ae = sweep.of("autoencoder")[std::size_t(k - 2)];
        QCOMPARE(pca.k, k);
        QCOMPARE(pca.inertia, single.space("pca").metrics.inertia);
        QCOMPARE(pca.inertiaOverTss, single.space("pca").metrics.inertiaOverTss);
        QCOMPARE(pca.silhouette, single.space("pca").metrics.silhouetteLatent);
        QCOMPARE(ae.inertia, single.space("autoencoder").metrics.inertia);
        QCOMPARE(ae.silhouette, single.space("autoencoder").metrics.silhouetteLatent);
    }
}

void TestKSweep::inertiaFallsWithK() {
    const KSweep sweep = sweepK(runPipeline(smallConfig(4)), 2, 8);
    for (std::size_t i = 1; i < sweep.of("pca").size(); ++i) {
        QVERIFY(sweep.of("pca")[i].inertia < sweep.of("pca")[i - 1].inertia);
        QVERIFY(sweep.of("autoencoder")[i].inertiaOverTss <
                sweep.of("autoencoder")[i - 1].inertiaOverTss);
    }
}

void TestKSweep::badRangesAreRefused() {
    const Result base = runPipeline(smallConfig(4));
    QVERIFY_THROWS_EXCEPTION(ConfigError, sweepK(base, 1, 5));
    QVERIFY_THROWS_EXCEPTION(ConfigError, sweepK(base, 6, 5));
    QVERIFY_THROWS_EXCEPTION(ConfigError, sweepK(base, 2, 600));
}

QTEST_APPLESS_MAIN(TestKSweep)
#include "tst_ksweep.moc"
