#include "Fft.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace latentlab {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kHalfSqrt3 = 0.86602540378443864676;

/// One radix-r pass over all m = n / r butterfly groups: inputs t * m + p, outputs
/// r * p + u (in units of `block` values), outputs multiplied by twiddle^(p u).
template <int R>
void pass(const double* xr, const double* xi, double* yr, double* yi, int m, int block,
          const double* twiddleCos, const double* twiddleSin, double sign) {
    for (int p = 0; p < m; ++p) {
        const double* ar[R];
        const double* ai[R];
        double* br[R];
        double* bi[R];
        double wr[R], wi[R];
        wr[0] = 1.0;
        wi[0] = 0.0;
        for (int t = 0; t < R; ++t) {
            ar[t] = xr + static_cast<std::size_t>(p + t * m) * block;
            ai[t] = xi + static_cast<std::size_t>(p + t * m) * block;
            br[t] = yr + static_cast<std::size_t>(R * p + t) * block;
            bi[t] = yi + static_cast<std::size_t>(R * p + t) * block;
            if (t > 0) {
                wr[t] = twiddleCos[p * (R - 1) + t - 1];
                wi[t] = -sign * twiddleSin[p * (R - 1) + t - 1];
            }
        }
        if constexpr (R == 2) {
#pragma omp simd
            for (int v = 0; v < block; ++v) {
                const double dr = ar[0][v] - ar[1][v], di = ai[0][v] - ai[1][v];
                br[0][v] = ar[0][v] + ar[1][v];
                bi[0][v] = ai[0][v] + ai[1][v];
                br[1][v] = dr * wr[1] - di * wi[1];
                bi[1][v] = dr * wi[1] + di * wr[1];
            }
        } else if constexpr (R == 3) {
#pragma omp simd
            for (int v = 0; v < block; ++v) {
                const double sr = ar[1][v] + ar[2][v], si = ai[1][v] + ai[2][v];
                const double dr = kHalfSqrt3 * (ar[1][v] - ar[2][v]);
                const double di = kHalfSqrt3 * (ai[1][v] - ai[2][v]);
                const double mr = ar[0][v] - 0.5 * sr, mi = ai[0][v] - 0.5 * si;
                br[0][v] = ar[0][v] + sr;
                bi[0][v] = ai[0][v] + si;
                // b1 = m - i sign d, b2 = m + i sign d
                const double c1r = mr + sign * di, c1i = mi - sign * dr;
                const double c2r = mr - sign * di, c2i = mi + sign * dr;
                br[1][v] = c1r * wr[1] - c1i * wi[1];
                bi[1][v] = c1r * wi[1] + c1i * wr[1];
                br[2][v] = c2r * wr[2] - c2i * wi[2];
                bi[2][v] = c2r * wi[2] + c2i * wr[2];
            }
        } else {
#pragma omp simd
            for (int v = 0; v < block; ++v) {
                const double t0r = ar[0][v] + ar[2][v], t0i = ai[0][v] + ai[2][v];
                const double t1r = ar[0][v] - ar[2][v], t1i = ai[0][v] - ai[2][v];
                const double t2r = ar[1][v] + ar[3][v], t2i = ai[1][v] + ai[3][v];
                const double t3r = ar[1][v] - ar[3][v], t3i = ai[1][v] - ai[3][v];
                br[0][v] = t0r + t2r;
                bi[0][v] = t0i + t2i;
                const double c2r = t0r - t2r, c2i = t0i - t2i;
                // b1 = t1 - i sign t3, b3 = t1 + i sign t3
                const double c1r = t1r + sign * t3i, c1i = t1i - sign * t3r;
                const double c3r = t1r - sign * t3i, c3i = t1i + sign * t3r;
                br[1][v] = c1r * wr[1] - c1i * wi[1];
                bi[1][v] = c1r * wi[1] + c1i * wr[1];
                br[2][v] = c2r * wr[2] - c2i * wi[2];
                bi[2][v] = c2r * wi[2] + c2i * wr[2];
                br[3][v] = c3r * wr[3] - c3i * wi[3];
                bi[3][v] = c3r * wi[3] + c3i * wr[3];
            }
        }
    }
}

}  // namespace

int BatchedFft::goodSize(int atLeast) {
    int best = 1;
    while (best < atLeast) best *= 2;
    for (int three = 1; three < atLeast; three *= 3) {
        int candidate = three;
        while (candidate < atLeast) candidate *= 2;
        best = std::min(best, candidate);
    }
    return best;
}

BatchedFft::BatchedFft(int size) : m_size(size) {
    int rest = size;
    std::vector<int> radices;
    while (rest % 4 == 0) {
        radices.push_back(4);
        rest /= 4;
    }
    while (rest % 2 == 0) {
        radices.push_back(2);
        rest /= 2;
    }
    while (rest % 3 == 0) {
        radices.push_back(3);
        rest /= 3;
    }
    if (size < 1 || rest != 1)
        throw std::invalid_argument("BatchedFft: " + std::to_string(size) + " is not 2^a 3^b");
    int n = size;
    for (int radix : radices) {
        const int m = n / radix;
        m_stages.push_back({radix, n, static_cast<int>(m_cos.size())});
        for (int p = 0; p < m; ++p)
            for (int u = 1; u < radix; ++u) {
                const double angle = 2.0 * kPi * double(p) * double(u) / double(n);
                m_cos.push_back(std::cos(angle));
                m_sin.push_back(std::sin(angle));
            }
        n = m;
    }
}

void BatchedFft::transform(double* re, double* im, int lanes, bool inverse, double* scratchRe,
                           double* scratchIm) const {
    const double sign = inverse ? -1.0 : 1.0;
    double *xr = re, *xi = im, *yr = scratchRe, *yi = scratchIm;
    int stride = 1;  // elements between the sequences of one sub-transform
    for (const Stage& stage : m_stages) {
        const int m = stage.length / stage.radix;
        const int block = stride * lanes;
        const double* c = m_cos.data() + stage.twiddleBase;
        const double* s = m_sin.data() + stage.twiddleBase;
        switch (stage.radix) {
            case 4:
                pass<4>(xr, xi, yr, yi, m, block, c, s, sign);
                break;
            case 2:
                pass<2>(xr, xi, yr, yi, m, block, c, s, sign);
                break;
            default:
                pass<3>(xr, xi, yr, yi, m, block, c, s, sign);
                break;
        }
        std::swap(xr, yr);
        std::swap(xi, yi);
        stride *= stage.radix;
    }
    if (xr != re) {
        std::copy(xr, xr + static_cast<std::size_t>(m_size) * lanes, re);
        std::copy(xi, xi + static_cast<std::size_t>(m_size) * lanes, im);
    }
}

}  // namespace latentlab
