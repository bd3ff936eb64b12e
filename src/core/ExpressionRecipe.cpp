#include "ExpressionRecipe.h"

#include "Errors.h"
#include "Scaler.h"

#include <cmath>
#include <string>

namespace latentlab {

namespace {

/// A NaN or infinity would silently spread through every gene's score and the bins.
void requireFinite(const SparseMatrix& m) {
    for (int row = 0; row < m.rows(); ++row)
        for (std::int64_t k = m.rowStart(row); k < m.rowEnd(row); ++k)
            if (!std::isfinite(m.values[std::size_t(k)]))
                throw DataError("cell " + std::to_string(row + 1) + ", gene " +
                                std::to_string(m.indices[std::size_t(k)] + 1) +
                                ": the value is not a finite number");
}

void releaseUnused(SparseMatrix& m) {
    m.values.shrink_to_fit();
    m.indices.shrink_to_fit();
    m.indptr.shrink_to_fit();
}

}  // namespace

ExpressionRecipe::ExpressionRecipe(ExpressionRecipeOptions options) : m_options(options) {
    // The steps' own constructors check their options.
    ExpressionFilter{m_options.filter};
    LibraryNormalization{m_options.normalization};
    GeneSelection{m_options.selection};
    if (!(m_options.clip >= 0.0))
        throw ConfigError("clip = " + std::to_string(m_options.clip) +
                          ": must be 0 (off) or a positive bound");
}

PreparedExpression ExpressionRecipe::run(SparseMatrix values) const {
    PreparedExpression out;
    out.counts.cellsIn = values.rows();
    out.counts.genesIn = values.columns();
    requireFinite(values);

    FilteredExpression filtered = ExpressionFilter(m_options.filter).apply(std::move(values));
    out.keptCells = std::move(filtered.keptCells);
    out.keptGenes = std::move(filtered.keptGenes);
    out.counts.cellsKept = int(out.keptCells.size());
    out.counts.genesKept = int(out.keptGenes.size());
    if (out.counts.cellsKept < 2)
        throw DataError("min_genes = " + std::to_string(m_options.filter.minGenes) + " keeps " +
                        std::to_string(out.counts.cellsKept) + " of " +
                        std::to_string(out.counts.cellsIn) +
                        " cells; at least 2 are needed: lower min_genes");
    if (out.counts.genesKept == 0)
        throw DataError("min_cells = " + std::to_string(m_options.filter.minCells) +
                        " keeps no gene: lower min_cells");

    SparseMatrix& matrix = filtered.values;
    LibraryNormalization(m_options.normalization).apply(matrix);
    out.genes = GeneSelection(m_options.selection).apply(matrix);

    // Only the chosen genes are compacted, shrunk and made dense, so the peak is the input
    // plus the selected genes' share, never input plus a dense copy.
    std::vector<bool> chosen(out.genes.highlyVariable.begin(), out.genes.highlyVariable.end());
    matrix = std::move(matrix).keepColumns(chosen);
    releaseUnused(matrix);
    std::vector<int> all(std::size_t(matrix.columns()));
    for (std::size_t j = 0; j < all.size(); ++j) all[j] = int(j);
    out.matrix = matrix.denseColumns(all);
    matrix = SparseMatrix();

    for (std::size_t g = 0; g < out.genes.gene.size(); ++g) {
        out.genes.gene[g] = out.keptGenes[std::size_t(out.genes.gene[g])];
        if (out.genes.highlyVariable[g]) out.selectedGenes.push_back(out.genes.gene[g]);
    }
    out.counts.genesSelected = int(out.selectedGenes.size());

    if (m_options.zscore) {
        Scaler scaler(Scaling::ZScore);
        scaler.fit(out.matrix);
        scaler.transformInPlace(out.matrix);
    }
    Scaler::clip(out.matrix, m_options.clip);
    return out;
}

}  // namespace latentlab
