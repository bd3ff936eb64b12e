// An undirected graph with weighted edges over vertices 0..vertices-1, each edge stored once
// (from < to). UMAP's fuzzy simplicial set produces one (the fuzzy union of the directed kNN
// memberships); Leiden clusters one.
//
//   WeightedGraph g;  g.vertices = 3;  g.add(0, 1, 0.5);  g.add(1, 2, 1.0);
#pragma once

#include <cassert>
#include <utility>
#include <vector>

namespace latentlab {

struct WeightedGraph {
    int vertices = 0;
    std::vector<int> from;  ///< from[e] < to[e]
    std::vector<int> to;
    std::vector<double> weight;  ///< > 0

    int edges() const { return static_cast<int>(from.size()); }
    void add(int a, int b, double w) {
        assert(a != b && w > 0.0);
        if (a > b) std::swap(a, b);
        from.push_back(a);
        to.push_back(b);
        weight.push_back(w);
    }
};

}  // namespace latentlab
