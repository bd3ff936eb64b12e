#include "UmapLayout.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace latentlab {
namespace {

constexpr float kClip = 4.0f;           // umap-learn's gradient clip
constexpr double kRepulsionEps = 1e-3;  // keeps the repulsion finite at distance 0
constexpr int kMaxStackDims = 8;        // more components use a heap scratch row

float clip(float value) { return std::min(std::max(value, -kClip), kClip); }

/// log2(x) for a positive normal double: the exponent bits plus ln of the mantissa in
/// [sqrt(1/2), sqrt(2)) by the atanh series (error below 1e-9).
double log2Positive(double x) {
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    int exponent = static_cast<int>(bits >> 52) - 1023;
    bits = (bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL;
    double mantissa;
    std::memcpy(&mantissa, &bits, sizeof mantissa);
    if (mantissa > 1.4142135623730951) {
        mantissa *= 0.5;
        ++exponent;
    }
    const double s = (mantissa - 1.0) / (mantissa + 1.0), s2 = s * s;
    const double ln =
        2.0 * s * (1.0 + s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9)))));
    return exponent + ln * 1.4426950408889634;
}

/// 2^y: the nearest integer's power from the exponent bits, the rest by a degree-7 series on
/// [-1/2, 1/2] (relative error below 1e-8).
double exp2Of(double y) {
    if (y < -1020.0) return 0.0;
    if (y > 1020.0) return HUGE_VAL;
    const double whole = std::floor(y + 0.5);
    const double t = (y - whole) * 0.6931471805599453;
    const double series =
        1.0 +
        t * (1.0 + t * (1.0 / 2 +
                        t * (1.0 / 6 + t * (1.0 / 24 + t * (1.0 / 120 +
                                                            t * (1.0 / 720 + t * (1.0 / 5040)))))));
    const std::uint64_t bits = static_cast<std::uint64_t>(static_cast<std::int64_t>(whole) + 1023)
                               << 52;
    double scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return series * scale;
}

/// x^b for x > 0, ~1e-8 relative: the layout's one transcendental, 4x faster than std::pow.
double powPositive(double x, double b) { return exp2Of(b * log2Positive(x)); }

/// splitmix64 (Steele, Lea, Flood 2014): tiny, fast and fully specified.
class SplitMix {
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

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
}

template <int Dims>
void UmapOptimizer::moveHead(int head, float alpha, float* position) {
    const int dims = Dims > 0 ? Dims : m_dims;
    const float epoch = static_cast<float>(m_epoch);
    const double a = m_a, b = m_b;
    float pushStack[kMaxStackDims];
    std::vector<float> pushHeap(Dims > 0 || dims <= kMaxStackDims ? 0 : std::size_t(dims));
    float* push = pushHeap.empty() ? pushStack : pushHeap.data();
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
        float* tail = m_positions.row(m_tails[edge]).data();
        float squared = 0.0f;
        for (int d = 0; d < dims; ++d) squared += (position[d] - tail[d]) * (position[d] - tail[d]);
        if (squared > 0.0f) {
            const double power = powPositive(squared, b);
            const float coefficient =
                static_cast<float>(-2.0 * a * b * (power / squared) / (a * power + 1.0));
            for (int d = 0; d < dims; ++d) {
                const float gradient = clip(coefficient * (position[d] - tail[d]));
                position[d] += gradient * alpha;
                tail[d] -= gradient * alpha;
            }
        }
        m_nextSample[edge] += m_epochsPerSample[edge];
        if (m_negativeRate == 0) continue;

        const float perNegative = m_epochsPerSample[edge] / static_cast<float>(m_negativeRate);
        const int negatives = static_cast<int>((epoch - m_nextNegative[edge]) / perNegative);
        // Measured from one position and applied together: independent, so they overlap.
        std::fill(push, push + dims, 0.0f);
        for (int sample = 0; sample < negatives; ++sample) {
            const int other = draw();
            if (other == head) continue;
            const float* point = m_positions.row(other).data();
            float squared = 0.0f;
            for (int d = 0; d < dims; ++d)
                squared += (position[d] - point[d]) * (position[d] - point[d]);
            float coefficient = 0.0f;
            if (squared > 0.0f)
                coefficient = static_cast<float>(
                    2.0 * b / ((kRepulsionEps + squared) * (a * powPositive(squared, b) + 1.0)));
            for (int d = 0; d < dims; ++d)
                push[d] +=
                    coefficient > 0.0f ? clip(coefficient * (position[d] - point[d])) : kClip;
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
    float stack[kMaxStackDims];
    std::vector<float> heap(Dims > 0 || dims <= kMaxStackDims ? 0 : std::size_t(dims));
    float* position = heap.empty() ? stack : heap.data();
    for (int head = 0; head < m_vertices; ++head) {
        // The head is moved in a copy (its own edges' tails may include itself only through
        // a duplicate row, never the same index) and written back once its edges are done.
        float* row = m_positions.row(head).data();
        std::copy(row, row + dims, position);
        moveHead<Dims>(head, alpha, position);
        std::copy(position, position + dims, row);
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
