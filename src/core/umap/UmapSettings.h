// The knobs of UMAP (the "umap.*" keys), with umap-learn 0.5.3's defaults and meanings.
//
//   UmapSettings settings;                // 15 neighbours, min_dist 0.1, spectral init
//   settings.init = UmapInit::Pca;
//   settings.validate(rows);              // ConfigError naming the key, e.g. "umap.min_dist"
#pragma once

#include "NeighborSearch.h"

#include <cstdint>
#include <string>

namespace latentlab {

/// How the layout starts before the SGD: the normalised Laplacian's eigenvectors of the
/// fuzzy graph (umap-learn's default), the data's principal components, or uniform draws.
enum class UmapInit { Spectral, Pca, Random };

struct UmapSettings {
    int neighbors = 15;          ///< >= 2 and <= rows; k of the kNN graph, the point included
    int components = 2;          ///< >= 1; the embedding's dimension
    double minDist = 0.1;        ///< >= 0 and <= spread; how tightly points may pack
    double spread = 1.0;         ///< > 0; the scale of the embedded points
    int epochs = 0;              ///< >= 0; 0 = auto: 500 up to 10 000 rows, else 200
    int negativeSampleRate = 5;  ///< >= 0; repulsive samples per attractive one
    UmapInit init = UmapInit::Spectral;
    NeighborSearch neighborSearch = NeighborSearch::Auto;  ///< exact below 4096 rows
    std::uint64_t seed = 42;  ///< the neighbour search, the init's draws and the SGD's

    /// Throws ConfigError naming the first bad key ("umap.min_dist") and its range; with
    /// rows > 0 also the limits that depend on the data (neighbors <= rows, rows >= 2).
    void validate(long long rows = 0) const;
};

/// umap-learn's rule for epochs = 0: 500 up to 10 000 rows, 200 above.
int umapEpochs(const UmapSettings& settings, long long rows);

const char* toString(UmapInit value);
/// Parses what toString() gives: "spectral", "pca", "random".
bool parse(const std::string& text, UmapInit& value);

}  // namespace latentlab
