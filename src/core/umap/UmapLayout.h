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

/// The epochs run on T threads (OpenMP's count when constructed): thread t owns the heads of
/// block t (vertices [t n / T, (t + 1) n / T)) and moves them, and its edges' tails in its
/// block, as one thread would; a tail in another block is read as it was when the epoch began
/// plus this thread's own pulls on it, which are added at the epoch's end in block order, and
/// negative samples from other blocks are read as they were when the epoch began. Every
/// update moves both ends of its edge, as umap-learn's does (moving only heads, twice,
/// tore clusters apart). The answer is fixed by the seed and the thread count; with one
/// thread it is umap-learn's sequential order.
class UmapOptimizer {
public:
    /// `graph` as the layout should see it (pruneWeakEdges), `start` vertices x components.
    UmapOptimizer(const WeightedGraph& graph, const Eigen::MatrixXf& start, const UmapCurve& curve,
                  int epochs, int negativeSampleRate, std::uint64_t seed);

    /// Threads for the epochs to come (>= 1; at most one per 1,000 vertices).
    void setThreads(int threads);
    int threads() const { return m_threads; }

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
    using Rows = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    /// What one thread may touch in an epoch: its block [first, last) live, the rest through
    /// the epoch's starting positions and its own pending pulls.
    struct Block {
        int first = 0, last = 0;
        Rows* pending = nullptr;  ///< pulls on other blocks' vertices, applied at the end
        bool owns(int vertex) const { return vertex >= first && vertex < last; }
    };

    template <int Dims>
    void moveHead(int head, float alpha, float* position, const Block& block);
    template <int Dims, typename Draw>
    void repelLanes(int head, int count, const float* position, const Block& block, Draw& draw,
                    float* push) const;
    const float* seen(int vertex, const Block& block) const {
        return block.owns(vertex) ? m_positions.row(vertex).data() : m_start.row(vertex).data();
    }

    int m_vertices = 0;
    int m_threads = 1;
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
    Rows m_positions;             ///< every vertex's current position
    Rows m_start;                 ///< positions when the epoch began (more than one thread)
    std::vector<Rows> m_pending;  ///< per thread
};

}  // namespace latentlab
