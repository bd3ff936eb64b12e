// Leiden community detection (Traag, Waltman & van Eck 2019) on a weighted graph, maximising
// modularity with a resolution, through igraph's igraph_community_leiden as python-igraph's
// community_leiden(objective_function="modularity") calls it: node weights = strengths,
// resolution / (2m), beta 0.01. Serialised with every other igraph call (see IgraphSession).
//
//   LeidenResult r = leiden(graph, settings);     // r.labels, r.clusters, r.modularity
//   double q = modularity(graph, r.labels, 1.0);  // == python-igraph's modularity
#pragma once

#include "LeidenSettings.h"
#include "WeightedGraph.h"

#include <vector>

namespace latentlab {

struct LeidenResult {
    /// Cluster of each vertex, 0..clusters-1: cluster 0 is the largest, equal sizes ordered by
    /// their smallest vertex. An isolated vertex is a cluster of its own.
    std::vector<int> labels;
    int clusters = 0;
    double modularity = 0.0;  ///< of labels, with the edge weights and settings.resolution
    /// Leiden iterations run. With settings.iterations = -1 the last one changed nothing.
    int iterations = 0;
};

/// Guard for iterations = -1; each iteration that changes the partition raises its modularity,
/// so this is reached only if rounding makes the search cycle (real runs stop after 2-7).
constexpr int kLeidenMaxIterations = 1000;

/// Clusters `graph`, seeding igraph's random generator with settings.seed, so a seed repeats
/// the labels. iterations = -1 repeats Leiden iterations until the partition stops changing
/// (at most kLeidenMaxIterations). Throws ConfigError on bad settings (validateLeidenSettings)
/// and DataError on an invalid graph (see requireValidGraph) or one without edges.
LeidenResult leiden(const WeightedGraph& graph, const LeidenSettings& settings);

/// Newman's modularity with resolution gamma of a partition, edge weights included:
/// Q = 1/(2m) sum_ij (A_ij - gamma k_i k_j / (2m)) [c_i == c_j], as igraph_modularity.
/// Labels are any integers >= 0, one per vertex (gaps allowed). Throws DataError on an invalid
/// graph, one without edges or bad labels, ConfigError on a negative or non-finite resolution.
double modularity(const WeightedGraph& graph, const std::vector<int>& labels, double resolution);

}  // namespace latentlab
