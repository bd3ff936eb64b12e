// The training replay in the real window (issue 13): after a run the timeline under the scatters
// has one frame per epoch; scrubbing puts a frame's points in the autoencoder's scatter (the
// Replay's own coordinates, or their image under the alignment onto PCA), on axes fixed for the
// whole replay, with the loss chart's cursor at the frame's epoch; the last frame and "Final"
// give the finished result back exactly; playing runs to the end; a stopped run keeps the shown
// result's replay, a new run replaces it; File → Export animation writes a GIF of every frame.
// LATENTLAB_REPLAY_SCREENSHOT=file.png saves the 1366 x 768 window mid-replay.
#include "AnimationSaver.h"
#include "ExportController.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "LossCursor.h"
#include "Procrustes.h"
#include "ReplayTimeline.h"
#include "RunController.h"
#include "RunDisplay.h"
#include "ScatterView.h"
#include "TestMode.h"
#include "WindowRun.h"

#include <QAbstractAxis>
#include <QCheckBox>
#include <QGraphicsLineItem>
#include <QLineSeries>
#include <QProcess>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QValueAxis>
#include <QtTest>
#include <memory>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

constexpr int kEpochs = 12;

Config smallConfig(int epochs) {
    Config config;
    config.data.samples = 1500;
    config.data.centers = 5;
    config.autoencoder.epochs = epochs;
    return config;
}

/// Largest absolute difference between two matrices of the same shape (infinity otherwise).
double largestDifference(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    return (a - b).cwiseAbs().maxCoeff();
}

/// An axis's range as a pair, to compare before and after.
std::pair<double, double> rangeOf(const QAbstractAxis* axis) {
    const auto* value = qobject_cast<const QValueAxis*>(axis);
    if (value) return {value->min(), value->max()};
    return {axis->property("min").toDouble(), axis->property("max").toDouble()};
}

}  // namespace

class TestReplayTimeline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void timelineAfterRun();
    void scrubShowsTheFrame();
    void alignedFrameIsTheFrameMapped();
    void lastFrameIsTheFinalResult();
    void playRunsToTheEnd();
    void exportAnimationWritesEveryFrame();
    void exportAnimationAsMp4();
    void screenshotMidReplay();
    void stoppedRunKeepsTheReplay();
    void newRunReplacesTheReplay();  // last: it starts runs

private:
    ScatterView* aeScatter() const { return m_window->latentSpaces()->scatter("autoencoder"); }
    ReplayTimeline* timeline() const { return m_window->latentSpaces()->timeline(); }
    const MethodReplay& aeReplay() const;

    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<const Replay> m_replay;
    bool m_alignedAtStart = false;
    Eigen::MatrixXd m_finalAe;  ///< the AE scatter's points as the run left them
    int m_finalCentroids = 0;
};

void TestReplayTimeline::initTestCase() {
    testmode::enter();
    qApp->setProperty("latentlabQuiet", true);
    m_window = std::make_unique<MainWindow>();
    m_window->setConfig(smallConfig(kEpochs));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(runAndWait(*m_window));
    m_replay = m_window->display()->replay();
    QVERIFY(m_replay);
    m_alignedAtStart = m_window->findChild<QCheckBox*>("alignAe")->isChecked();
    m_finalAe = aeScatter()->points();
    m_finalCentroids = aeScatter()->centroidCount();
    QVERIFY(m_finalCentroids > 0);
}

const MethodReplay& TestReplayTimeline::aeReplay() const {
    for (const MethodReplay& method : m_replay->methods)
        if (method.method == "autoencoder") return method;
    qFatal("no autoencoder in the replay");
}

void TestReplayTimeline::timelineAfterRun() {
    QVERIFY(timeline()->isVisible());
    QCOMPARE(timeline()->replay(), m_replay);
    QCOMPARE(m_window->latentSpaces()->replay(), m_replay);
    // PCA does not train: the autoencoder alone, one frame per epoch (the last is the result).
    QCOMPARE(int(m_replay->methods.size()), 1);
    QCOMPARE(m_replay->frameCount(), kEpochs);
    QCOMPARE(timeline()->frameCount(), kEpochs);
    QCOMPARE(timeline()->slider()->maximum(), kEpochs - 1);
    QCOMPARE(timeline()->frame(), kEpochs - 1);
    QCOMPARE(timeline()->stepText(), QStringLiteral("epoch %1 of %1").arg(kEpochs));
    QCOMPARE(aeReplay().frames.front().step, 1);
    QCOMPARE(aeReplay().frames.back().step, kEpochs);
    QVERIFY(m_window->action("exportAnimation")->isEnabled());
    // One row: the scatters keep their height on a laptop.
    QVERIFY2(timeline()->height() <= 40, qPrintable(QString::number(timeline()->height())));
    QCOMPARE(m_window->latentSpaces()->replayFrame(), -1);
}

void TestReplayTimeline::scrubShowsTheFrame() {
    auto* align = m_window->findChild<QCheckBox*>("alignAe");
    QVERIFY(align);
    align->setChecked(false);  // the AE drawn as fitted: frames in the Replay's own coordinates
    QSlider* slider = timeline()->slider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(timeline()->frame(), 0);
    QCOMPARE(m_window->latentSpaces()->replayFrame(), 0);
    const ReplayFrame& first = aeReplay().frames.front();
    const double scale = first.xy.cwiseAbs().maxCoeff();
    const double difference = largestDifference(aeScatter()->points(), first.xy);
    QVERIFY2(difference <= 1e-9 * std::max(1.0, scale), qPrintable(QString::number(difference)));
    QVERIFY(largestDifference(aeScatter()->points(), m_finalAe) > 1e-3);  // it did move
    QCOMPARE(aeScatter()->centroidCount(), 0);  // the final centres belong to the final frame
    QVERIFY2(aeScatter()->note().contains(QStringLiteral("epoch 1 of %1").arg(kEpochs)),
             qPrintable(aeScatter()->note()));
    QCOMPARE(timeline()->stepText(), QStringLiteral("epoch 1 of %1").arg(kEpochs));

    // The loss chart's cursor at epoch 1, where the chart draws epoch 1.
    LossChartView* loss = m_window->latentSpaces()->lossChart();
    auto* cursor = loss->findChild<LossCursor*>();
    QVERIFY(cursor);
    QCOMPARE(cursor, m_window->latentSpaces()->lossCursor());
    QCOMPARE(cursor->epoch(), 1);
    QVERIFY(cursor->isShown());
    auto* series = qobject_cast<QLineSeries*>(loss->chart()->series().first());
    const double x = loss->chart()->mapToPosition(QPointF(1.0, series->at(0).y()), series).x();
    QVERIFY2(std::abs(cursor->line()->line().x1() - x) < 0.5,
             qPrintable(QStringLiteral("%1 vs %2").arg(cursor->line()->line().x1()).arg(x)));

    // The axes stay as they are over the replay.
    QChart* chart = aeScatter()->chart();
    const auto xRange = rangeOf(chart->axes(Qt::Horizontal).first());
    const auto yRange = rangeOf(chart->axes(Qt::Vertical).first());
    for (int step = 0; step < kEpochs - 2; ++step) {
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(cursor->epoch(), aeReplay().frames[std::size_t(timeline()->frame())].step);
        QCOMPARE(rangeOf(chart->axes(Qt::Horizontal).first()), xRange);
        QCOMPARE(rangeOf(chart->axes(Qt::Vertical).first()), yRange);
    }
    QCOMPARE(timeline()->frame(), kEpochs - 2);
    align->setChecked(m_alignedAtStart);
}

void TestReplayTimeline::alignedFrameIsTheFrameMapped() {
    // Aligned onto PCA, the frame is the Replay's frame under one similarity: the one that
    // takes its final frame onto the result as drawn. Toggled mid-replay, the frame stays.
    timeline()->setFrame(3);
    auto* align = m_window->findChild<QCheckBox*>("alignAe");
    align->setChecked(true);
    QCOMPARE(m_window->latentSpaces()->replayFrame(), 3);
    const Eigen::MatrixXd& frame = aeReplay().frames[3].xy;
    const Eigen::MatrixXd shown = aeScatter()->points();
    const Similarity fit = fitSimilarity(frame, shown);
    const double residual = largestDifference(fit.apply(frame), shown);
    QVERIFY2(residual < 1e-9 * std::max(1.0, shown.cwiseAbs().maxCoeff()),
             qPrintable(QString::number(residual)));
    QVERIFY(largestDifference(shown, frame) > 1e-3);  // aligned: not the raw coordinates
    QVERIFY2(aeScatter()->note().contains(QStringLiteral("epoch 4 of")),
             qPrintable(aeScatter()->note()));
    align->setChecked(m_alignedAtStart);
}

void TestReplayTimeline::lastFrameIsTheFinalResult() {
    timeline()->setFrame(2);
    QVERIFY(timeline()->finalButton()->isEnabled());
    QTest::mouseClick(timeline()->finalButton(), Qt::LeftButton);
    QCOMPARE(timeline()->frame(), kEpochs - 1);
    QCOMPARE(m_window->latentSpaces()->replayFrame(), -1);
    QCOMPARE(aeScatter()->points(), m_finalAe);
    QCOMPARE(aeScatter()->centroidCount(), m_finalCentroids);
    QVERIFY(!m_window->latentSpaces()->lossCursor()->isShown());
    QVERIFY(!aeScatter()->note().contains(QStringLiteral("replay")));
    QVERIFY(!timeline()->finalButton()->isEnabled());
    // The slider's end is the same.
    timeline()->setFrame(4);
    QTest::keyClick(timeline()->slider(), Qt::Key_End);
    QCOMPARE(aeScatter()->points(), m_finalAe);
    QCOMPARE(aeScatter()->centroidCount(), m_finalCentroids);
}

void TestReplayTimeline::playRunsToTheEnd() {
    timeline()->setSpeed(4.0);
    QCOMPARE(timeline()->speed(), 4.0);
    QTest::mouseClick(timeline()->playButton(), Qt::LeftButton);  // at the end: from the start
    QVERIFY(timeline()->isPlaying());
    QVERIFY(timeline()->frame() < kEpochs - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!timeline()->isPlaying(), 10000);
    QCOMPARE(timeline()->frame(), kEpochs - 1);
    QCOMPARE(aeScatter()->points(), m_finalAe);
    timeline()->setSpeed(1.0);
}

void TestReplayTimeline::exportAnimationWritesEveryFrame() {
    QTemporaryDir dir;
    const QString path = dir.filePath("training.gif");
    QSignalSpy ended(m_window->exports(), &ExportController::animationFinished);
    QString error;
    QVERIFY2(AnimationSaver::start(m_window.get(), path, &error), qPrintable(error));
    QVERIFY(m_window->exports()->isBusy());
    QVERIFY(!AnimationSaver::start(m_window.get(), dir.filePath("second.gif"), &error));
    QVERIFY2(error.contains("still running"), qPrintable(error));
    QVERIFY(ended.wait(30000));
    const auto outcome = ended.first().at(0).value<ExportOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.written, QStringList{"training.gif"});
    QVERIFY(!m_window->exports()->isBusy());
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(!AnimationSaver::start(m_window.get(), dir.filePath("clip.avi"), &error));
    QVERIFY2(error.contains(".gif or .mp4"), qPrintable(error));

    const QString identify = QStandardPaths::findExecutable("identify");
    if (identify.isEmpty()) QSKIP("ImageMagick's identify is not installed");
    QProcess process;
    process.start(identify, {"-format", "%w %h\n", path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList frames =
        QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(int(frames.size()), kEpochs);
}

void TestReplayTimeline::exportAnimationAsMp4() {
    // File -> Export animation... with a .mp4 name: H.264 in yuv420p (what browsers and slide
    // software play), one frame per epoch, even dimensions; ffprobe decodes every frame.
    QTemporaryDir dir;
    const QString path = dir.filePath("training.mp4");
    QSignalSpy ended(m_window->exports(), &ExportController::animationFinished);
    QString error;
    QVERIFY2(AnimationSaver::start(m_window.get(), path, &error), qPrintable(error));
    QVERIFY(ended.wait(60000));
    const auto outcome = ended.first().at(0).value<ExportOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.written, QStringList{"training.mp4"});
    const QString ffprobe = QStandardPaths::findExecutable("ffprobe");
    if (ffprobe.isEmpty()) QSKIP("ffmpeg's ffprobe is not installed");
    QProcess process;
    process.start(ffprobe,
                  {"-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                   "stream=nb_read_frames,codec_name,pix_fmt,width,height", "-of",
                   "default=noprint_wrappers=1", path});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString probed = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(probed.contains("codec_name=h264") && probed.contains("pix_fmt=yuv420p"),
             qPrintable(probed));
    QVERIFY2(probed.contains(QStringLiteral("nb_read_frames=%1").arg(kEpochs)), qPrintable(probed));
    int width = 0, height = 0;
    for (const QString& line : probed.split('\n')) {
        if (line.startsWith("width=")) width = line.mid(6).toInt();
        if (line.startsWith("height=")) height = line.mid(7).toInt();
    }
    QVERIFY2(width >= 320 && height >= 240 && width % 2 == 0 && height % 2 == 0,
             qPrintable(probed));
}

void TestReplayTimeline::screenshotMidReplay() {
    const QString path = qEnvironmentVariable("LATENTLAB_REPLAY_SCREENSHOT");
    if (path.isEmpty()) QSKIP("LATENTLAB_REPLAY_SCREENSHOT names no file");
    timeline()->setFrame(kEpochs / 3);
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(path));
    timeline()->showFinal();
}

void TestReplayTimeline::stoppedRunKeepsTheReplay() {
    QSignalSpy ended(m_window.get(), &MainWindow::runEnded);
    m_window->setConfig(smallConfig(1000));
    // Stopped at its first epoch, long before its thousandth.
    connect(
        m_window->runController(), &RunController::epochFinished, this,
        [this] { m_window->stop(); }, Qt::SingleShotConnection);
    m_window->run();
    // A run clears the timeline at once: its frames are not the new run's.
    QVERIFY(timeline()->isHidden());
    QVERIFY(!m_window->latentSpaces()->replay());
    QVERIFY(!m_window->action("exportAnimation")->isEnabled());
    QVERIFY(ended.wait(30000));
    QCOMPARE(ended.first().at(0).toBool(), false);
    // The result on screen is the last finished run's, and so is its replay.
    QCOMPARE(m_window->display()->replay(), m_replay);
    QCOMPARE(m_window->latentSpaces()->replay(), m_replay);
    QVERIFY(timeline()->isVisible());
    QCOMPARE(timeline()->frameCount(), kEpochs);
}

void TestReplayTimeline::newRunReplacesTheReplay() {
    timeline()->setFrame(2);
    m_window->setConfig(smallConfig(6));
    QSignalSpy ended(m_window.get(), &MainWindow::runEnded);
    m_window->run();
    QVERIFY(timeline()->isHidden());
    QCOMPARE(m_window->latentSpaces()->replayFrame(), -1);
    QVERIFY(!m_window->latentSpaces()->lossCursor()->isShown());
    QVERIFY(ended.wait(60000 * kRunSlowdown));
    QVERIFY(ended.first().at(0).toBool());
    const auto replay = m_window->display()->replay();
    QVERIFY(replay && replay != m_replay);
    QCOMPARE(replay->frameCount(), 6);
    QCOMPARE(timeline()->replay(), replay);
    QCOMPARE(timeline()->frameCount(), 6);
    QVERIFY(timeline()->isVisible());
    // Its last frame is this run's final embedding, as drawn.
    QCOMPARE(timeline()->frame(), 5);
    QCOMPARE(m_window->latentSpaces()->replayFrame(), -1);
}

QTEST_MAIN(TestReplayTimeline)
#include "tst_replaytimeline.moc"
