// Measures how long the GUI thread goes without running its event loop: a 10 ms timer
// whose longest gap between ticks is a stall a user would feel. A watchdog thread aborts
// the process (naming the action under way) when the GUI thread is silent for much longer,
// so a hang fails the test with its context instead of waiting for CTest's timeout.
//
//   StallProbe probe(30000);
//   probe.setContext("#12 F5");   ... probe.longestGapMs()
//   StallProbe probe(30000);  ...work...;  QVERIFY(probe.longestMs() < 100);
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

class StallProbe : public QObject {
    Q_OBJECT
public:
    /// `hangMs`: GUI silence after which the watchdog prints the context and aborts.
    explicit StallProbe(int hangMs, QObject* parent = nullptr);
    ~StallProbe() override;

    /// What the GUI thread is doing, for the stall report and the watchdog's last words.
    void setContext(const QString& context);
    /// Longest gap between two ticks since the last reset, and the context it happened in.
    qint64 longestGapMs() const { return m_longest; }
    QString longestGapContext() const { return m_longestContext; }
    /// As longestGapMs(), counting the gap still open since the last tick (a stall that has
    /// not ended yet when the work under test returns).
    qint64 longestMs() const;
    /// Stops measuring; longestMs() then keeps the figure it had.
    void stop();
    void reset();

private:
    void tick();
    void watch();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    qint64 m_longest = 0;
    QString m_context;
    QString m_longestContext;

    const int m_hangMs;
    std::atomic<qint64> m_lastTickForWatchdog{0};
    std::mutex m_mutex;  ///< guards m_watchContext and m_stopping
    std::condition_variable m_wake;
    std::string m_watchContext;
    bool m_stopping = false;
    std::thread m_watchdog;
};
