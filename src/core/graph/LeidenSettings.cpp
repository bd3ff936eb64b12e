#include "LeidenSettings.h"

#include "Errors.h"

#include <cmath>
#include <string>

namespace latentlab {

void validateLeidenSettings(const LeidenSettings& settings) {
    if (!(std::isfinite(settings.resolution) && settings.resolution > 0.0))
        throw ConfigError("leiden.resolution must be a finite number > 0 (it is " +
                          std::to_string(settings.resolution) + ")");
    if (settings.iterations != -1 && settings.iterations < 1)
        throw ConfigError(
            "leiden.iterations must be -1 (until the partition stops changing) or >= 1 (it is " +
            std::to_string(settings.iterations) + ")");
    if (settings.neighbors < 2)
        throw ConfigError("leiden.neighbors must be >= 2, the point itself and one other (it is " +
                          std::to_string(settings.neighbors) + ")");
}

}  // namespace latentlab
