#include "ExpressionFilter.h"

#include "Errors.h"

#include <string>

namespace latentlab {

ExpressionFilter::ExpressionFilter(ExpressionFilterOptions options) : m_options(options) {
    if (m_options.minGenes < 0)
        throw ConfigError("min_genes = " + std::to_string(m_options.minGenes) +
                          ": must be 0 (off) or a positive number of genes");
    if (m_options.minCells < 0)
        throw ConfigError("min_cells = " + std::to_string(m_options.minCells) +
                          ": must be 0 (off) or a positive number of cells");
}

std::vector<int> ExpressionFilter::nonZerosPerColumn(const SparseMatrix& values,
                                                     const std::vector<bool>& keepRow) {
    std::vector<int> count(std::size_t(values.columns()), 0);
    for (int row = 0; row < values.rows(); ++row) {
        if (!keepRow.empty() && !keepRow[std::size_t(row)]) continue;
        for (std::int64_t k = values.rowStart(row); k < values.rowEnd(row); ++k)
            ++count[std::size_t(values.indices[std::size_t(k)])];
    }
    return count;
}

FilteredExpression ExpressionFilter::apply(SparseMatrix values) const {
    // Stored entries count as detected, as scanpy counts them (explicit zeros are not
    // stored by SparseMatrix in the first place).
    std::vector<bool> keepCell(std::size_t(values.rows()));
    FilteredExpression out;
    for (int row = 0; row < values.rows(); ++row) {
        keepCell[std::size_t(row)] =
            values.rowEnd(row) - values.rowStart(row) >= std::int64_t(m_options.minGenes);
        if (keepCell[std::size_t(row)]) out.keptCells.push_back(row);
    }
    const std::vector<int> detected = nonZerosPerColumn(values, keepCell);
    std::vector<bool> keepGene(std::size_t(values.columns()));
    for (int j = 0; j < values.columns(); ++j) {
        keepGene[std::size_t(j)] = detected[std::size_t(j)] >= m_options.minCells;
        if (keepGene[std::size_t(j)]) out.keptGenes.push_back(j);
    }
    out.values = std::move(values).keepRows(keepCell).keepColumns(keepGene);
    return out;
}

}  // namespace latentlab
