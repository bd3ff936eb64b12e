// Library-size normalisation and log transform of a sparse expression matrix, in place:
// scanpy's normalize_total(target_sum) (each cell scaled so its values sum to the target)
// followed by log1p (natural log of 1 + x). Zeros stay zeros, so the matrix stays sparse.
//
//   LibraryNormalization normalization({/*targetSum=*/1e4, /*log1p=*/true});
//   normalization.apply(filtered.values);
//   std::vector<double> totals = LibraryNormalization::rowTotals(counts);
#pragma once

#include "SparseMatrix.h"

#include <vector>

namespace latentlab {

struct LibraryNormalizationOptions {
    /// normalize_total: each cell's values are scaled to sum to this; 0 = off. A cell whose
    /// values sum to 0 is left as it is (as scanpy does), not divided by zero.
    double targetSum = 0.0;
    /// log1p: x -> log(1 + x) after the scaling (natural log, as numpy's log1p).
    bool log1p = true;
};

class LibraryNormalization {
public:
    /// Throws ConfigError for a negative or non-finite target sum.
    explicit LibraryNormalization(LibraryNormalizationOptions options = {});

    /// Normalises the stored values in place; rows are independent and run in parallel
    /// (each value's arithmetic is the same whatever the thread count).
    void apply(SparseMatrix& values) const;

    /// The sum of each row (library size), summed in column order.
    static std::vector<double> rowTotals(const SparseMatrix& values);

    const LibraryNormalizationOptions& options() const { return m_options; }

private:
    LibraryNormalizationOptions m_options;
};

}  // namespace latentlab
