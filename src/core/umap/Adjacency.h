// A WeightedGraph as both-direction adjacency lists (compressed rows, each row's neighbours
// ascending): what the spectral layout multiplies by and the SGD layout walks, as
// umap-learn's symmetric sparse matrix.
//
//   Adjacency adjacency = Adjacency::of(graph);
//   for (auto e = adjacency.begin(i); e < adjacency.end(i); ++e)
//       use(adjacency.neighbors[e], adjacency.weights[e]);
#pragma once

#include "WeightedGraph.h"

#include <cstdint>
#include <vector>

namespace latentlab {

struct Adjacency {
    std::vector<std::int64_t> offsets;  ///< vertices + 1; row i is [offsets[i], offsets[i+1])
    std::vector<int> neighbors;
    std::vector<double> weights;

    int vertices() const { return static_cast<int>(offsets.size()) - 1; }
    std::int64_t begin(int i) const { return offsets[static_cast<std::size_t>(i)]; }
    std::int64_t end(int i) const { return offsets[static_cast<std::size_t>(i) + 1]; }

    static Adjacency of(const WeightedGraph& graph);
};

/// Connected components: each vertex's component, numbered by their lowest vertex, 0 first.
std::vector<int> connectedComponents(const Adjacency& adjacency, int& count);

}  // namespace latentlab
