#include "LibraryNormalization.h"

#include "Errors.h"

#include <cmath>
#include <string>

namespace latentlab {

LibraryNormalization::LibraryNormalization(LibraryNormalizationOptions options)
    : m_options(options) {
    if (!(m_options.targetSum >= 0.0) || !std::isfinite(m_options.targetSum))
        throw ConfigError("normalize_total = " + std::to_string(m_options.targetSum) +
                          ": must be 0 (off) or a positive total per cell");
}

std::vector<double> LibraryNormalization::rowTotals(const SparseMatrix& values) {
    std::vector<double> totals(std::size_t(values.rows()), 0.0);
    for (int row = 0; row < values.rows(); ++row) {
        double sum = 0.0;
        for (std::int64_t k = values.rowStart(row); k < values.rowEnd(row); ++k)
            sum += values.values[std::size_t(k)];
        totals[std::size_t(row)] = sum;
    }
    return totals;
}

void LibraryNormalization::apply(SparseMatrix& values) const {
    const double target = m_options.targetSum;
    const bool log = m_options.log1p;
    if (target == 0.0 && !log) return;
    const int rows = values.rows();
#pragma omp parallel for schedule(static) if (values.nonZeros() > 100000)
    for (int row = 0; row < rows; ++row) {
        const std::size_t start = std::size_t(values.rowStart(row));
        const std::size_t end = std::size_t(values.rowEnd(row));
        double factor = 1.0;
        if (target > 0.0) {
            double total = 0.0;
            for (std::size_t k = start; k < end; ++k) total += values.values[k];
            // target / total first, then one multiplication per value: the reference's
            // diags(target / totals) @ X, to the last bit.
            if (total != 0.0) factor = target / total;
        }
        for (std::size_t k = start; k < end; ++k) {
            const double scaled = values.values[k] * factor;
            values.values[k] = log ? std::log1p(scaled) : scaled;
        }
    }
}

}  // namespace latentlab
