// Complex FFTs of one length N = 2^a 3^b applied to many sequences at once: the sequences
// are interleaved ("lanes"), element k of lane l at k * lanes + l, real and imaginary parts
// in separate arrays, so every butterfly is a loop over lanes that the compiler vectorises.
// A Stockham (self-sorting) radix-4/2/3 algorithm; unnormalised in both directions.
//
//   BatchedFft fft(BatchedFft::goodSize(500));        // 512
//   fft.transform(re, im, lanes, false, scratchRe, scratchIm);   // forward, exp(-2 pi i jk/N)
//   fft.transform(re, im, lanes, true, scratchRe, scratchIm);    // inverse: N x the input
#pragma once

#include <vector>

namespace latentlab {

class BatchedFft {
public:
    /// size must be 2^a 3^b (goodSize); throws std::invalid_argument otherwise.
    explicit BatchedFft(int size);

    /// The smallest 2^a 3^b >= atLeast.
    static int goodSize(int atLeast);

    int size() const { return m_size; }

    /// In place on size() x lanes values (element k of lane l at k * lanes + l); the two
    /// scratch arrays hold as many values each. Thread-safe (the object is only read).
    void transform(double* re, double* im, int lanes, bool inverse, double* scratchRe,
                   double* scratchIm) const;

private:
    struct Stage {
        int radix;
        int length;       ///< n: the length of the sub-transforms this stage splits
        int twiddleBase;  ///< offset of (n / radix) * (radix - 1) twiddles, p-major
    };

    int m_size;
    std::vector<Stage> m_stages;
    std::vector<double> m_cos, m_sin;  ///< exp(-2 pi i p u / n) = cos - i sin
};

}  // namespace latentlab
