// A replay keeps a method's frames evenly spaced within its budget and always its final one;
// alignment maps a rotated, reflected, scaled and shifted copy back onto the final frame; the
// recorder keeps only methods that animate, in the plane their scatter shows, and passes
// every call on.
#include "Replay.h"
#include "ReplayRecorder.h"
#include "ReplayTrack.h"
#include "TestData.h"

#include <cmath>

using namespace latentlab;

namespace {

Eigen::MatrixXd marked(int step, int rows = 4) {
    return Eigen::MatrixXd::Constant(rows, 2, double(step));
}

std::vector<int> stepsOf(const std::vector<ReplayFrame>& frames) {
    std::vector<int> steps;
    for (const ReplayFrame& frame : frames) steps.push_back(frame.step);
    return steps;
}

/// The final frame of the alignment cases: no symmetry a similarity could confuse.
Eigen::MatrixXd finalFrame() {
    Eigen::MatrixXd xy(6, 2);
    xy << 0.0, 0.0, 3.0, 0.5, 1.0, 2.0, -1.5, 1.0, 2.5, -2.0, 0.2, -0.7;
    return xy;
}

/// Counts the calls it gets, and wants a snapshot of step 7 only.
class CountingObserver : public PipelineObserver {
public:
    int started = 0, steps = 0, ready = 0;
    void methodStarted(const std::string&) override { ++started; }
    bool wantsSnapshot(const std::string&, int step) override { return step == 7; }
    void stepFinished(const std::string&, int, double, const Eigen::MatrixXd*) override { ++steps; }
    void embeddingReady(const std::string&, const Eigen::MatrixXd&) override { ++ready; }
};

}  // namespace

class TestReplayFrames : public QObject {
    Q_OBJECT
private slots:
    void thinningKeepsEvenlySpacedFramesAndTheFinal_data();
    void thinningKeepsEvenlySpacedFramesAndTheFinal();
    void framesOfferedOffTheSpacingOnlyRenewTheNewest();
    void theByteBudgetLowersTheFrameCap();
    void finalReplacesAFrameOfItsStep();
    void alignmentRecoversTheFinalFrame_data();
    void alignmentRecoversTheFinalFrame();
    void shorterReplaysHoldTheirLastFrame();
    void recorderKeepsAnimatingMethodsInTheirPlane();
};

void TestReplayFrames::thinningKeepsEvenlySpacedFramesAndTheFinal_data() {
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("steps");
    QTest::newRow("under the cap") << 300 << 12;
    QTest::newRow("exactly the cap") << 10 << 10;
    QTest::newRow("thinned once") << 10 << 15;
    QTest::newRow("thinned often") << 10 << 1000;
    QTest::newRow("odd cap") << 7 << 500;
    QTest::newRow("smallest cap") << 2 << 100;
    QTest::newRow("t-SNE") << 300 << 1000;
}

void TestReplayFrames::thinningKeepsEvenlySpacedFramesAndTheFinal() {
    QFETCH(int, cap);
    QFETCH(int, steps);
    ReplayTrack track("tsne", ReplayBudget{cap, std::size_t(1) << 30});
    for (int step = 1; step <= steps; ++step) {
        // As the recorder does: a snapshot only where the track wants one.
        if (track.wants(step)) track.add(step, double(step), marked(step));
        QVERIFY2(int(track.size()) <= cap, qPrintable(QString("step %1").arg(step)));
    }
    track.finish(steps, double(steps), marked(steps));
    QVERIFY(int(track.size()) <= cap);

    const std::vector<ReplayFrame> frames = track.frames();
    const std::vector<int> kept = stepsOf(frames);
    QCOMPARE(kept.front(), 1);
    QCOMPARE(kept.back(), steps);
    QCOMPARE(frames.back().xy, marked(steps));
    // Evenly spaced, one stride apart, up to the final frame (which may come sooner).
    for (std::size_t i = 1; i + 1 < kept.size(); ++i)
        QCOMPARE(kept[i] - kept[i - 1], track.stride());
    QVERIFY(kept.back() - kept[kept.size() - 2] <= track.stride());
    // The budget is used: thinning never leaves fewer than half of it.
    QVERIFY(int(kept.size()) >= std::min(steps, cap / 2));
    for (const ReplayFrame& frame : frames) {
        QCOMPARE(frame.method, std::string("tsne"));
        QCOMPARE(frame.loss, double(frame.step));
        QCOMPARE(frame.xy, marked(frame.step));
    }
}

void TestReplayFrames::framesOfferedOffTheSpacingOnlyRenewTheNewest() {
    // The GUI may ask for snapshots of its own: every step arrives, wanted or not.
    ReplayTrack track("umap", ReplayBudget{8, std::size_t(1) << 30});
    for (int step = 1; step <= 100; ++step) {
        track.add(step, 0.0, marked(step));
        QVERIFY(int(track.size()) <= 8);
        QCOMPARE(track.frames().back().step, step);
    }
    const std::vector<int> kept = stepsOf(track.frames());
    for (std::size_t i = 1; i + 1 < kept.size(); ++i)
        QCOMPARE(kept[i] - kept[i - 1], track.stride());
}

void TestReplayFrames::theByteBudgetLowersTheFrameCap() {
    const int rows = 50;
    const std::size_t frameBytes = std::size_t(rows) * 2 * sizeof(double);
    ReplayTrack track("autoencoder", ReplayBudget{300, 12 * frameBytes});
    for (int step = 1; step <= 200; ++step)
        if (track.wants(step)) track.add(step, 0.0, marked(step, rows));
    QCOMPARE(track.capacity(), 12);
    QVERIFY(track.size() <= 12);
    QVERIFY(track.size() >= 6);
}

void TestReplayFrames::finalReplacesAFrameOfItsStep() {
    ReplayTrack track("autoencoder", ReplayBudget{});
    for (int step = 1; step <= 5; ++step) track.add(step, 0.1 * step, marked(step));
    // Early stopping restored epoch 3's weights: the fitted embedding differs from epoch 5's.
    track.finish(5, 0.5, marked(-3));
    QCOMPARE(stepsOf(track.frames()), (std::vector<int>{1, 2, 3, 4, 5}));
    QCOMPARE(track.frames().back().xy, marked(-3));
    // UMAP's last epoch without a snapshot: the final frame follows the kept ones.
    ReplayTrack umap("umap", ReplayBudget{});
    umap.add(1, NAN, marked(1));
    umap.finish(200, NAN, marked(200));
    QCOMPARE(stepsOf(umap.frames()), (std::vector<int>{1, 200}));
}

void TestReplayFrames::alignmentRecoversTheFinalFrame_data() {
    QTest::addColumn<double>("angle");
    QTest::addColumn<bool>("reflect");
    QTest::addColumn<double>("scale");
    QTest::newRow("rotated, scaled") << 0.7 << false << 2.5;
    QTest::newRow("reflected, shrunk") << -2.1 << true << 0.03;
    QTest::newRow("half turn") << M_PI << false << 1.0;
}

void TestReplayFrames::alignmentRecoversTheFinalFrame() {
    QFETCH(double, angle);
    QFETCH(bool, reflect);
    QFETCH(double, scale);
    Eigen::Matrix2d turn;
    turn << std::cos(angle), -std::sin(angle), std::sin(angle), std::cos(angle);
    if (reflect) turn.col(0) *= -1.0;
    const Eigen::MatrixXd target = finalFrame();
    Eigen::MatrixXd early = scale * target * turn;
    early.rowwise() += Eigen::RowVector2d(4.0, -7.5);

    ReplayTrack track("umap", ReplayBudget{});
    track.add(1, NAN, early);
    track.finish(2, NAN, target);
    const Replay replay = alignReplay({track, ReplayTrack("tsne", ReplayBudget{})});
    QCOMPARE(replay.methods.size(), std::size_t(1));  // the empty track is left out
    const MethodReplay& umap = replay.methods.front();
    QCOMPARE(umap.frames.size(), std::size_t(2));
    QVERIFY((umap.frames[0].xy - target).cwiseAbs().maxCoeff() < 1e-9);
    QVERIFY((umap.frames[1].xy - target).cwiseAbs().maxCoeff() < 1e-9);
    LL_COMPARE_ABS(umap.extent.minX, -1.5, 1e-9);
    LL_COMPARE_ABS(umap.extent.maxX, 3.0, 1e-9);
    LL_COMPARE_ABS(umap.extent.minY, -2.0, 1e-9);
    LL_COMPARE_ABS(umap.extent.maxY, 2.0, 1e-9);
}

void TestReplayFrames::shorterReplaysHoldTheirLastFrame() {
    ReplayTrack longer("tsne", ReplayBudget{}), shorter("autoencoder", ReplayBudget{});
    for (int step = 1; step <= 9; ++step) longer.add(step, NAN, marked(step));
    for (int step = 1; step <= 3; ++step) shorter.add(step, 0.0, marked(step));
    const Replay replay = alignReplay({shorter, longer});
    QCOMPARE(replay.frameCount(), 9);
    QCOMPARE(replay.methods[0].at(8).step, 3);
    QCOMPARE(replay.methods[1].at(8).step, 9);
    QCOMPARE(replay.methods[0].at(1).step, 2);
}

void TestReplayFrames::recorderKeepsAnimatingMethodsInTheirPlane() {
    CountingObserver inner;
    ReplayRecorder recorder(&inner);
    recorder.methodStarted("pca");
    QVERIFY(!recorder.wantsSnapshot("pca", 3));  // no track for PCA
    QVERIFY(recorder.wantsSnapshot("pca", 7));   // but the inner observer's wish passes
    recorder.embeddingReady("pca", Eigen::MatrixXd::Random(20, 2));
    for (int repeat = 0; repeat < 2; ++repeat) {
        recorder.methodStarted("autoencoder");
        for (int epoch = 1; epoch <= 4; ++epoch) {
            QVERIFY(recorder.wantsSnapshot("autoencoder", epoch));
            // A 3-wide latent space: frames hold its principal plane.
            Eigen::MatrixXd latent = Eigen::MatrixXd::Random(20, 3);
            latent.col(2) *= 0.01;
            recorder.stepFinished("autoencoder", epoch, 1.0 / epoch, &latent);
        }
        recorder.embeddingReady("autoencoder", Eigen::MatrixXd::Random(20, 3));
    }
    QCOMPARE(inner.started, 3);
    QCOMPARE(inner.steps, 8);
    QCOMPARE(inner.ready, 3);
    QCOMPARE(recorder.tracks().size(), std::size_t(1));  // the repeat replaced the first run
    const Replay replay = recorder.replay();
    QCOMPARE(replay.methods.size(), std::size_t(1));
    const MethodReplay& ae = replay.methods.front();
    QCOMPARE(ae.method, std::string("autoencoder"));
    QCOMPARE(stepsOf(ae.frames), (std::vector<int>{1, 2, 3, 4}));
    QCOMPARE(ae.frames.back().loss, 0.25);
    for (const ReplayFrame& frame : ae.frames) QCOMPARE(frame.xy.cols(), Eigen::Index(2));
}

QTEST_APPLESS_MAIN(TestReplayFrames)
#include "tst_replayframes.moc"
