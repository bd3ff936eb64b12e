#include "StallProbe.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

StallProbe::StallProbe(int hangMs, QObject* parent) : QObject(parent), m_hangMs(hangMs) {
    m_clock.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    m_timer.start();
    m_watchdog = std::thread([this] { watch(); });
}

StallProbe::~StallProbe() {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_watchdog.join();
}

void StallProbe::setContext(const QString& context) {
    m_context = context;
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_watchContext = context.toStdString();
}

void StallProbe::reset() {
    m_lastTick = m_clock.elapsed();
    m_longest = 0;
    m_longestContext.clear();
}

qint64 StallProbe::longestMs() const {
    if (!m_timer.isActive()) return m_longest;
    return std::max(m_longest, m_clock.elapsed() - m_lastTick);
}

void StallProbe::stop() {
    m_longest = longestMs();
    m_timer.stop();
}

void StallProbe::tick() {
    const qint64 now = m_clock.elapsed();
    const qint64 gap = now - m_lastTick;
    if (m_lastTick > 0 && gap > m_longest) {
        m_longest = gap;
        m_longestContext = m_context;
    }
    m_lastTick = now;
    m_lastTickForWatchdog = now;
}

void StallProbe::watch() {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(500));
        const qint64 silent = m_clock.elapsed() - m_lastTickForWatchdog;
        if (m_stopping || m_lastTickForWatchdog == 0 || silent < m_hangMs) continue;
        // The GUI thread is stuck: say where, then abort for a core dump / debugger stack.
        std::fprintf(stderr,
                     "MONKEY HANG: the GUI thread has not run its event loop for %lld ms, "
                     "during %s\n",
                     static_cast<long long>(silent), m_watchContext.c_str());
        std::fflush(stderr);
        std::abort();
    }
}
