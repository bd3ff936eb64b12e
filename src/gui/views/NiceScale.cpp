#include "NiceScale.h"

#include "NiceSteps.h"

#include "NumberFormat.h"

#include <QCategoryAxis>
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
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(range.min, range.max);
    axis->setTickCount(range.ticks);
    axis->setLabelFormat(QStringLiteral("%'.%1f").arg(range.decimals));
    auto* categories = qobject_cast<QCategoryAxis*>(axis);
    if (!categories) return;
    // Labels on the tick values; the first category starts a hair below the range so the
    // lowest tick has a label too.
    for (const QString& existing : categories->categoriesLabels()) categories->remove(existing);
    categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    categories->setStartValue(range.min - range.step * 1e-6);
    for (int i = 0; i < range.ticks; ++i) {
        const double value = range.min + i * range.step;
        categories->append(label(value, range.decimals), value);
    }
}

int NiceScale::ticksWithin(double low, double high, double step) {
    if (!(step > 0.0) || !(high > low)) return 0;
    const double first = std::floor(low / step + 1e-9) + 1.0;
    const double last = std::floor(high / step + 1e-9);
    return std::max(0, int(last - first) + 1);
}

double NiceScale::readableStep(double low, double high, double pixels, double preferredSpacing,
                               int minTicks, const std::function<double(double)>& labelRoom) {
    const double span = high - low;
    if (!(span > 0.0) || !(pixels > 0.0)) return nice::stepAtLeast(span > 0.0 ? span : 1.0);
    const auto spacing = [&](double step) { return step / span * pixels; };
    double step = nice::stepAtLeast(span * preferredSpacing / pixels);
    if (ticksWithin(low, high, step) >= minTicks) return step;
    // Smaller nice steps, as long as their labels keep apart.
    double readable = spacing(step) >= labelRoom(step) ? step : 0.0;
    for (int i = 0; i < 12; ++i) {
        const double smaller = nice::previousStep(step);
        if (spacing(smaller) < labelRoom(smaller)) break;
        step = smaller;
        readable = step;
        if (ticksWithin(low, high, step) >= minTicks) return step;
    }
    return readable > 0.0 ? readable : step;
}

void NiceScale::applyTight(QCategoryAxis* axis, double low, double high, double step, double pixels,
                           double endRoom) {
    if (!(high > low) || !std::isfinite(low) || !std::isfinite(high)) {
        const NiceRange nice = around(low, high);
        low = nice.min;
        high = nice.max;
    }
    const double span = high - low;
    if (!(step > 0.0) || !std::isfinite(step)) step = nice::stepAtLeast(span / 5.0);
    const int decimals = nice::decimalsFor(step);
    for (const QString& existing : axis->categoriesLabels()) axis->remove(existing);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(low, high);
    axis->setStartValue(low);
    const double first = std::ceil(low / step - 1e-9) * step;
    const double last = high - span * std::max(0.0, endRoom) / std::max(pixels, 1.0);
    for (int i = 0; i < 1000; ++i) {
        const double value = first + i * step;
        if (value > last + 1e-9 * step) break;
        if (value <= low) continue;
        axis->append(label(value, decimals), value);
    }
}

QString NiceScale::label(double value, int decimals) {
    return report::NumberFormat::fixed(value, decimals);
}

}  // namespace latentlab::gui
