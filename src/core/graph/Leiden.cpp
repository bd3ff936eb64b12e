#include "Leiden.h"

#include "Errors.h"
#include "GraphChecks.h"
#include "IgraphSession.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace latentlab {
namespace {

// Randomness of the refinement's merges: python-igraph's and scanpy's default.
constexpr double kBeta = 0.01;

std::string describe(const char* task, const WeightedGraph& graph) {
    return std::string(task) + " (" + std::to_string(graph.vertices) + " vertices, " +
           std::to_string(graph.edges()) + " edges)";
}

IgraphIntVector& filledEdges(IgraphIntVector& edges, const WeightedGraph& graph) {
    for (int e = 0; e < graph.edges(); ++e) {
        edges[2 * igraph_integer_t(e)] = graph.from[e];
        edges[2 * igraph_integer_t(e) + 1] = graph.to[e];
    }
    return edges;
}

/// The graph and its weights as igraph holds them.
struct IgraphInput {
    IgraphInput(const IgraphSession& session, const WeightedGraph& graph)
        : edges(session, 2 * igraph_integer_t(graph.edges())),
          weights(session, graph.edges()),
          network(session, filledEdges(edges, graph), graph.vertices) {
        for (int e = 0; e < graph.edges(); ++e) weights[e] = graph.weight[e];
    }

    IgraphIntVector edges;
    IgraphVector weights;
    IgraphGraph network;
};

/// Labels renumbered 0..c-1 by decreasing cluster size, equal sizes by smallest vertex.
/// Any label values (igraph's or a caller's, gaps and all); sorting keeps memory O(n).
template <typename Labels>
std::vector<int> largestFirst(const Labels& labels, std::size_t n, int* clusters) {
    std::vector<long long> distinct(n);
    for (std::size_t v = 0; v < n; ++v) distinct[v] = labels[v];
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<int> compact(n);
    std::vector<std::size_t> size(distinct.size(), 0), firstVertex(distinct.size(), n);
    for (std::size_t v = 0; v < n; ++v) {
        const auto c =
            std::lower_bound(distinct.begin(), distinct.end(), labels[v]) - distinct.begin();
        compact[v] = static_cast<int>(c);
        ++size[c];
        firstVertex[c] = std::min(firstVertex[c], v);
    }
    std::vector<int> order(distinct.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return size[a] != size[b] ? size[a] > size[b] : firstVertex[a] < firstVertex[b];
    });
    std::vector<int> rank(order.size());
    for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<int>(r);
    for (int& label : compact) label = rank[label];
    if (clusters) *clusters = static_cast<int>(order.size());
    return compact;
}

double igraphModularity(const IgraphSession& session, IgraphInput& input,
                        const std::vector<int>& labels, double resolution) {
    IgraphIntVector membership(session, igraph_integer_t(labels.size()));
    for (std::size_t v = 0; v < labels.size(); ++v) membership[igraph_integer_t(v)] = labels[v];
    igraph_real_t q = 0.0;
    session.check(igraph_modularity(input.network.get(), membership.get(), input.weights.get(),
                                    resolution, false, &q));
    return q;
}

/// Leiden iterations from the singleton partition, one igraph call each, so that -1 can stop
/// when the partition (up to renaming) repeats: igraph 0.10.2's own n_iterations = -1 stops
/// after the first iteration that changes anything, i.e. always after one (fixed in 0.10.17).
int runIterations(const IgraphSession& session, IgraphInput& input, IgraphVector& strength,
                  double scaledResolution, int iterations, IgraphIntVector& membership) {
    const auto n = static_cast<std::size_t>(igraph_vcount(input.network.get()));
    const int limit = iterations > 0 ? iterations : kLeidenMaxIterations;
    std::vector<int> previous;
    for (int run = 1;; ++run) {
        igraph_integer_t clusters = 0;
        session.check(igraph_community_leiden(input.network.get(), input.weights.get(),
                                              strength.get(), scaledResolution, kBeta, run > 1, 1,
                                              membership.get(), &clusters, nullptr));
        if (run == limit) return run;
        if (iterations > 0) continue;
        std::vector<int> current = largestFirst(membership, n, nullptr);
        if (current == previous) return run;
        previous = std::move(current);
    }
}

void requireResolution(double resolution, const char* task) {
    if (!(std::isfinite(resolution) && resolution >= 0.0))
        throw ConfigError(std::string(task) + ": resolution must be a finite number >= 0 (it is " +
                          std::to_string(resolution) + ")");
}

}  // namespace

LeidenResult leiden(const WeightedGraph& graph, const LeidenSettings& settings) {
    validateLeidenSettings(settings);
    const std::string task = describe("Leiden clustering", graph);
    requireValidGraph(graph, task);
    requireEdges(graph, task);

    IgraphSession session(task);
    IgraphInput input(session, graph);
    // python-igraph's normalize_resolution: node weights are the strengths, gamma / sum of them.
    IgraphVector strength(session, 0);
    session.check(igraph_strength(input.network.get(), strength.get(), igraph_vss_all(), IGRAPH_ALL,
                                  IGRAPH_LOOPS, input.weights.get()));
    const double scaledResolution = settings.resolution / igraph_vector_sum(strength.get());
    session.check(igraph_rng_seed(igraph_rng_default(), settings.seed));

    IgraphIntVector membership(session, graph.vertices);
    LeidenResult result;
    result.iterations =
        runIterations(session, input, strength, scaledResolution, settings.iterations, membership);
    result.labels = largestFirst(membership, std::size_t(graph.vertices), &result.clusters);
    result.modularity = igraphModularity(session, input, result.labels, settings.resolution);
    return result;
}

double modularity(const WeightedGraph& graph, const std::vector<int>& labels, double resolution) {
    const std::string task = describe("modularity", graph);
    requireResolution(resolution, "modularity");
    requireValidGraph(graph, task);
    requireEdges(graph, task);
    if (labels.size() != std::size_t(graph.vertices))
        throw DataError(task + ": " + std::to_string(labels.size()) +
                        " labels given, one per vertex needed");
    const auto negative = std::find_if(labels.begin(), labels.end(), [](int l) { return l < 0; });
    if (negative != labels.end())
        throw DataError(task + ": vertex " + std::to_string(negative - labels.begin()) +
                        " has label " + std::to_string(*negative) + "; labels must be >= 0");

    IgraphSession session(task);
    IgraphInput input(session, graph);
    // Compact labels: igraph sizes its tables by the largest label.
    return igraphModularity(session, input, largestFirst(labels, labels.size(), nullptr),
                            resolution);
}

}  // namespace latentlab
