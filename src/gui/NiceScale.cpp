#include "NiceScale.h"

#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

NiceRange NiceScale::around(double low, double high, int targetTicks) {
    if (!std::isfinite(low) || !std::isfinite(high)) return NiceRange{};
    if (low > high) std::swap(low, high);
    if (high - low < 1e-12 * std::max(1.0, std::abs(high))) {
        const double half = std::max(0.5, std::abs(high) * 0.1);
        low -= half;
        high += half;
    }
    targetTicks = std::max(2, targetTicks);
    const double rough = (high - low) / (targetTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10.0;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    NiceRange range;
    range.step = step;
    range.min = std::floor(low / step + 1e-9) * step;
    range.max = std::ceil(high / step - 1e-9) * step;
    range.ticks = int(std::lround((range.max - range.min) / step)) + 1;
    // 2.5 x 10^k needs one more decimal than its magnitude.
    const double mantissa = step / magnitude;
    const int extra = std::abs(mantissa - 2.5) < 1e-9 ? 1 : 0;
    range.decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)) + extra);
    return range;
}

void NiceScale::apply(QValueAxis* axis, const NiceRange& range) {
    axis->setRange(range.min, range.max);
    axis->setTickCount(range.ticks);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(range.decimals));
}

}  // namespace latentlab::gui
