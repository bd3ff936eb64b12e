// scanpy's preprocessing recipe on a sparse cells x genes matrix, step by step: filter cells
// and genes, normalize_total + log1p, highly variable genes, then only the chosen genes
// become dense, z-scored and clipped: the matrix PCA and the other methods start from.
//
//   ExpressionRecipe recipe(options);
//   PreparedExpression prepared = recipe.run(std::move(data.values));  // takes the matrix over
//   // prepared.matrix: prepared.keptCells.size() x prepared.selectedGenes.size()
#pragma once

#include "ExpressionFilter.h"
#include "GeneSelection.h"
#include "LibraryNormalization.h"
#include "SparseMatrix.h"

#include <Eigen/Core>
#include <vector>

namespace latentlab {

struct ExpressionRecipeOptions {
    ExpressionFilterOptions filter;             ///< min_genes, min_cells (both off)
    LibraryNormalizationOptions normalization;  ///< normalize_total (off), log1p (on)
    GeneSelectionOptions selection;             ///< top_genes (all), gene_selection (seurat)
    /// z-score each chosen gene (mean 0, population sd 1; a constant gene becomes 0), as
    /// scanpy's pp.scale.
    bool zscore = true;
    /// clip: after the z-score every value is clipped to [-clip, clip]; 0 = off.
    double clip = 0.0;
};

/// What metrics.json reports about the preprocessing.
struct PreprocessingCounts {
    int cellsIn = 0;
    int cellsKept = 0;
    int genesIn = 0;
    int genesKept = 0;  ///< after min_cells
    int genesSelected = 0;
};

struct PreparedExpression {
    Eigen::MatrixXd matrix;          ///< kept cells x selected genes, scaled and clipped
    std::vector<int> keptCells;      ///< rows of the input, ascending (names, labels follow)
    std::vector<int> keptGenes;      ///< columns of the input that passed min_cells
    std::vector<int> selectedGenes;  ///< columns of the input in `matrix`, ascending
    GeneTable genes;                 ///< one row per kept gene; gene[] are input columns
    PreprocessingCounts counts;
};

class ExpressionRecipe {
public:
    /// Checks every option (ConfigError naming the key).
    explicit ExpressionRecipe(ExpressionRecipeOptions options = {});

    /// Runs the steps in place on the matrix it is given: move the reader's matrix in, and
    /// no full-size copy is ever made; the dense matrix holds the selected genes only.
    /// Throws DataError for a non-finite value (naming its cell and gene) and when the
    /// filters leave fewer than 2 cells or no gene.
    PreparedExpression run(SparseMatrix values) const;

    const ExpressionRecipeOptions& options() const { return m_options; }

private:
    ExpressionRecipeOptions m_options;
};

}  // namespace latentlab
