#include "RunStatus.h"

#include "NumberFormat.h"
#include "RunController.h"
#include "UpdateThrottle.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

namespace latentlab::gui {

RunStatus::RunStatus(RunController* runs, QStatusBar* bar)
    : QObject(bar),
      m_stage(new QLabel),
      m_progress(new QProgressBar),
      m_throttle(new UpdateThrottle(
          100,
          [this] {
              // A step that cannot say how far it is (reading a file) shows a busy bar.
              m_progress->setRange(0, m_pending < 0.0 ? 0 : 1000);
              if (m_pending >= 0.0) m_progress->setValue(int(m_pending * 1000));
          },
          this)) {
    m_stage->setObjectName(QStringLiteral("runStage"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_progress->hide();
    bar->addWidget(m_stage, 1);
    bar->addPermanentWidget(m_progress);
    m_stage->setText(tr("Ready: press F5 to run"));

    connect(runs, &RunController::started, this, [this] {
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
    });
    connect(runs, &RunController::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);  // the stage text says "Done" when it is over
    });
    connect(runs, &RunController::stageChanged, this,
            [this](const QString& name) { show(tr("Running: %1…").arg(name)); });
    connect(runs, &RunController::progressChanged, this, [this](double fraction) {
        m_pending = fraction;
        m_throttle->request();
    });
    connect(runs, &RunController::pausedChanged, this, [this](bool paused) {
        if (paused) show(tr("Paused: Step (F7) trains one epoch, Pause (F6) resumes"));
    });
    connect(runs, &RunController::finished, this, [this](auto result) {
        show(tr("Done in %1 s").arg(report::NumberFormat::seconds(result->seconds.total)));
    });
    connect(runs, &RunController::failed, this,
            [this](const QString& message) { show(tr("Run failed: %1").arg(message)); });
    connect(runs, &RunController::cancelled, this, [this] { show(tr("Stopped")); });
}

void RunStatus::show(const QString& message) { m_stage->setText(message); }

QString RunStatus::text() const { return m_stage->text(); }

}  // namespace latentlab::gui
