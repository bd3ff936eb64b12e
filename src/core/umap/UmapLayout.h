// UMAP's layout optimisation (umap-learn 0.5.3's optimize_layout_euclidean), epoch by epoch:
// every directed edge of the fuzzy graph is sampled once per wmax / w epochs and pulls its
// head toward its tail; each sample is followed by negative_sample_rate draws of random
// points that push it away; gradients are clipped at 4 and the learning rate falls
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

/// How the epochs are split so that threads never race yet the answer is the same for
/// every thread count: vertices are taken in blocks of consecutive rows; the heads of one
/// block move at once (spread over the threads), each reading the others' positions as they
/// were when the block began, and the block's new positions are published together. Each
/// head therefore pulls itself toward its tails twice per sample (it and the reverse edge,
/// where umap-learn moves both ends of each), and the negative samples that follow one
/// edge sample are measured from the same position and applied together. Small graphs use
/// blocks of one vertex: plain sequential SGD.
constexpr int kUmapSequentialMaxVertices = 20000;
constexpr int kUmapBlocksPerEpoch = 64;

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
    int m_blockSize = 1;
    std::vector<std::int64_t> m_offsets;  ///< edges of head i: [m_offsets[i], m_offsets[i+1])
    std::vector<int> m_tails;
    std::vector<float> m_epochsPerSample;
    std::vector<float> m_nextSample;
    std::vector<float> m_nextNegative;
    Rows m_positions;  ///< what every head reads
    Rows m_pending;    ///< a block's new positions, published when the block is done
};

}  // namespace latentlab
