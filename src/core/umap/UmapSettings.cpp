#include "UmapSettings.h"

#include "Errors.h"

#include <cmath>
#include <sstream>

namespace latentlab {
namespace {

[[noreturn]] void reject(const char* key, double value, const std::string& rule) {
    std::ostringstream message;
    message << key << " = " << value << " is out of range: " << rule;
    throw ConfigError(message.str());
}

}  // namespace

void UmapSettings::validate(long long rows) const {
    if (neighbors < 2) reject("umap.neighbors", neighbors, "must be >= 2");
    if (components < 1) reject("umap.components", components, "must be >= 1");
    if (!(spread > 0.0) || !std::isfinite(spread)) reject("umap.spread", spread, "must be > 0");
    if (!(minDist >= 0.0) || !std::isfinite(minDist))
        reject("umap.min_dist", minDist, "must be >= 0");
    if (minDist > spread) {
        std::ostringstream message;
        message << "umap.min_dist = " << minDist << " must not exceed umap.spread (" << spread
                << ")";
        throw ConfigError(message.str());
    }
    if (epochs < 0) reject("umap.epochs", epochs, "must be >= 0 (0: auto)");
    if (negativeSampleRate < 0)
        reject("umap.negative_sample_rate", negativeSampleRate, "must be >= 0");
    if (rows <= 0) return;
    if (rows < 2)
        throw ConfigError("UMAP needs at least 2 rows; the data have " + std::to_string(rows));
    if (neighbors > rows)
        throw ConfigError("umap.neighbors = " + std::to_string(neighbors) +
                          " is more than the number of rows (" + std::to_string(rows) +
                          "); use at most " + std::to_string(rows));
}

int umapEpochs(const UmapSettings& settings, long long rows) {
    if (settings.epochs > 0) return settings.epochs;
    return rows <= 10000 ? 500 : 200;
}

const char* toString(UmapInit value) {
    switch (value) {
        case UmapInit::Spectral:
            return "spectral";
        case UmapInit::Pca:
            return "pca";
        case UmapInit::Random:
            return "random";
    }
    return "spectral";
}

bool parse(const std::string& text, UmapInit& value) {
    for (UmapInit candidate : {UmapInit::Spectral, UmapInit::Pca, UmapInit::Random})
        if (text == toString(candidate)) {
            value = candidate;
            return true;
        }
    return false;
}

}  // namespace latentlab
