#include "UmapLayout.h"

#include "Errors.h"
#include "LayoutMath.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace latentlab {
namespace {

constexpr float kClip = 4.0f;           // umap-learn's gradient clip
constexpr double kRepulsionEps = 1e-3;  // keeps the repulsion finite at distance 0
constexpr int kMaxStackDims = 8;        // more components use a heap scratch row

using layout::kLanes;
using layout::powPositive;
using layout::SplitMix;

float clip(float value) { return std::min(std::max(value, -kClip), kClip); }

}  // namespace

WeightedGraph pruneWeakEdges(const WeightedGraph& graph, int epochs) {
    double largest = 0.0;
    for (double w : graph.weight) largest = std::max(largest, w);
    const int divisor = epochs > 10 ? epochs : (graph.vertices <= 10000 ? 500 : 200);
    const double threshold = largest / divisor;
    WeightedGraph pruned;
    pruned.vertices = graph.vertices;
    for (int e = 0; e < graph.edges(); ++e)
        if (graph.weight[std::size_t(e)] >= threshold)
            pruned.add(graph.from[std::size_t(e)], graph.to[std::size_t(e)],
                       graph.weight[std::size_t(e)]);
    return pruned;
}

UmapOptimizer::UmapOptimizer(const WeightedGraph& graph, const Eigen::MatrixXf& start,
                             const UmapCurve& curve, int epochs, int negativeSampleRate,
                             std::uint64_t seed)
    : m_vertices(graph.vertices),
      m_dims(static_cast<int>(start.cols())),
      m_epochs(epochs),
      m_negativeRate(negativeSampleRate),
      m_seed(seed),
      m_a(static_cast<float>(curve.a)),
      m_b(static_cast<float>(curve.b)),
      m_positions(start) {
    if (start.rows() != graph.vertices || start.cols() < 1)
        throw DataError("UMAP layout: the start has " + std::to_string(start.rows()) + " x " +
                        std::to_string(start.cols()) + " coordinates for " +
                        std::to_string(graph.vertices) + " vertices");
    if (epochs < 0 || negativeSampleRate < 0)
        throw ConfigError("UMAP layout: epochs and the negative sample rate must be >= 0");
    if (!start.allFinite()) throw DataError("UMAP layout: the start has non-finite coordinates");
    const Adjacency adjacency = Adjacency::of(graph);
    m_offsets = adjacency.offsets;
    m_tails = adjacency.neighbors;
    double largest = 0.0;
    for (double w : adjacency.weights) largest = std::max(largest, w);
    // umap-learn's make_epochs_per_sample: an edge of weight w is due every wmax / w epochs.
    m_epochsPerSample.resize(adjacency.weights.size());
    for (std::size_t e = 0; e < adjacency.weights.size(); ++e)
        m_epochsPerSample[e] = static_cast<float>(largest / adjacency.weights[e]);
    m_nextSample = m_epochsPerSample;
    m_nextNegative = m_epochsPerSample;
    if (m_negativeRate > 0)
        for (float& next : m_nextNegative) next /= static_cast<float>(m_negativeRate);
    setThreads(omp_get_max_threads());
}

void UmapOptimizer::setThreads(int threads) {
    m_threads = std::max(1, std::min(threads, m_vertices / 1000));
    m_pending.assign(m_threads > 1 ? std::size_t(m_threads) : 0, Rows());
    for (Rows& pending : m_pending) pending.setZero(m_vertices, m_dims);
}

template <int Dims, typename Draw>
void UmapOptimizer::repelLanes(int head, int count, const float* position, const Block& block,
                               Draw& draw, float* push) const {
    using layout::Floats;
    using layout::select;
    // umap-learn's repulsion, 2 b / ((0.001 + d^2) (1 + a d^(2b))) clipped, or 4 where two
    // points coincide; lanes past `count` and draws of the head itself add nothing.
    float gathered[Dims][kLanes], live[kLanes];
    for (int l = 0; l < kLanes; ++l) {
        const int other = l < count ? draw() : head;
        live[l] = other != head ? 1.0f : 0.0f;
        const float* point = seen(other, block);
        for (int d = 0; d < Dims; ++d) gathered[d][l] = point[d];
    }
    Floats difference[Dims], squared{}, liveLanes;
    std::memcpy(&liveLanes, live, sizeof liveLanes);
    for (int d = 0; d < Dims; ++d) {
        std::memcpy(&difference[d], gathered[d], sizeof difference[d]);
        difference[d] = position[d] - difference[d];
        squared += difference[d] * difference[d];
    }
    const Floats power = layout::powLanes(squared, m_b);
    const Floats coefficient =
        select(squared > 0.0f,
               2.0f * m_b / ((static_cast<float>(kRepulsionEps) + squared) * (m_a * power + 1.0f)),
               Floats{});
    for (int d = 0; d < Dims; ++d) {
        Floats gradient = coefficient * difference[d];
        gradient = select(gradient > kClip, layout::splat(kClip),
                          select(gradient < -kClip, layout::splat(-kClip), gradient));
        gradient = liveLanes * select(coefficient > 0.0f, gradient, layout::splat(kClip));
        float lanes[kLanes];
        std::memcpy(lanes, &gradient, sizeof lanes);
        for (int l = 0; l < kLanes; ++l) push[d] += lanes[l];
    }
}

template <int Dims>
void UmapOptimizer::moveHead(int head, float alpha, float* position, const Block& block) {
    const int dims = Dims > 0 ? Dims : m_dims;
    const float epoch = static_cast<float>(m_epoch);
    const double a = m_a, b = m_b;
    float pushStack[kMaxStackDims], tailStack[kMaxStackDims];
    const bool onHeap = Dims == 0 && dims > kMaxStackDims;
    std::vector<float> pushHeap(onHeap ? std::size_t(dims) : 0), tailHeap(pushHeap.size());
    float* push = onHeap ? pushHeap.data() : pushStack;
    float* seenTail = onHeap ? tailHeap.data() : tailStack;
    // Each head's draws in each epoch are a stream of their own: no order between heads.
    SplitMix random(SplitMix(m_seed ^ (std::uint64_t(m_epoch) << 40)).next() +
                    std::uint64_t(head) * 0xD1B54A32D192ED03ULL);
    std::uint64_t bits = 0;
    bool half = false;
    const auto draw = [&] {
        if (!half) bits = random.next();
        const std::uint64_t word = half ? bits >> 32 : bits & 0xffffffffULL;
        half = !half;
        return static_cast<int>((word * std::uint64_t(m_vertices)) >> 32);
    };

    for (std::int64_t e = m_offsets[std::size_t(head)]; e < m_offsets[std::size_t(head) + 1]; ++e) {
        const std::size_t edge = static_cast<std::size_t>(e);
        if (m_nextSample[edge] > epoch) continue;
        // umap-learn's update: both ends of the edge move, by the same clipped gradient.
        const int tailIndex = m_tails[edge];
        const bool ownTail = block.owns(tailIndex);
        float* tail = ownTail ? m_positions.row(tailIndex).data() : seenTail;
        if (!ownTail)
            for (int d = 0; d < dims; ++d)
                seenTail[d] = m_start(tailIndex, d) + (*block.pending)(tailIndex, d);
        float squared = 0.0f;
        for (int d = 0; d < dims; ++d) squared += (position[d] - tail[d]) * (position[d] - tail[d]);
        if (squared > 0.0f) {
            const double power = powPositive(squared, b);
            const float coefficient =
                static_cast<float>(-2.0 * a * b * (power / squared) / (a * power + 1.0));
            for (int d = 0; d < dims; ++d) {
                const float gradient = clip(coefficient * (position[d] - tail[d]));
                position[d] += gradient * alpha;
                if (ownTail)
                    tail[d] -= gradient * alpha;
                else
                    (*block.pending)(tailIndex, d) -= gradient * alpha;
            }
        }
        m_nextSample[edge] += m_epochsPerSample[edge];
        if (m_negativeRate == 0) continue;

        const float perNegative = m_epochsPerSample[edge] / static_cast<float>(m_negativeRate);
        const int negatives = static_cast<int>((epoch - m_nextNegative[edge]) / perNegative);
        // Measured from one position and applied together: independent, so they overlap,
        // and for 1-3 components they are measured eight at a time (repelLanes).
        std::fill(push, push + dims, 0.0f);
        if constexpr (Dims > 0) {
            for (int first = 0; first < negatives; first += kLanes)
                repelLanes<Dims>(head, std::min(kLanes, negatives - first), position, block, draw,
                                 push);
        } else {
            for (int sample = 0; sample < negatives; ++sample) {
                const int other = draw();
                if (other == head) continue;
                const float* point = seen(other, block);
                float squared = 0.0f;
                for (int d = 0; d < dims; ++d)
                    squared += (position[d] - point[d]) * (position[d] - point[d]);
                float coefficient = 0.0f;
                if (squared > 0.0f)
                    coefficient = static_cast<float>(
                        2.0 * b /
                        ((kRepulsionEps + squared) * (a * powPositive(squared, b) + 1.0)));
                for (int d = 0; d < dims; ++d)
                    push[d] +=
                        coefficient > 0.0f ? clip(coefficient * (position[d] - point[d])) : kClip;
            }
        }
        for (int d = 0; d < dims; ++d) position[d] += push[d] * alpha;
        m_nextNegative[edge] += static_cast<float>(negatives) * perNegative;
    }
}

template <int Dims>
void UmapOptimizer::epochKernel() {
    const int dims = Dims > 0 ? Dims : m_dims;
    // umap-learn updates the rate after each epoch: 1, 1, 1 - 1/N, 1 - 2/N, ...
    const float alpha =
        static_cast<float>(1.0 - double(std::max(m_epoch - 1, 0)) / double(m_epochs));
    if (m_threads > 1) m_start = m_positions;
#pragma omp parallel for schedule(static, 1) num_threads(m_threads) if (m_threads > 1)
    for (int t = 0; t < m_threads; ++t) {
        Block block;
        block.first = int(std::int64_t(m_vertices) * t / m_threads);
        block.last = int(std::int64_t(m_vertices) * (t + 1) / m_threads);
        block.pending = m_threads > 1 ? &m_pending[std::size_t(t)] : nullptr;
        float stack[kMaxStackDims];
        std::vector<float> heap(Dims > 0 || dims <= kMaxStackDims ? 0 : std::size_t(dims));
        float* position = heap.empty() ? stack : heap.data();
        for (int head = block.first; head < block.last; ++head) {
            // The head is moved in a copy (its own edges' tails may include itself only
            // through a duplicate row, never the same index) and written back once its edges
            // are done.
            float* row = m_positions.row(head).data();
            std::copy(row, row + dims, position);
            moveHead<Dims>(head, alpha, position, block);
            std::copy(position, position + dims, row);
        }
    }
    for (Rows& pending : m_pending) {  // block order: the same sum every time
        m_positions += pending;
        pending.setZero();
    }
}

void UmapOptimizer::step() {
    if (done()) return;
    switch (m_dims) {
        case 1:
            epochKernel<1>();
            break;
        case 2:
            epochKernel<2>();
            break;
        case 3:
            epochKernel<3>();
            break;
        default:
            epochKernel<0>();
            break;
    }
    ++m_epoch;
}

void UmapOptimizer::run(const OptimizationCallbacks& callbacks) {
    while (!done()) {
        if (callbacks.stopRequested && callbacks.stopRequested()) throw Cancelled();
        step();
        if (callbacks.progress) callbacks.progress(m_epoch, m_epochs);
        if (callbacks.snapshot && callbacks.wantsSnapshot && callbacks.wantsSnapshot(m_epoch))
            callbacks.snapshot(m_epoch, embedding());
    }
}

Eigen::MatrixXd UmapOptimizer::embedding() const { return m_positions.cast<double>(); }

}  // namespace latentlab
