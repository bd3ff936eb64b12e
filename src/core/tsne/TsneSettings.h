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
/// exact O(n^2) sum. Auto (resolveRepulsion) is Barnes-Hut, scikit-learn's method, below
/// kAutoInterpolationRows rows and FFT interpolation from there. The interpolation's force is
/// 0.2-0.5 % from the exact sum at spans 10 to 300 (Barnes-Hut's 1-2 %); its grid has a
/// floor cost, so it overtakes Barnes-Hut only between 5,000 rows (1000 steps on one thread:
/// 8.9 s against 7.4 s) and 10,000 (11.9 s against 16.3 s; 20,000: 23.2 s against 37.2 s).
/// On the notebook's 30,000 rows (2 threads, 1000 steps) it takes 30.8 s against 41.8 s on a
/// busy machine (one thread: 33 s against 63 s of CPU) and ends at KL 2.425 against 2.433
/// (scikit-learn 2.424), trustworthiness 0.9919 against 0.9916.
enum class TsneRepulsion { Auto, BarnesHut, Interpolation };

/// Rows from which Auto is FFT interpolation (see TsneRepulsion for the measurements).
inline constexpr long long kAutoInterpolationRows = 10000;

/// The method `repulsion` stands for on `rows` rows: Auto resolved, the others as they are.
TsneRepulsion resolveRepulsion(TsneRepulsion repulsion, long long rows);

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
