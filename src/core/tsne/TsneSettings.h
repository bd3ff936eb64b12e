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

/// Which method computes the repulsive half of the gradient; theta = 0 always means the
/// exact O(n^2) sum. Auto is Barnes-Hut, scikit-learn's method. FFT interpolation is 3x
/// faster at 30,000 rows but, as the embedding spreads (span 60 and more), its gradient is
/// 2-3x further from the exact one than Barnes-Hut's, and on the notebook's data it ended at
/// KL 2.517 against Barnes-Hut's 2.433 (scikit-learn 2.424), k-means ARI 0.67 against 0.83;
/// it stays selectable until that is fixed.
enum class TsneRepulsion { Auto, BarnesHut, Interpolation };

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
