#include "Random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace latentlab {

Random::Random(std::uint64_t seed) : m_engine(static_cast<std::uint32_t>(seed)) {}

double Random::uniform() {
    // numpy's mt19937_next_double: 27 + 26 bits.
    const std::uint32_t a = next32() >> 5;
    const std::uint32_t b = next32() >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

double Random::gauss() {
    if (m_hasGauss) {
        m_hasGauss = false;
        return m_gauss;
    }
    double x1, x2, r2;
    do {
        x1 = 2.0 * uniform() - 1.0;
        x2 = 2.0 * uniform() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    m_gauss = f * x1;
    m_hasGauss = true;
    return f * x2;
}

std::uint64_t Random::interval(std::uint64_t max) {
    if (max == 0) return 0;
    std::uint64_t mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    std::uint64_t value;
    if (max <= 0xffffffffULL) {
        while ((value = (next32() & mask)) > max) {
        }
    } else {
        do {
            const std::uint64_t hi = next32();
            value = ((hi << 32) | next32()) & mask;
        } while (value > max);
    }
    return value;
}

std::vector<int> Random::permutation(int n) {
    std::vector<int> order(static_cast<std::size_t>(std::max(n, 0)));
    std::iota(order.begin(), order.end(), 0);
    shuffle(order);
    return order;
}

std::vector<int> Random::sample(int n, int count) {
    std::vector<int> order = permutation(n);
    if (count < n) order.resize(static_cast<std::size_t>(std::max(count, 0)));
    std::sort(order.begin(), order.end());
    return order;
}

std::uint64_t deriveSeed(std::uint64_t base, std::uint64_t index) {
    // splitmix64 finaliser: distinct, well-mixed seeds for neighbouring indices.
    std::uint64_t z = base + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return (z ^ (z >> 31)) & 0xffffffffULL;
}

}  // namespace latentlab
