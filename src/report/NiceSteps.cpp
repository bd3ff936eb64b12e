#include "NiceSteps.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace latentlab::nice {

double stepAtLeast(double minimum) {
    if (!(minimum > 0.0) || !std::isfinite(minimum)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(minimum)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (factor * magnitude >= minimum * (1.0 - 1e-12)) return factor * magnitude;
    return 10.0 * magnitude;
}

double previousStep(double step) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double mantissa = step / magnitude;
    for (const auto& [from, to] : {std::pair{1.0, 0.5}, {2.0, 1.0}, {2.5, 2.0}, {5.0, 2.5}})
        if (std::abs(mantissa - from) < 1e-9) return to * magnitude;
    return step / 2.0;
}

int decimalsFor(double step) {
    if (!(step > 0.0) || !std::isfinite(step)) return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const bool quarter = std::abs(step / magnitude - 2.5) < 1e-9;
    return std::max(0, int(-std::floor(std::log10(step) + 1e-9)) + (quarter ? 1 : 0));
}

}  // namespace latentlab::nice
