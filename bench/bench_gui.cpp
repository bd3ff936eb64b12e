// latentlab-bench-gui: how the window feels, measured (run it under xvfb-run):
//  - refresh of a 30000-point scatter (setData or updatePositions, then a synchronous
//    repaint including the point layer's render), median of 9;
//  - from a settings change (Live mode) to both scatters showing the new run's final
//    positions, and to the finished metrics;
//  - the longest the GUI thread went without processing events during that run.
// Prints one JSON object. Never asserts a time.
//   latentlab-bench-gui --rows N [--methods pca,autoencoder,umap,tsne]   instead: one whole run
//   of N rows in the window with those methods (all four: four scatters animating side by
//   side), the scale check: longest GUI stall (and in each phase: the run starting, the
//   methods animating, the result shown), time to the result, points drawn, and the five
//   slowest events the GUI thread handled (what the stalls were spent on).
//   latentlab-bench-gui --export [--rows N]   instead: Export all of a run of N rows (30,000)
//   from a 1600 x 1000 window, three times (the session's first, again, and with the Data
//   tab's 3-D view on screen): total time and the longest GUI stall of each, next to what
//   the same files cost when drawn and written on the GUI thread in one go.
#include "Blobs.h"
#include "ChartExport.h"
#include "ClustersTab.h"
#include "ConfusionMatrixView.h"
#include "DataTab.h"
#include "ExportController.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MainWindow.h"
#include "MetricsTableView.h"
#include "Pca.h"
#include "RunController.h"
#include "RunFolder.h"
#include "Scaler.h"
#include "Scatter3DView.h"
#include "ScatterView.h"
#include "SettingsPanel.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
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
    /// The longest gap so far, and start over (the probe keeps running).
    qint64 takeLongest() {
        const qint64 longest = std::max(m_longest, m_clock.elapsed());
        m_longest = 0;
        m_clock.restart();
        return longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

/// The application, timing each event the GUI thread handles at the top level: what the
/// longest stalls were spent on, for the large run's report.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;

    struct Event {
        double ms;
        QString what;  ///< receiver class (and objectName), event type
    };
    void startRecording() {
        m_slowest.clear();
        m_recording = true;
    }
    /// The `count` longest events since startRecording(), longest first.
    std::vector<Event> stopRecording(std::size_t count) {
        m_recording = false;
        std::sort(m_slowest.begin(), m_slowest.end(),
                  [](const Event& a, const Event& b) { return a.ms > b.ms; });
        if (m_slowest.size() > count) m_slowest.resize(count);
        return m_slowest;
    }
    bool notify(QObject* receiver, QEvent* event) override {
        if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        // Read before: a receiver may delete itself (single-shot timers) and the event with it.
        const char* className = receiver->metaObject()->className();
        const int type = int(event->type());
        const QPointer<QObject> alive(receiver);
        QElapsedTimer clock;
        clock.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = clock.nsecsElapsed() / 1e6;
        --m_depth;
        if (ms >= 10.0) {
            QString what = QString::fromLatin1(className);
            if (alive && !alive->objectName().isEmpty()) what += '#' + alive->objectName();
            m_slowest.push_back({ms, what + QStringLiteral(" event %1").arg(type)});
        }
        return handled;
    }

private:
    bool m_recording = false;
    int m_depth = 0;
    std::vector<Event> m_slowest;
};

TimedApplication* timedApp() {
    return static_cast<TimedApplication*>(QCoreApplication::instance());
}

/// One run of `rows` blob rows in the window, with the notebook's other settings.
int largeRun(int rows, const std::vector<std::string>& methods) {
    gui::MainWindow window;
    window.resize(1500, 940);
    window.show();
    QApplication::processEvents();
    Config config = window.config();
    config.data.samples = rows;
    if (!methods.empty()) config.methods = methods;
    window.setConfig(config);
    QEventLoop untilEnded;
    QObject::connect(&window, &gui::MainWindow::runEnded, &untilEnded, &QEventLoop::quit);
    StallProbe probe;
    // Three phases: the run starting (new scatters laid out), the methods animating (from the
    // first snapshot to the result's arrival), the result shown everywhere (to the end).
    qint64 startStall = -1, animatingStall = -1;
    QObject::connect(window.runController(), &gui::RunController::snapshot, &probe,
                     [&](const QString&, int, auto) {
                         if (startStall < 0) startStall = probe.takeLongest();
                     });
    QObject::connect(window.runController(), &gui::RunController::finished, &probe,
                     [&](auto) { animatingStall = probe.takeLongest(); });
    probe.start();
    timedApp()->startRecording();
    QElapsedTimer clock;
    clock.start();
    window.run();
    untilEnded.exec();
    const qint64 finished = clock.elapsed();
    // The thumbnails of the History come a turn or two after the run's end.
    QElapsedTimer settling;
    settling.start();
    while (settling.elapsed() < 300) QApplication::processEvents(QEventLoop::AllEvents, 20);
    const qint64 resultStall = probe.stop();
    const qint64 longestStall = std::max({startStall, animatingStall, resultStall});
    // Event 43 is a queued signal (QEvent::MetaCall), 77 a layout request, 12 a paint.
    QString slowest;
    for (const TimedApplication::Event& event : timedApp()->stopRecording(5))
        slowest += QStringLiteral("%1{\"ms\": %2, \"what\": \"%3\"}")
                       .arg(slowest.isEmpty() ? "" : ", ")
                       .arg(event.ms, 0, 'f', 1)
                       .arg(event.what);
    // The result is on screen: how long does one repaint of the whole window take?
    QElapsedTimer repaint;
    repaint.start();
    window.repaint();
    const qint64 repaintMs = repaint.elapsed();
    const gui::ScatterView* scatter = window.latentSpaces()->scatter("pca");
    std::printf(
        "{\"rows\": %d, \"methods\": %zu, \"run_to_result_ms\": %lld, "
        "\"longest_gui_stall_ms\": %lld, \"stall_at_start_ms\": %lld, "
        "\"stall_while_animating_ms\": %lld, \"stall_showing_result_ms\": %lld, "
        "\"window_repaint_ms\": %lld, \"points_drawn\": %d, "
        "\"scatter_note\": \"%s\", \"slowest_gui_events\": [%s]}\n",
        rows, window.config().methods.size(), finished, longestStall, startStall, animatingStall,
        resultStall, repaintMs, scatter->pointCount(), qPrintable(scatter->note()),
        qPrintable(slowest));
    return 0;
}

/// One Export all from `window` into a new folder: {total ms, longest GUI stall ms}.
std::pair<qint64, qint64> timedExport(gui::MainWindow& window) {
    QTemporaryDir folder;
    QEventLoop untilEnded;
    QObject::connect(window.exports(), &gui::ExportController::finished, &untilEnded,
                     &QEventLoop::quit, Qt::SingleShotConnection);
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    if (!window.exportAll(folder.path())) return {-1, -1};
    untilEnded.exec();
    const qint64 total = clock.elapsed();
    return {total, probe.stop()};
}

/// The same files drawn and written on the GUI thread in one go, as Export all did before.
qint64 directExportMs(gui::MainWindow& window) {
    QTemporaryDir folder;
    const QDir dir(folder.path());
    QElapsedTimer clock;
    clock.start();
    io::RunFolder(folder.path()).write(*window.result());
    gui::LatentSpacesTab* latent = window.latentSpaces();
    gui::ClustersTab* clusters = window.clusters();
    const std::pair<const char*, QWidget*> charts[] = {
        {"loss", latent->lossChart()},
        {"pca_scatter", latent->scatter("pca")},
        {"ae_scatter", latent->scatter("autoencoder")},
        {"metrics_table", latent->metricsTable()},
        {"confusion_pca", clusters->confusion("pca")},
        {"confusion_ae", clusters->confusion("autoencoder")},
        {"silhouette_pca", clusters->silhouette("pca")},
        {"silhouette_ae", clusters->silhouette("autoencoder")},
        {"pca_explained_variance", clusters->varianceBars()},
        {"data_3d", window.dataTab()->scatter3d()}};
    for (const auto& [name, view] : charts) {
        gui::ChartExport::savePng(view, dir.filePath(QString::fromLatin1(name) + ".png"));
        gui::ChartExport::saveSvg(view, dir.filePath(QString::fromLatin1(name) + ".svg"));
    }
    return clock.elapsed();
}

/// Lets the window draw what it was just given (half a second of events); returns the
/// longest GUI stall meanwhile.
qint64 settle() {
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 500) QApplication::processEvents(QEventLoop::AllEvents, 50);
    return probe.stop();
}

int exportRun(int rows) {
    gui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    Config config = window.config();
    config.data.samples = rows;
    window.setConfig(config);
    QEventLoop untilEnded;
    QObject::connect(&window, &gui::MainWindow::runEnded, &untilEnded, &QEventLoop::quit);
    window.run();
    untilEnded.exec();
    // The export starts once the result is drawn, as a user's click would (the finished
    // run's repaint of both 30,000-point scatters is one ~100 ms turn of its own).
    const qint64 drawn = settle();
    const auto first = timedExport(window);
    const auto again = timedExport(window);
    window.tabs()->setCurrentWidget(window.dataTab());
    settle();
    const auto shown3d = timedExport(window);
    const qint64 direct = directExportMs(window);
    std::printf(
        "{\"rows\": %d, \"after_run_longest_stall_ms\": %lld, \"export_first_ms\": %lld, "
        "\"export_first_longest_stall_ms\": %lld, "
        "\"export_again_ms\": %lld, \"export_again_longest_stall_ms\": %lld, "
        "\"export_3d_shown_ms\": %lld, \"export_3d_shown_longest_stall_ms\": %lld, "
        "\"export_on_gui_thread_ms\": %lld}\n",
        rows, drawn, first.first, first.second, again.first, again.second, shown3d.first,
        shown3d.second, direct);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    TimedApplication app(argc, argv);
    app.setProperty("latentlabQuiet", true);
    const QStringList arguments = QApplication::arguments();
    const int rowsAt = int(arguments.indexOf(QStringLiteral("--rows")));
    const int rows =
        rowsAt > 0 && rowsAt + 1 < arguments.size() ? arguments[rowsAt + 1].toInt() : 0;
    if (arguments.contains(QStringLiteral("--export"))) return exportRun(rows > 0 ? rows : 30000);
    const int methodsAt = int(arguments.indexOf(QStringLiteral("--methods")));
    std::vector<std::string> methods;
    if (methodsAt > 0 && methodsAt + 1 < arguments.size())
        for (const QString& name : arguments[methodsAt + 1].split(',', Qt::SkipEmptyParts))
            methods.push_back(name.trimmed().toStdString());
    if (rows > 0) return largeRun(rows, methods);

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
    QObject::connect(runs, &gui::RunController::embeddingReady, &app,
                     [&](const QString& method, auto) {
                         if (method == QLatin1String("pca") && pcaShown < 0)
                             pcaShown = sinceChange.elapsed();
                     });
    QObject::connect(
        runs, &gui::RunController::snapshot, &app, [&](const QString& method, int epoch, auto) {
            if (method == QLatin1String("autoencoder") && epoch == epochs) {
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
