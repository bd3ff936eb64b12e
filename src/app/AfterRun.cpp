#include "AfterRun.h"

#include "AnalysisController.h"
#include "ExportController.h"
#include "MainWindow.h"
#include "RobustnessTab.h"

#include <QApplication>
#include <QImage>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace latentlab::app {

AfterRun::AfterRun(gui::MainWindow& window, const AppOptions& options)
    : QObject(&window), m_window(window), m_options(options) {}

bool AfterRun::hasWork() const {
    return m_options.quitAfterRun || !m_options.exportDir.isEmpty() ||
           !m_options.saveSessionPath.isEmpty() || !m_options.screenshotPath.isEmpty() ||
           m_options.sweepK || m_options.repeats > 0 || m_options.tab >= 0;
}

void AfterRun::fail(const QString& message) {
    std::fprintf(stderr, "latentlab: error: %s\n", qPrintable(message));
    m_exitCode = 2;
}

void AfterRun::begin(bool ok, const QString& message) {
    if (!ok) {
        fail(message);
        if (m_options.quitAfterRun) qApp->exit(m_exitCode);
        return;
    }
    if (!m_options.sweepK) {
        afterSweep();
        return;
    }
    gui::RobustnessTab* robustness = m_window.robustness();
    // A result clustered by Leiden sweeps its resolution instead of k.
    if (robustness->sweepsResolution())
        whenAnalysed(&gui::AnalysisController::resolutionSweepFinished, &AfterRun::afterSweep,
                     QStringLiteral("the resolution sweep was cancelled"));
    else
        whenAnalysed(&gui::AnalysisController::sweepFinished, &AfterRun::afterSweep,
                     QStringLiteral("the k sweep was cancelled"));
    robustness->startSweep();
}

void AfterRun::afterSweep() {
    if (m_options.repeats < 2) {
        afterRepeats();
        return;
    }
    gui::RobustnessTab* robustness = m_window.robustness();
    whenAnalysed(&gui::AnalysisController::repeatsFinished, &AfterRun::afterRepeats,
                 QStringLiteral("the repeats were cancelled"));
    robustness->repeatCountBox()->setValue(m_options.repeats);
    robustness->startRepeats();
}

template <typename Finished>
void AfterRun::whenAnalysed(Finished finished, void (AfterRun::*next)(), const QString& cancelled) {
    gui::AnalysisController* analysis = m_window.robustness()->analysis();
    // One of the three ends the job; the connections go with the first.
    auto* done = new QObject(this);
    const auto proceed = [this, done, next](const QString& problem) {
        done->deleteLater();
        if (!problem.isEmpty()) fail(problem);
        (this->*next)();
    };
    connect(analysis, finished, done, [proceed] { proceed({}); });
    connect(analysis, &gui::AnalysisController::failed, done,
            [proceed](const QString& problem) { proceed(problem); });
    connect(analysis, &gui::AnalysisController::cancelled, done,
            [proceed, cancelled] { proceed(cancelled); });
}

QImage AfterRun::screenshot() const {
    // What is on the screen, OpenGL views included, when the whole window is on it; else the
    // widgets drawn again (the 3-D view is then blank).
    QScreen* screen = m_window.screen();
    const QRect frame(m_window.mapToGlobal(QPoint(0, 0)), m_window.size());
    if (QGuiApplication::platformName() == QLatin1String("xcb") && screen &&
        screen->geometry().contains(frame)) {
        const QImage shown = screen->grabWindow(m_window.winId()).toImage();
        if (shown.size() == m_window.size() * m_window.devicePixelRatio()) return shown;
    }
    return m_window.grab().toImage();
}

void AfterRun::afterRepeats() {
    if (m_options.tab >= 0) m_window.tabs()->setCurrentIndex(m_options.tab);
    if (!m_options.exportDir.isEmpty()) {
        // The export writes its files on a worker thread: the next steps wait for its end.
        QString error;
        if (m_window.exportAll(m_options.exportDir, &error)) {
            connect(
                m_window.exports(), &gui::ExportController::finished, this,
                [this](const gui::ExportOutcome& outcome) {
                    if (!outcome.ok()) fail(outcome.summary());
                    afterExport();
                },
                Qt::SingleShotConnection);
            return;
        }
        fail(error);
    }
    afterExport();
}

void AfterRun::afterExport() {
    if (!m_options.saveSessionPath.isEmpty() && !m_window.saveSession(m_options.saveSessionPath))
        fail(QStringLiteral("cannot save the session to %1").arg(m_options.saveSessionPath));
    // The views' last frames are throttled (at most ten a second): let them land first.
    QTimer::singleShot(400, this, [this] {
        if (!m_options.screenshotPath.isEmpty() &&
            !screenshot().save(m_options.screenshotPath, "PNG"))
            fail(QStringLiteral("cannot write the screenshot %1").arg(m_options.screenshotPath));
        if (m_options.quitAfterRun) qApp->exit(m_exitCode);
    });
}

}  // namespace latentlab::app
