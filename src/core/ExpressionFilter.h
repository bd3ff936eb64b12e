// Drops poorly detected cells, then rarely detected genes, from a sparse expression matrix:
// scanpy's filter_cells(min_genes) followed by filter_genes(min_cells), in the order its
// recipes use, so the gene filter counts only the cells that were kept.
//
//   ExpressionFilter filter({/*minGenes=*/200, /*minCells=*/3});
//   FilteredExpression kept = filter.apply(std::move(counts));
//   // kept.values is kept.keptCells.size() x kept.keptGenes.size()
#pragma once

#include "SparseMatrix.h"

#include <vector>

namespace latentlab {

struct ExpressionFilterOptions {
    /// min_genes: a cell with fewer non-zero genes than this is dropped; 0 = off.
    int minGenes = 0;
    /// min_cells: a gene non-zero in fewer of the kept cells than this is dropped; 0 = off.
    int minCells = 0;
};

struct FilteredExpression {
    SparseMatrix values;         ///< kept cells x kept genes
    std::vector<int> keptCells;  ///< rows of the input that were kept, ascending
    std::vector<int> keptGenes;  ///< columns of the input that were kept, ascending
};

class ExpressionFilter {
public:
    /// Throws ConfigError for a negative threshold.
    explicit ExpressionFilter(ExpressionFilterOptions options = {});

    /// Filters in place (the matrix is taken over, not copied): one pass over the row
    /// offsets for the cells, one over the non-zeros for the genes, one to compact.
    FilteredExpression apply(SparseMatrix values) const;

    /// Non-zero entries per column (genes detected in how many cells), counting only rows
    /// where keepRow is true (all rows if it is empty).
    static std::vector<int> nonZerosPerColumn(const SparseMatrix& values,
                                              const std::vector<bool>& keepRow = {});

    const ExpressionFilterOptions& options() const { return m_options; }

private:
    ExpressionFilterOptions m_options;
};

}  // namespace latentlab
