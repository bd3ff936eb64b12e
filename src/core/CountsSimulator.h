// Simulated single-cell counts with known cell types, for tests and benchmarks: skewed gene
// means, a share of marker genes raised in each type, log-normal library sizes, and
// gamma-Poisson (negative binomial, biological CV 0.2) counts, mostly zeros, kept sparse.
//
//   CountsSimulator simulator({/*cells=*/2000, /*genes=*/3000, /*types=*/6});
//   ExpressionData data = simulator.generate();          // annotation "cell_type": "type0", ...
//   const ExpressionData::Annotation* types = data.annotation("cell_type");
#pragma once

#include "ExpressionData.h"
#include "Random.h"

#include <cstdint>

namespace latentlab {

struct CountsSimulatorOptions {
    int cells = 2000;
    int genes = 3000;
    int types = 6;
    double markerShare = 0.03;  ///< marker_share: share of the genes raised in each type
    double foldChange = 2.5;  ///< fold_change: median factor of a marker gene (log-normal, sd 0.4)
    double depth = 2500.0;    ///< depth: median counts per cell (library sizes log-normal, sd 0.35)
    std::uint64_t seed = 0;   ///< same seed, same counts, whatever the thread count
};

class CountsSimulator {
public:
    /// Throws ConfigError naming the first option out of range.
    explicit CountsSimulator(CountsSimulatorOptions options = {});

    /// cells x genes counts; cells "CELL000000-1", genes "GENE00000", annotation "cell_type".
    /// Each cell draws from its own stream (deriveSeed(seed, cell)), so cells run in parallel.
    ExpressionData generate() const;

    /// Gamma(shape, scale) deviate: Marsaglia and Tsang's method (shape < 1 boosted by
    /// u^(1/shape)), from the engine's normals and uniforms.
    static double gamma(Random& rng, double shape, double scale);
    /// Poisson(gamma(dispersionShape, mean / dispersionShape)) deviate, drawn in one step
    /// as its negative binomial marginal by inversion; one uniform for most zeros.
    static int gammaPoisson(Random& rng, double mean, double dispersionShape);

    const CountsSimulatorOptions& options() const { return m_options; }

private:
    CountsSimulatorOptions m_options;
};

}  // namespace latentlab
