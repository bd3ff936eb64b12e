// What the app does unattended once its run has ended (or its session is open), in order:
// a k sweep (of the resolution with Leiden), repeats, Export all, save the session, a
// screenshot of the window, quit. Each step reports a failure on stderr and sets the exit
// code 2; the README's pictures are made this way.
#pragma once

#include "AppOptions.h"

#include <QImage>
#include <QObject>

namespace latentlab::gui {
class MainWindow;
}

namespace latentlab::app {

class AfterRun : public QObject {
    Q_OBJECT
public:
    AfterRun(gui::MainWindow& window, const AppOptions& options);

    /// Whether any step is asked for (else nothing waits for the run).
    bool hasWork() const;
    /// The run ended (`ok` false: failed or stopped, `message` says why); runs the steps.
    void begin(bool ok, const QString& message);
    int exitCode() const { return m_exitCode; }

private:
    void afterSweep();
    void afterRepeats();
    /// Calls `next` once the Robustness tab's analysis job has ended: `finished` emitted, or
    /// failed or cancelled (then reported, and the steps go on).
    template <typename Finished>
    void whenAnalysed(Finished finished, void (AfterRun::*next)(), const QString& cancelled);
    void afterExport();
    void fail(const QString& message);
    QImage screenshot() const;

    gui::MainWindow& m_window;
    AppOptions m_options;
    int m_exitCode = 0;
};

}  // namespace latentlab::app
