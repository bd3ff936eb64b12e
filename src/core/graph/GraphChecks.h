// Checks that a WeightedGraph is what its comment promises before a graph algorithm (or igraph)
// sees it, so bad input becomes one DataError naming the task and the edge, not a crash.
//
//   requireValidGraph(graph, "Leiden clustering");   // throws DataError
//   requireEdges(graph, "Leiden clustering");        // and at least one edge
#pragma once

#include "WeightedGraph.h"

#include <string>

namespace latentlab {

/// vertices >= 0; from, to and weight of equal length; every endpoint in 0..vertices-1; no
/// self-loops; each vertex pair at most once; weights positive and finite, with a finite sum.
/// Isolated vertices are allowed. Messages start with `task`.
void requireValidGraph(const WeightedGraph& graph, const std::string& task);

/// Throws DataError unless the graph has an edge (modularity divides by the total weight).
void requireEdges(const WeightedGraph& graph, const std::string& task);

}  // namespace latentlab
