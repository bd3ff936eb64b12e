// The knobs of t-SNE (the "tsne.*" keys), with scikit-learn 1.2's TSNE defaults and meanings.
//
//   TsneSettings settings;               // perplexity 30, exaggeration 12, auto rate, 1000 its
//   settings.init = TsneInit::Random;
//   settings.validate(rows);             // ConfigError naming the key, e.g. "tsne.perplexity"
#pragma once

#include <cstdint>
#include <string>

namespace latentlab {

/// How the embedding starts: PCA of the data scaled so that its first column has standard
/// deviation 1e-4 (scikit-learn 1.2's init="pca"), or 1e-4 * standard normal draws.
enum class TsneInit { Pca, Random };

/// Which method computes the repulsive half of the gradient. Auto: FFT interpolation from
/// kTsneInterpolationMinRows rows on (far faster there), Barnes-Hut below it; theta = 0
/// always means the exact O(n^2) sum.
enum class TsneRepulsion { Auto, BarnesHut, Interpolation };

/// Auto picks interpolation from this many rows on.
constexpr int kTsneInterpolationMinRows = 5000;

struct TsneSettings {
    double perplexity = 30.0;         ///< > 0 and < rows; k = min(rows - 1, 3 p + 1) neighbours
    double earlyExaggeration = 12.0;  ///< >= 1; P is multiplied by it for the first 250 steps
    double learningRate = 0.0;        ///< > 0, or 0 = auto: max(rows / exaggeration / 4, 50)
    int iterations = 1000;            ///< >= 250 (the exaggeration phase), as scikit-learn
    double theta = 0.5;               ///< Barnes-Hut angle in [0, 1]; 0 = exact gradient
    TsneInit init = TsneInit::Pca;
    TsneRepulsion repulsion = TsneRepulsion::Auto;
    std::uint64_t seed = 42;  ///< the random init's draws

    /// Throws ConfigError naming the first bad key ("tsne.perplexity") and its range; with
    /// rows > 0 also the limits that depend on the data (perplexity < rows, rows >= 2).
    void validate(long long rows = 0) const;
};

const char* toString(TsneInit value);
const char* toString(TsneRepulsion value);
/// Parse what toString() gives ("pca", "random"; "auto", "barnes_hut", "interpolation").
bool parse(const std::string& text, TsneInit& value);
bool parse(const std::string& text, TsneRepulsion& value);

}  // namespace latentlab
