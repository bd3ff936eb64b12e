#include "GridConvolution.h"

#include <algorithm>
#include <cstddef>

namespace latentlab {
namespace {

// Sequences transformed side by side: 16 doubles are two AVX-512 registers, and a block of
// M x 16 complex values (with its scratch) stays in L2 for M up to about 1000.
constexpr int kLanes = 16;

/// Per-thread block and scratch buffers, kept between calls (no page faults per pass).
struct Workspace {
    std::vector<double> re, im, scratchRe, scratchIm;
    void reserve(std::size_t values) {
        if (re.size() >= values) return;
        re.resize(values);
        im.resize(values);
        scratchRe.resize(values);
        scratchIm.resize(values);
    }
};

Workspace& workspace(std::size_t values) {
    static thread_local Workspace work;
    work.reserve(values);
    return work;
}

}  // namespace

FarKernels::FarKernels(double coreRadius)
    : coreSquared(coreRadius * coreRadius), inverse(1.0 / (1.0 + coreRadius * coreRadius)) {}

double FarKernels::potential(double s) const {
    if (s >= coreSquared) return 1.0 / (1.0 + s);
    const double x = (coreSquared - s) * inverse;
    return inverse * (1.0 + x * (1.0 + x * (1.0 + x * (1.0 + x))));
}

double FarKernels::field(double s) const {
    if (s >= coreSquared) {
        const double k = 1.0 / (1.0 + s);
        return k * k;
    }
    const double x = (coreSquared - s) * inverse;
    return inverse * inverse * (1.0 + x * (2.0 + x * (3.0 + x * 4.0)));
}

void GridConvolution::setGrid(int n, double h, double coreRadius) {
    if (n == m_n && h == m_h && coreRadius == m_coreRadius) return;
    m_n = n;
    m_h = h;
    m_coreRadius = coreRadius;
    const int size = BatchedFft::goodSize(2 * n);
    if (size != m_size) {
        m_size = size;
        m_fft = std::make_unique<BatchedFft>(size);
    }
    // The kernels at every offset the circulant embedding holds: index a is offset a or
    // a - M, whichever is shorter (a = M / 2 is never reached: the odd kernels are 0 there).
    const FarKernels kernels(coreRadius);
    const std::size_t cells = std::size_t(size) * size;
    std::vector<double> potential(cells), zero(cells, 0.0), fieldX(cells), fieldY(cells);
    for (int a = 0; a < size; ++a) {
        const int da = a <= size / 2 ? a : a - size;
        for (int b = 0; b < size; ++b) {
            const int db = b <= size / 2 ? b : b - size;
            const double dy = da * h, dx = db * h;
            const double s = dx * dx + dy * dy, g = kernels.field(s);
            const std::size_t at = std::size_t(a) * size + b;
            potential[at] = kernels.potential(s);
            fieldX[at] = 2 * b == size ? 0.0 : g * dx;
            fieldY[at] = 2 * a == size ? 0.0 : g * dy;
        }
    }
    Spectrum even, odd;
    forwardFull(potential, zero, even);
    forwardFull(fieldX, fieldY, odd);
    // FFT(K) = Kh (real), FFT(Gx + i Gy) = i kx - ky. The convolve() products use Kh - kx
    // and ky, with the inverse transform's 1 / M^2 folded in.
    const double scale = 1.0 / double(cells);
    m_potentialMinusX.resize(cells);
    m_fieldY.resize(cells);
    for (std::size_t c = 0; c < cells; ++c) {
        m_potentialMinusX[c] = (even.re[c] - odd.im[c]) * scale;
        m_fieldY[c] = -odd.re[c] * scale;
    }
}

void GridConvolution::forwardFull(const std::vector<double>& re, const std::vector<double>& im,
                                  Spectrum& out) const {
    out.resize(re.size());
    alongRows(out, m_size, false, re.data(), im.data(), m_size);
    alongColumns(out, m_size, m_size, false, nullptr, nullptr);
}

void GridConvolution::alongRows(Spectrum& s, int rows, bool inverse, const double* sourceRe,
                                const double* sourceIm, int sourceColumns) const {
    const int size = m_size;
    const int blocks = (rows + kLanes - 1) / kLanes;
#pragma omp parallel for schedule(static) if (blocks > 1)
    for (int block = 0; block < blocks; ++block) {
        Workspace& work = workspace(std::size_t(size) * kLanes);
        const int first = block * kLanes, lanes = std::min(kLanes, rows - first);
        for (int l = 0; l < lanes; ++l) {
            const std::size_t row = std::size_t(first + l);
            for (int k = 0; k < size; ++k) {
                double re, im;
                if (sourceRe) {
                    const bool inside = k < sourceColumns;
                    re = inside ? sourceRe[row * sourceColumns + k] : 0.0;
                    im = inside && sourceIm ? sourceIm[row * sourceColumns + k] : 0.0;
                } else {
                    re = s.re[row * size + k];
                    im = s.im[row * size + k];
                }
                work.re[std::size_t(k) * lanes + l] = re;
                work.im[std::size_t(k) * lanes + l] = im;
            }
        }
        m_fft->transform(work.re.data(), work.im.data(), lanes, inverse, work.scratchRe.data(),
                         work.scratchIm.data());
        for (int l = 0; l < lanes; ++l) {
            const std::size_t row = std::size_t(first + l);
            for (int k = 0; k < size; ++k) {
                s.re[row * size + k] = work.re[std::size_t(k) * lanes + l];
                s.im[row * size + k] = work.im[std::size_t(k) * lanes + l];
            }
        }
    }
}

void GridConvolution::alongColumns(Spectrum& s, int columns, int validRows, bool inverse,
                                   double* cornerRe, double* cornerIm) const {
    const int size = m_size, n = m_n;
    const int blocks = (columns + kLanes - 1) / kLanes;
#pragma omp parallel for schedule(static) if (blocks > 1)
    for (int block = 0; block < blocks; ++block) {
        Workspace& work = workspace(std::size_t(size) * kLanes);
        const int first = block * kLanes, lanes = std::min(kLanes, columns - first);
        for (int k = 0; k < size; ++k) {
            double* re = &work.re[std::size_t(k) * lanes];
            double* im = &work.im[std::size_t(k) * lanes];
            if (k < validRows) {
                std::copy_n(&s.re[std::size_t(k) * size + first], lanes, re);
                std::copy_n(&s.im[std::size_t(k) * size + first], lanes, im);
            } else {
                std::fill_n(re, lanes, 0.0);
                std::fill_n(im, lanes, 0.0);
            }
        }
        m_fft->transform(work.re.data(), work.im.data(), lanes, inverse, work.scratchRe.data(),
                         work.scratchIm.data());
        for (int k = 0; k < (cornerRe ? n : size); ++k) {
            const double* re = &work.re[std::size_t(k) * lanes];
            const double* im = &work.im[std::size_t(k) * lanes];
            if (cornerRe) {
                std::copy_n(re, lanes, &cornerRe[std::size_t(k) * n + first]);
                if (cornerIm) std::copy_n(im, lanes, &cornerIm[std::size_t(k) * n + first]);
            } else {
                std::copy_n(re, lanes, &s.re[std::size_t(k) * size + first]);
                std::copy_n(im, lanes, &s.im[std::size_t(k) * size + first]);
            }
        }
    }
}

void GridConvolution::convolve(const double* charges, double* potential, double* fieldX,
                               double* fieldY) {
    const std::size_t cells = std::size_t(m_size) * m_size;
    m_charges.resize(cells);
    m_other.resize(cells);
    // The padding rows stay zero through the row pass: only the n grid rows are done.
    alongRows(m_charges, m_n, false, charges, nullptr, m_n);
    alongColumns(m_charges, m_size, m_n, false, nullptr, nullptr);
    // C (Kh - kx) inverts to K*q + i (G dx)*q and i ky C to (G dy)*q, all three real.
#pragma omp parallel for schedule(static)
    for (std::ptrdiff_t c = 0; c < std::ptrdiff_t(cells); ++c) {
        const double re = m_charges.re[c], im = m_charges.im[c];
        m_other.re[c] = -m_fieldY[c] * im;
        m_other.im[c] = m_fieldY[c] * re;
        m_charges.re[c] = m_potentialMinusX[c] * re;
        m_charges.im[c] = m_potentialMinusX[c] * im;
    }
    alongRows(m_charges, m_size, true, nullptr, nullptr, 0);
    alongColumns(m_charges, m_n, m_size, true, potential, fieldX);
    alongRows(m_other, m_size, true, nullptr, nullptr, 0);
    alongColumns(m_other, m_n, m_size, true, fieldY, nullptr);
}

}  // namespace latentlab
