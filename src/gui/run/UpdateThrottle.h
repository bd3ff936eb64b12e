// Coalesces bursts of view updates into at most one call per interval. A run can report an
// epoch every few milliseconds; each repaint of the window costs far more than that, so
// the views take what arrived, at most ten times a second, and the GUI stays responsive.
//
//   UpdateThrottle throttle(100, [this] { flushPendingLoss(); }, this);
//   throttle.request();           // from each epochFinished
//   throttle.flushNow();          // when the run ends, so nothing is left pending
#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

namespace latentlab::gui {

class UpdateThrottle : public QObject {
    Q_OBJECT
public:
    UpdateThrottle(int intervalMs, std::function<void()> flush, QObject* parent = nullptr);

    /// Schedules the flush: at once if none ran within the interval, else when it ends.
    void request();
    /// Runs a pending flush immediately.
    void flushNow();

private:
    QTimer m_timer;
    std::function<void()> m_flush;
    bool m_pending = false;
};

}  // namespace latentlab::gui
