// A seeded random source whose streams are identical on every machine and compiler.
// It reproduces numpy's legacy RandomState (MT19937 seeded with init_genrand), so
// `Random rng(42)` yields the same uniforms, normals and shuffles as `np.random.seed(42)`.
//
//   Random rng(42);
//   double u = rng.uniform();          // [0, 1), 53 bits, as numpy.random.random_sample
//   double z = rng.gauss();            // standard normal, Marsaglia polar as numpy's legacy gauss
//   rng.shuffle(indices);              // Fisher-Yates as numpy.random.shuffle
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace latentlab {

class Random {
public:
    explicit Random(std::uint64_t seed);

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform();
    /// Uniform double in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Standard normal deviate.
    double gauss();
    /// Uniform integer in [0, max], unbiased (masked rejection, as numpy's random_interval).
    std::uint64_t interval(std::uint64_t max);
    /// Raw 32 random bits.
    std::uint32_t next32() { return static_cast<std::uint32_t>(m_engine()); }

    /// Shuffles in place exactly as numpy.random.shuffle does on a 1-D array.
    template <typename T>
    void shuffle(std::vector<T>& values) {
        for (std::size_t i = values.size(); i-- > 1;) {
            const std::size_t j = static_cast<std::size_t>(interval(i));
            std::swap(values[i], values[j]);
        }
    }

    /// Indices 0..n-1 in a random order.
    std::vector<int> permutation(int n);
    /// `count` distinct indices from 0..n-1, sorted ascending (all of them if count >= n).
    std::vector<int> sample(int n, int count);

private:
    std::mt19937 m_engine;  // fully specified by the C++ standard: same stream everywhere
    bool m_hasGauss = false;
    double m_gauss = 0.0;
};

/// Seed for the `index`-th independent stream derived from `base` (repeats, k-means restarts).
std::uint64_t deriveSeed(std::uint64_t base, std::uint64_t index);

}  // namespace latentlab
