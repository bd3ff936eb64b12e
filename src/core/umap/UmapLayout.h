// UMAP's layout optimisation (umap-learn 0.5.3's optimize_layout_euclidean), epoch by epoch:
// every directed edge of the fuzzy graph is sampled once per wmax / w epochs and pulls its
// two ends together; each sample is followed by negative_sample_rate draws of random points
// that push its head away; gradients are clipped at 4 and the learning rate falls
// linearly from 1 to 0. The state can be stepped one epoch at a time (an animated view).
//
//   UmapOptimizer optimizer(pruneWeakEdges(graph, epochs), start, fitUmapCurve(0.1, 1.0),
//                           epochs, 5, seed);
//   while (!optimizer.done()) optimizer.step();          // or optimizer.run(callbacks)
//   Eigen::MatrixXd embedding = optimizer.embedding();
#pragma once

#include "Adjacency.h"
#include "OptimizationCallbacks.h"
#include "UmapCurve.h"
#include "WeightedGraph.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace latentlab {

/// umap-learn's pruning before the layout: edges below max weight / epochs are dropped
/// (below max / 500 or max / 200, umap-learn's default for the size, if epochs <= 10).
WeightedGraph pruneWeakEdges(const WeightedGraph& graph, int epochs);

/// The epochs run on one thread, as umap-learn's with a seed: each edge sample moves both of
/// its ends at once, which blocks of heads moved side by side cannot do (tried: heads that
/// pull themselves twice toward a fixed tail tore clusters apart, k-means ARI 0.74 where
/// umap-learn gets 0.998 on tests/data/small_blobs.csv). The answer is the same for any
/// thread count.
class UmapOptimizer {
public:
    /// `graph` as the layout should see it (pruneWeakEdges), `start` vertices x components.
    UmapOptimizer(const WeightedGraph& graph, const Eigen::MatrixXf& start, const UmapCurve& curve,
                  int epochs, int negativeSampleRate, std::uint64_t seed);

    /// One epoch; nothing once done().
    void step();
    /// The remaining epochs, with progress after each, snapshots when wanted and a stop
    /// check (Cancelled) before each.
    void run(const OptimizationCallbacks& callbacks);

    int epoch() const { return m_epoch; }
    int epochs() const { return m_epochs; }
    bool done() const { return m_epoch >= m_epochs; }
    Eigen::MatrixXd embedding() const;

private:
    template <int Dims>
    void epochKernel();
    template <int Dims>
    void moveHead(int head, float alpha, float* position);

    using Rows = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    int m_vertices = 0;
    int m_dims = 0;
    int m_epochs = 0;
    int m_epoch = 0;
    int m_negativeRate = 0;
    std::uint64_t m_seed = 0;
    float m_a = 1.0f, m_b = 1.0f;
    std::vector<std::int64_t> m_offsets;  ///< edges of head i: [m_offsets[i], m_offsets[i+1])
    std::vector<int> m_tails;
    std::vector<float> m_epochsPerSample;
    std::vector<float> m_nextSample;
    std::vector<float> m_nextNegative;
    Rows m_positions;  ///< every vertex's current position
};

}  // namespace latentlab
