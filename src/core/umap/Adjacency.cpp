#include "Adjacency.h"

#include "Errors.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace latentlab {

Adjacency Adjacency::of(const WeightedGraph& graph) {
    const int n = graph.vertices;
    Adjacency adjacency;
    adjacency.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
    for (int e = 0; e < graph.edges(); ++e) {
        const int a = graph.from[std::size_t(e)], b = graph.to[std::size_t(e)];
        if (a < 0 || b < 0 || a >= n || b >= n || a == b)
            throw DataError("UMAP graph: edge " + std::to_string(e) + " (" + std::to_string(a) +
                            ", " + std::to_string(b) + ") is not between two of the " +
                            std::to_string(n) + " vertices");
        ++adjacency.offsets[std::size_t(a) + 1];
        ++adjacency.offsets[std::size_t(b) + 1];
    }
    std::partial_sum(adjacency.offsets.begin(), adjacency.offsets.end(), adjacency.offsets.begin());
    const std::size_t entries = static_cast<std::size_t>(adjacency.offsets.back());
    adjacency.neighbors.resize(entries);
    adjacency.weights.resize(entries);
    std::vector<std::int64_t> next(adjacency.offsets.begin(), adjacency.offsets.end() - 1);
    const auto put = [&](int from, int to, double weight) {
        const std::size_t slot = static_cast<std::size_t>(next[std::size_t(from)]++);
        adjacency.neighbors[slot] = to;
        adjacency.weights[slot] = weight;
    };
    for (int e = 0; e < graph.edges(); ++e) {
        put(graph.from[std::size_t(e)], graph.to[std::size_t(e)], graph.weight[std::size_t(e)]);
        put(graph.to[std::size_t(e)], graph.from[std::size_t(e)], graph.weight[std::size_t(e)]);
    }
    // Rows in ascending neighbour order (a CSR matrix's canonical order), whatever the edge
    // order was.
    std::vector<std::pair<int, double>> row;
    for (int i = 0; i < n; ++i) {
        const auto first = adjacency.begin(i), last = adjacency.end(i);
        row.clear();
        for (auto e = first; e < last; ++e)
            row.emplace_back(adjacency.neighbors[std::size_t(e)],
                             adjacency.weights[std::size_t(e)]);
        if (std::is_sorted(row.begin(), row.end())) continue;
        std::sort(row.begin(), row.end());
        for (auto e = first; e < last; ++e) {
            adjacency.neighbors[std::size_t(e)] = row[std::size_t(e - first)].first;
            adjacency.weights[std::size_t(e)] = row[std::size_t(e - first)].second;
        }
    }
    return adjacency;
}

std::vector<int> connectedComponents(const Adjacency& adjacency, int& count) {
    const int n = adjacency.vertices();
    std::vector<int> component(static_cast<std::size_t>(n), -1);
    std::vector<int> stack;
    count = 0;
    for (int start = 0; start < n; ++start) {
        if (component[std::size_t(start)] >= 0) continue;
        component[std::size_t(start)] = count;
        stack.assign(1, start);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (auto e = adjacency.begin(v); e < adjacency.end(v); ++e) {
                const int w = adjacency.neighbors[std::size_t(e)];
                if (component[std::size_t(w)] < 0) {
                    component[std::size_t(w)] = count;
                    stack.push_back(w);
                }
            }
        }
        ++count;
    }
    return component;
}

}  // namespace latentlab
