#include "UpdateThrottle.h"

namespace latentlab::gui {

UpdateThrottle::UpdateThrottle(int intervalMs, std::function<void()> flush, QObject* parent)
    : QObject(parent), m_flush(std::move(flush)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_pending) flushNow();
    });
}

void UpdateThrottle::request() {
    if (m_timer.isActive()) {
        m_pending = true;  // the timer will flush when the interval is over
        return;
    }
    m_pending = true;
    flushNow();
}

void UpdateThrottle::flushNow() {
    if (!m_pending) return;
    m_pending = false;
    m_flush();
    m_timer.start();  // the next flush waits for at least one interval
}

}  // namespace latentlab::gui
