// latentlab-bench-gui: how the window feels, measured (run it under xvfb-run):
//  - refresh of a 30000-point scatter (setData or updatePositions, then a synchronous
//    repaint including the point layer's render), median of 9;
//  - from a settings change (Live mode) to both scatters showing the new run's final
//    positions, and to the finished metrics;
//  - the longest the GUI thread went without processing events during that run.
// Prints one JSON object. Never asserts a time.
//   latentlab-bench-gui --rows N   instead: one whole run of N rows in the window (the scale
//   check: longest GUI stall, time to the result, how many points the scatters draw).
#include "Blobs.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "Pca.h"
#include "RunController.h"
#include "Scaler.h"
#include "ScatterView.h"
#include "SettingsPanel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace latentlab;

namespace {

double medianMs(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Records the longest gap between ticks of a 2 ms timer on the GUI thread.
class StallProbe : public QObject {
public:
    StallProbe() {
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start() {
        m_longest = 0;
        m_clock.start();
        m_timer.start(2);
    }
    qint64 stop() {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

/// One run of `rows` blob rows in the window, with the notebook's other settings.
int largeRun(int rows) {
    gui::MainWindow window;
    window.resize(1500, 940);
    window.show();
    QApplication::processEvents();
    Config config = window.config();
    config.data.samples = rows;
    window.setConfig(config);
    QEventLoop untilEnded;
    QObject::connect(&window, &gui::MainWindow::runEnded, &untilEnded, &QEventLoop::quit);
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    window.run();
    untilEnded.exec();
    const qint64 finished = clock.elapsed();
    const qint64 longestStall = probe.stop();
    // The result is on screen: how long does one repaint of the whole window take?
    QElapsedTimer repaint;
    repaint.start();
    window.repaint();
    const qint64 repaintMs = repaint.elapsed();
    const gui::ScatterView* scatter = window.latentSpaces()->pcaScatter();
    std::printf(
        "{\"rows\": %d, \"run_to_result_ms\": %lld, \"longest_gui_stall_ms\": %lld, "
        "\"window_repaint_ms\": %lld, \"points_drawn\": %d, \"scatter_note\": \"%s\"}\n",
        rows, finished, longestStall, repaintMs, scatter->pointCount(),
        qPrintable(scatter->note()));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    app.setProperty("latentlabQuiet", true);
    const QStringList arguments = QApplication::arguments();
    const int rowsAt = int(arguments.indexOf(QStringLiteral("--rows")));
    if (rowsAt > 0 && rowsAt + 1 < arguments.size()) return largeRun(arguments[rowsAt + 1].toInt());

    // 1. Scatter refresh at the notebook's size.
    DataConfig dataConfig;
    const Dataset data = makeBlobs(dataConfig);
    const Eigen::MatrixXd latent = Pca(2).fitTransform(Scaler().fitTransform(data.features));
    gui::ScatterView scatter;
    scatter.resize(700, 520);
    scatter.show();
    // Until the window is exposed, repaint() paints nothing and the timing would be empty.
    QElapsedTimer exposing;
    exposing.start();
    while (!(scatter.windowHandle() && scatter.windowHandle()->isExposed()) &&
           exposing.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    std::vector<double> setData, update;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer clock;
        clock.start();
        scatter.setData(latent * (1.0 + 0.01 * i), data.labels, data.labelNames, {}, {});
        scatter.repaint();
        QApplication::processEvents();  // the chart's scene repaints its viewport when queued
        setData.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        scatter.updatePositions(latent * (1.0 - 0.01 * i));
        scatter.repaint();
        QApplication::processEvents();
        update.push_back(clock.nsecsElapsed() / 1e6);
    }
    scatter.hide();

    // 2. A settings change in Live mode on the notebook's defaults.
    gui::MainWindow window;
    window.resize(1500, 940);
    window.show();
    QApplication::processEvents();
    {
        // A first run, unmeasured: fonts, glyph caches and the views' first layouts are
        // set up on first use; a demo has that behind it.
        QEventLoop warmUp;
        QObject::connect(&window, &gui::MainWindow::runEnded, &warmUp, &QEventLoop::quit);
        window.run();
        warmUp.exec();
    }
    window.action("live")->setChecked(true);
    gui::RunController* runs = window.runController();
    QElapsedTimer sinceChange;
    qint64 pcaShown = -1, aeFinalShown = -1;
    const int epochs = window.config().autoencoder.epochs;
    QObject::connect(runs, &gui::RunController::pcaReady, &app, [&] {
        if (pcaShown < 0) pcaShown = sinceChange.elapsed();
    });
    QObject::connect(runs, &gui::RunController::latentSnapshot, &app, [&](int epoch, auto) {
        if (epoch == epochs) {
            QApplication::processEvents();  // let the scatter take the snapshot first
            aeFinalShown = sinceChange.elapsed();
        }
    });
    QEventLoop untilEnded;
    QObject::connect(&window, &gui::MainWindow::runEnded, &untilEnded, &QEventLoop::quit);
    QTimer::singleShot(120000, &untilEnded, &QEventLoop::quit);
    StallProbe probe;
    probe.start();
    sinceChange.start();
    Config changed = window.config();
    changed.data.seed = 7;  // as if the seed box had been changed
    window.setConfig(changed);
    emit window.settings()->changed();  // what a panel emits when the user edits it
    untilEnded.exec();
    const qint64 finished = sinceChange.elapsed();
    const qint64 longestStall = probe.stop();

    std::printf(
        "{\"scatter_points\": %d, \"scatter_setdata_ms\": %.1f, "
        "\"scatter_update_ms\": %.1f, \"change_to_pca_ms\": %lld, "
        "\"change_to_both_scatters_ms\": %lld, \"change_to_metrics_ms\": %lld, "
        "\"longest_gui_stall_ms\": %lld, \"debounce_ms\": 250}\n",
        int(latent.rows()), medianMs(setData), medianMs(update), pcaShown, aeFinalShown, finished,
        longestStall);
    return 0;
}
