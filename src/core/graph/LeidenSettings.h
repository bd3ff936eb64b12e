// The knobs of Leiden community detection (config keys leiden.*), defaults next to each field.
// leiden() uses resolution, iterations and seed; neighbors is for the caller that builds the
// kNN graph Leiden clusters (scanpy's n_neighbors: the point itself counts as one).
//
//   LeidenSettings settings;  settings.resolution = 2.0;   // more, smaller clusters
//   validateLeidenSettings(settings);                      // ConfigError naming the key
#pragma once

#include <cstdint>

namespace latentlab {

struct LeidenSettings {
    double resolution = 1.0;  ///< leiden.resolution: modularity's gamma, > 0; higher, more clusters
    int iterations = -1;      ///< leiden.iterations: -1 until the partition stops changing, or >= 1
    std::uint64_t seed = 42;  ///< leiden.seed: igraph's random generator; a seed repeats a result
    int neighbors = 15;       ///< leiden.neighbors: k of the caller's kNN graph, >= 2
};

/// Throws ConfigError naming the first out-of-range key ("leiden.resolution must be ...").
void validateLeidenSettings(const LeidenSettings& settings);

}  // namespace latentlab
