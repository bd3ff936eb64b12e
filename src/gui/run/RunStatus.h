// The status bar's account of the run: the stage ("Running: train…", "Paused: …", "Done in
// 0.91 s", "Run failed: …"), a progress bar while a run goes, and any other message the
// window puts there until the next stage.
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace latentlab::gui {

class RunController;
class UpdateThrottle;

class RunStatus : public QObject {
    Q_OBJECT
public:
    RunStatus(RunController* runs, QStatusBar* bar);

    void show(const QString& message);
    QString text() const;

private:
    QLabel* m_stage;
    QProgressBar* m_progress;
    UpdateThrottle* m_throttle;
    double m_pending = 0.0;
};

}  // namespace latentlab::gui
