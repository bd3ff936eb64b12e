#include "GraphChecks.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <tuple>
#include <vector>

namespace latentlab {
namespace {

/// "edge 12 (3 - 7)" for messages.
std::string edgeName(const WeightedGraph& graph, int e) {
    std::ostringstream name;
    name << "edge " << e << " (" << graph.from[e] << " - " << graph.to[e] << ")";
    return name.str();
}

void requireEachPairOnce(const WeightedGraph& graph, const std::string& task) {
    // A repeated pair would count its weight twice in every modularity term.
    std::vector<std::tuple<int, int, int>> pairs(graph.from.size());
    for (int e = 0; e < graph.edges(); ++e)
        pairs[e] = {std::min(graph.from[e], graph.to[e]), std::max(graph.from[e], graph.to[e]), e};
    std::sort(pairs.begin(), pairs.end());
    const auto repeat = std::adjacent_find(pairs.begin(), pairs.end(), [](auto& x, auto& y) {
        return std::get<0>(x) == std::get<0>(y) && std::get<1>(x) == std::get<1>(y);
    });
    if (repeat == pairs.end()) return;
    std::ostringstream message;
    message << task << ": edges " << std::get<2>(*repeat) << " and " << std::get<2>(*(repeat + 1))
            << " both join vertices " << std::get<0>(*repeat) << " and " << std::get<1>(*repeat)
            << "; list each edge once";
    throw DataError(message.str());
}

}  // namespace

void requireValidGraph(const WeightedGraph& graph, const std::string& task) {
    if (graph.vertices < 0)
        throw DataError(task + ": the graph has " + std::to_string(graph.vertices) + " vertices");
    if (graph.to.size() != graph.from.size() || graph.weight.size() != graph.from.size())
        throw DataError(task + ": the graph's edge lists differ in length (from " +
                        std::to_string(graph.from.size()) + ", to " +
                        std::to_string(graph.to.size()) + ", weight " +
                        std::to_string(graph.weight.size()) + ")");
    double total = 0.0;
    for (int e = 0; e < graph.edges(); ++e) {
        const int a = graph.from[e], b = graph.to[e];
        if (a < 0 || b < 0 || a >= graph.vertices || b >= graph.vertices)
            throw DataError(task + ": " + edgeName(graph, e) + " names a vertex outside 0.." +
                            std::to_string(graph.vertices - 1));
        if (a == b)
            throw DataError(task + ": " + edgeName(graph, e) +
                            " joins a vertex to itself; self-loops are not allowed");
        const double w = graph.weight[e];
        if (!(std::isfinite(w) && w > 0.0)) {
            std::ostringstream message;
            message << task << ": " << edgeName(graph, e) << " has weight " << w
                    << "; weights must be positive and finite";
            throw DataError(message.str());
        }
        total += w;
    }
    if (!std::isfinite(total))
        throw DataError(task + ": the edge weights add up to more than a double can hold");
    requireEachPairOnce(graph, task);
}

void requireEdges(const WeightedGraph& graph, const std::string& task) {
    if (graph.edges() > 0) return;
    throw DataError(task + ": the graph has no edges (" + std::to_string(graph.vertices) +
                    " vertices), so it has no communities and its modularity is undefined");
}

}  // namespace latentlab
