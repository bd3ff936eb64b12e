// One axis of a report chart: its range, its ticks at "nice" values (1, 2, 2.5, 5 x 10^k, or
// 1-2-5 per decade on a log scale) and their labels, and where a value falls along it.
//
//   PlotAxis y = PlotAxis::linear(0.013, 0.452, "loss");   // 0 .. 0.5, ticks every 0.1
//   double along = y.fraction(0.25);                         // 0.5
#pragma once

#include <QString>
#include <vector>

namespace latentlab::report {

class PlotAxis {
public:
    /// Covers [low, high] rounded outwards to the tick step; about `targetTicks` ticks.
    static PlotAxis linear(double low, double high, QString title, int targetTicks = 5);
    /// Decades covering [low, high] (both > 0); ticks at powers of ten, plus 2 and 5 when the
    /// range spans few decades.
    static PlotAxis logarithmic(double low, double high, QString title);
    /// Exactly [first, last] with whole-number ticks (epochs, k).
    static PlotAxis integers(int first, int last, QString title, int targetTicks = 8);

    double min() const { return m_min; }
    double max() const { return m_max; }
    bool isLog() const { return m_log; }
    const QString& title() const { return m_title; }
    const std::vector<double>& ticks() const { return m_ticks; }
    /// Tick text (NumberFormat): enough decimals to tell the ticks apart, thousands
    /// separators, a true minus sign.
    QString label(double value) const;
    /// 0 at min(), 1 at max() (log-spaced on a log axis).
    double fraction(double value) const;

private:
    double m_min = 0.0;
    double m_max = 1.0;
    bool m_log = false;
    int m_decimals = 1;
    QString m_title;
    std::vector<double> m_ticks;
};

}  // namespace latentlab::report
