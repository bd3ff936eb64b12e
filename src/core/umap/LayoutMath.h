// The layout's arithmetic, kept apart so its accuracy can be tested on its own: x^b for the
// attraction (double, ~1e-8 relative) and, for the negative samples, eight at a time in float
// (~1e-5 relative) with the compiler's vector extensions; and splitmix64 for the draws.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

namespace latentlab::layout {

/// log2(x) for a positive normal double: the exponent bits plus ln of the mantissa in
/// [sqrt(1/2), sqrt(2)) by the atanh series (error below 1e-9).
inline double log2Positive(double x) {
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
inline double exp2Of(double y) {
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

/// x^b for x > 0, ~1e-8 relative: 4x faster than std::pow.
inline double powPositive(double x, double b) { return exp2Of(b * log2Positive(x)); }

// Without AVX (a portable build) GCC notes that 32-byte vectors are passed differently from
// older compilers: irrelevant here, every function below is inline within one program.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

/// Eight floats, and eight ints of the same size, in one (AVX2) register; GCC's and Clang's
/// vector extensions, so the kernels below compile to SIMD with or without -march=native.
using Floats = float __attribute__((vector_size(32)));
using Ints = int __attribute__((vector_size(32)));
constexpr int kLanes = 8;

/// `mask ? yes : no` lane by lane, for a comparison's mask (-1 where true, 0 where false).
inline Floats select(Ints mask, Floats yes, Floats no) {
    return reinterpret_cast<Floats>((reinterpret_cast<Ints>(yes) & mask) |
                                    (reinterpret_cast<Ints>(no) & ~mask));
}

inline Floats splat(float value) { return Floats{} + value; }

/// x^b lane by lane for x > 0 (clamped to [1e-30, 1e30]), relative error below 1e-5: the
/// same exponent-and-series steps as powPositive, in float and without branches.
inline Floats powLanes(Floats x, float b) {
    x = select(x < 1e-30f, splat(1e-30f), select(x > 1e30f, splat(1e30f), x));
    const Ints bits = reinterpret_cast<Ints>(x);
    Ints exponent = (bits >> 23) - 127;
    Floats mantissa = reinterpret_cast<Floats>((bits & 0x007fffff) | 0x3f800000);
    const Ints high = mantissa > 1.41421356f;
    mantissa = select(high, mantissa * 0.5f, mantissa);
    exponent -= high;  // -1 where high: one more power of two
    const Floats s = (mantissa - 1.0f) / (mantissa + 1.0f), s2 = s * s;
    const Floats ln = 2.0f * s * (1.0f + s2 * (1.0f / 3 + s2 * (1.0f / 5 + s2 * (1.0f / 7))));
    Floats y = b * (__builtin_convertvector(exponent, Floats) + ln * 1.44269504f);
    y = select(y < -126.0f, splat(-126.0f), select(y > 126.0f, splat(126.0f), y));
    // Round to nearest by the 1.5 * 2^23 trick: exact for |y| < 2^22.
    const Floats whole = (y + 12582912.0f) - 12582912.0f;
    const Floats t = (y - whole) * 0.693147181f;
    const Floats series =
        1.0f +
        t * (1.0f +
             t * (0.5f + t * (1.0f / 6 + t * (1.0f / 24 + t * (1.0f / 120 + t * (1.0f / 720))))));
    const Ints scale = (__builtin_convertvector(whole, Ints) + 127) << 23;
    return series * reinterpret_cast<Floats>(scale);
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

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

}  // namespace latentlab::layout
