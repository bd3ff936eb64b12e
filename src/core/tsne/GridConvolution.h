// The grid half of t-SNE's FFT-accelerated repulsion: on an n x n grid of spacing h, the
// discrete convolutions of one charge grid with three kernels, the potential K(d) and the
// force field G(d) d_x, G(d) d_y, through 2-D FFTs of the grid zero-padded to M x M
// (M = 2^a 3^b >= 2n, so the circular convolution is the plain one). The kernels are
// t-SNE's, K = 1 / (1 + s) and G = K^2 with s = |d|^2, outside a core radius r_c; inside it
// they are flattened into the degree-4 Taylor polynomial of K in s at r_c^2 (and its
// derivative for G), smooth enough for the grid, and FarKernels gives the difference
// that a direct sum over near pairs adds back. r_c = 0: the plain kernels.
//
//   GridConvolution convolution;
//   convolution.setGrid(96, 1.0, 3.0);   // kernels' spectra, once per grid
//   convolution.convolve(charges, potential, fieldX, fieldY);   // n * n row-major each
#pragma once

#include "Fft.h"

#include <memory>
#include <vector>

namespace latentlab {

/// t-SNE's kernels and their flattened far parts for a core radius r_c (r_c = 0: none).
struct FarKernels {
    explicit FarKernels(double coreRadius);

    /// Far part of K and of G at squared distance s.
    double potential(double s) const;
    double field(double s) const;

    double coreSquared;  ///< r_c^2
    double inverse;      ///< 1 / (1 + r_c^2)
};

class GridConvolution {
public:
    /// Recomputes the kernels' spectra unless the grid is that of the last call.
    void setGrid(int n, double h, double coreRadius);
    int nodes() const { return m_n; }

    /// Row-major n x n grids (row = y node, column = x node).
    void convolve(const double* charges, double* potential, double* fieldX, double* fieldY);

private:
    /// A complex M x M array, real and imaginary parts apart, row-major.
    struct Spectrum {
        std::vector<double> re, im;
        void resize(std::size_t cells) {
            re.resize(cells);
            im.resize(cells);
        }
    };
    /// Transforms along x (within rows) for rows [0, rows) of `s`; with a source (rows of
    /// sourceColumns values, zero-padded; sourceIm may be null: zero) instead of `s` itself.
    void alongRows(Spectrum& s, int rows, bool inverse, const double* sourceRe,
                   const double* sourceIm, int sourceColumns) const;
    /// Transforms along y (within columns) for columns [0, columns); rows >= validRows of
    /// the input are taken as zero; with corner arrays, rows [0, n) go there (n x n).
    void alongColumns(Spectrum& s, int columns, int validRows, bool inverse, double* cornerRe,
                      double* cornerIm) const;
    /// The full forward 2-D FFT of M x M real grids re + i im.
    void forwardFull(const std::vector<double>& re, const std::vector<double>& im,
                     Spectrum& out) const;

    int m_n = 0;
    double m_h = 0.0, m_coreRadius = -1.0;
    int m_size = 0;  ///< M
    std::unique_ptr<BatchedFft> m_fft;
    /// Spectra over M^2: FFT(K) is real, FFT(G d_x) and FFT(G d_y) are imaginary.
    std::vector<double> m_potentialMinusX, m_fieldY;
    Spectrum m_charges, m_other;
};

}  // namespace latentlab
