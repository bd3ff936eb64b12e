// The longest gap between ticks of a 5 ms timer on the GUI thread while the probe lives: how
// long the window could not respond (the export and loading tests' stall bound).
//
//   StallProbe probe;  ...work...;  QVERIFY(probe.longestMs() < 100);
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

class StallProbe {
public:
    StallProbe() {
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start(5);
    }
    qint64 longestMs() const { return std::max(m_longest, m_clock.elapsed()); }
    /// Stops measuring; stoppedLongestMs() then keeps the figure.
    void stop() {
        m_longest = longestMs();
        m_timer.stop();
    }
    qint64 stoppedLongestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};
