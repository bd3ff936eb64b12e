#include "PlotAxis.h"

#include "NiceSteps.h"
#include "NumberFormat.h"

#include <QChar>
#include <algorithm>
#include <cmath>

namespace latentlab::report {

PlotAxis PlotAxis::linear(double low, double high, QString title, int targetTicks) {
    PlotAxis axis;
    axis.m_title = std::move(title);
    if (!std::isfinite(low) || !std::isfinite(high)) low = 0.0, high = 1.0;
    if (high < low) std::swap(low, high);
    if (high - low < 1e-12 * std::max(1.0, std::abs(high))) {
        // A constant series: a band around it, so it is drawn mid-height rather than on an edge.
        const double pad = low == 0.0 ? 1.0 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    const double step = nice::stepAtLeast((high - low) / std::max(1, targetTicks));
    axis.m_min = std::floor(low / step + 1e-9) * step;
    axis.m_max = std::ceil(high / step - 1e-9) * step;
    for (double tick = axis.m_min; tick <= axis.m_max + step * 1e-6; tick += step)
        axis.m_ticks.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    axis.m_decimals = nice::decimalsFor(step);
    return axis;
}

PlotAxis PlotAxis::logarithmic(double low, double high, QString title) {
    PlotAxis axis;
    axis.m_log = true;
    axis.m_title = std::move(title);
    if (!(low > 0.0) || !std::isfinite(low)) low = 1e-3;
    if (!(high > low) || !std::isfinite(high)) high = low * 10.0;
    const int first = int(std::floor(std::log10(low) + 1e-9));
    const int last = std::max(first + 1, int(std::ceil(std::log10(high) - 1e-9)));
    axis.m_min = std::pow(10.0, first);
    axis.m_max = std::pow(10.0, last);
    const int decades = last - first;
    const int every = decades > 8 ? 2 : 1;  // keep labels apart on very long ranges
    for (int e = first; e <= last; e += every) {
        const double power = std::pow(10.0, e);
        axis.m_ticks.push_back(power);
        if (decades <= 3 && e < last)
            for (double factor : {2.0, 5.0}) axis.m_ticks.push_back(factor * power);
    }
    std::sort(axis.m_ticks.begin(), axis.m_ticks.end());
    return axis;
}

PlotAxis PlotAxis::integers(int first, int last, QString title, int targetTicks) {
    PlotAxis axis;
    axis.m_title = std::move(title);
    if (last <= first) last = first + 1;
    axis.m_min = first;
    axis.m_max = last;
    axis.m_decimals = 0;
    const double step = std::max(
        1.0, std::round(nice::stepAtLeast(double(last - first) / std::max(1, targetTicks))));
    // Ticks on multiples of the step, plus the first value (epoch 1, the first k).
    axis.m_ticks.push_back(first);
    for (double tick = std::ceil(first / step) * step; tick <= last; tick += step)
        if (tick - first >= step * 0.5) axis.m_ticks.push_back(tick);
    return axis;
}

QString PlotAxis::label(double value) const {
    return m_log ? NumberFormat::significant(value, 3, true)
                 : NumberFormat::fixed(value, m_decimals);
}

double PlotAxis::fraction(double value) const {
    if (m_log) {
        if (!(value > 0.0)) return -1.0;
        return (std::log10(value) - std::log10(m_min)) / (std::log10(m_max) - std::log10(m_min));
    }
    return (value - m_min) / (m_max - m_min);
}

}  // namespace latentlab::report
