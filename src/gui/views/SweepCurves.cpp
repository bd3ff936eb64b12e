#include "SweepCurves.h"

#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

/// Swept resolutions are first + i * step: equal to the run's within rounding.
bool sameSetting(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

/// Either sweep's curves, each point made a sample by `toSample`.
template <typename Sweep, typename ToSample>
SweepCurves convert(const Sweep& sweep, SweptSetting setting, double chosen, ToSample toSample) {
    SweepCurves curves;
    curves.setting = setting;
    curves.methods = sweep.methods;
    curves.chosen = chosen;
    curves.silhouetteSampleSize = sweep.silhouetteSampleSize;
    for (const auto& curve : sweep.curves) {
        curves.curves.emplace_back();
        for (const auto& point : curve) curves.curves.back().push_back(toSample(point));
    }
    return curves;
}

}  // namespace

SweepCurves SweepCurves::from(const KSweep& sweep) {
    return convert(sweep, SweptSetting::K, double(sweep.chosenK), [](const KSweepPoint& point) {
        SweepSample sample;
        sample.at = point.k;
        sample.inertia = point.inertia;
        sample.inertiaOverTss = point.inertiaOverTss;
        sample.silhouette = point.silhouette;
        sample.clusters = point.k;
        return sample;
    });
}

SweepCurves SweepCurves::from(const ResolutionSweep& sweep) {
    return convert(sweep, SweptSetting::Resolution, sweep.chosenResolution,
                   [](const ResolutionPoint& point) {
                       SweepSample sample;
                       sample.at = point.resolution;
                       sample.silhouette = point.silhouette;
                       sample.clusters = point.clusters;
                       sample.modularity = point.modularity;
                       sample.ari = point.ari;
                       return sample;
                   });
}

const std::vector<SweepSample>& SweepCurves::curveOf(const std::string& method) const {
    static const std::vector<SweepSample> none;
    for (std::size_t i = 0; i < methods.size() && i < curves.size(); ++i)
        if (methods[i] == method) return curves[i];
    return none;
}

std::pair<double, double> SweepCurves::range() const {
    if (empty()) return {0.0, 0.0};
    return {curves.front().front().at, curves.front().back().at};
}

double SweepCurves::spacing() const {
    if (empty() || curves.front().size() < 2) return 0.0;
    const auto [first, last] = range();
    return (last - first) / double(curves.front().size() - 1);
}

bool SweepCurves::covers(double value) const {
    if (empty()) return false;
    const auto [first, last] = range();
    return (value >= first && value <= last) || sameSetting(value, first) ||
           sameSetting(value, last);
}

bool SweepCurves::isChosen(double value) const { return sameSetting(value, chosen); }

bool SweepCurves::hasAri() const {
    for (const std::vector<SweepSample>& curve : curves)
        for (const SweepSample& sample : curve)
            if (std::isfinite(sample.ari)) return true;
    return false;
}

}  // namespace latentlab::gui
