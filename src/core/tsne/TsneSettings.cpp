#include "TsneSettings.h"

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

void TsneSettings::validate(long long rows) const {
    if (!(perplexity > 0.0) || !std::isfinite(perplexity))
        reject("tsne.perplexity", perplexity, "must be > 0");
    if (!(earlyExaggeration >= 1.0) || !std::isfinite(earlyExaggeration))
        reject("tsne.early_exaggeration", earlyExaggeration, "must be >= 1");
    if (!(learningRate >= 0.0) || !std::isfinite(learningRate))
        reject("tsne.learning_rate", learningRate, "must be > 0, or 0 for auto");
    if (iterations < 250)
        reject("tsne.iterations", iterations,
               "must be >= 250 (the early exaggeration phase alone takes 250)");
    if (!(theta >= 0.0 && theta <= 1.0)) reject("tsne.theta", theta, "must be in [0, 1]");
    if (rows <= 0) return;
    if (rows < 2)
        throw ConfigError("t-SNE needs at least 2 rows; the data have " + std::to_string(rows));
    if (perplexity >= static_cast<double>(rows)) {
        std::ostringstream message;
        message << "tsne.perplexity = " << perplexity << " must be less than the number of rows ("
                << rows << "); use a smaller perplexity";
        throw ConfigError(message.str());
    }
}

const char* toString(TsneInit value) { return value == TsneInit::Pca ? "pca" : "random"; }

const char* toString(TsneRepulsion value) {
    switch (value) {
        case TsneRepulsion::Auto:
            return "auto";
        case TsneRepulsion::BarnesHut:
            return "barnes_hut";
        case TsneRepulsion::Interpolation:
            return "interpolation";
    }
    return "auto";
}

TsneRepulsion resolveRepulsion(TsneRepulsion repulsion, long long rows) {
    if (repulsion != TsneRepulsion::Auto) return repulsion;
    return rows >= kAutoInterpolationRows ? TsneRepulsion::Interpolation : TsneRepulsion::BarnesHut;
}

bool parse(const std::string& text, TsneInit& value) {
    for (TsneInit candidate : {TsneInit::Pca, TsneInit::Random})
        if (text == toString(candidate)) {
            value = candidate;
            return true;
        }
    return false;
}

bool parse(const std::string& text, TsneRepulsion& value) {
    for (TsneRepulsion candidate :
         {TsneRepulsion::Auto, TsneRepulsion::BarnesHut, TsneRepulsion::Interpolation})
        if (text == toString(candidate)) {
            value = candidate;
            return true;
        }
    return false;
}

}  // namespace latentlab
