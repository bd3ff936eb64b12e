// Scores every gene of a cells x genes sparse matrix and keeps the most variable ones:
// scanpy's highly_variable_genes(flavor="seurat") for log-normalised counts, or a plain
// ranking by variance for tables that are already on their final scale (microarrays).
//
//   GeneSelection selection({/*topGenes=*/2000, GeneSelectionFlavor::Seurat});
//   GeneTable table = selection.apply(normalised);   // one row per column of `normalised`
//   Eigen::MatrixXd chosen = normalised.denseColumns(table.selected());
#pragma once

#include "SparseMatrix.h"

#include <vector>

namespace latentlab {

enum class GeneSelectionFlavor {
    /// scanpy's "seurat": dispersion of expm1(x), normalised within bins of mean expression.
    Seurat,
    /// The variance of the values as they are (no expm1, no binning).
    Variance
};

struct GeneSelectionOptions {
    /// top_genes: how many genes to keep; 0 = all of them (every gene is marked chosen).
    /// Ties at the cut-off are all kept under Seurat (as scanpy), broken by column under
    /// Variance (exactly topGenes are kept).
    int topGenes = 0;
    /// gene_selection: seurat | variance.
    GeneSelectionFlavor flavor = GeneSelectionFlavor::Seurat;
    /// Seurat only: equal-width bins of the log1p means (scanpy's n_bins).
    int bins = 20;
};

/// scanpy's var columns after highly_variable_genes, one entry per gene (column).
struct GeneTable {
    std::vector<int> gene;  ///< column of the gene (the recipe maps it to the input's)
    /// Seurat: log1p of the mean of expm1(x); Variance: the mean of x.
    std::vector<double> means;
    /// Seurat: log of variance / mean of expm1(x) (NaN for a zero dispersion); Variance: NaN.
    std::vector<double> dispersions;
    /// Seurat: the dispersion z-scored within its mean bin (1 for a gene alone in its bin,
    /// NaN if its dispersion is NaN); Variance: NaN.
    std::vector<double> dispersionsNorm;
    /// Variance (ddof 1) of expm1(x) (Seurat) or of x (Variance).
    std::vector<double> variances;
    std::vector<bool> highlyVariable;  ///< chosen

    int genes() const { return int(gene.size()); }
    /// Columns of the chosen genes, ascending.
    std::vector<int> selected() const;
};

class GeneSelection {
public:
    /// Throws ConfigError for a negative topGenes or fewer than one bin.
    explicit GeneSelection(GeneSelectionOptions options = {});

    /// Scores and chooses. Throws DataError for fewer than 2 cells, or when topGenes > 0
    /// and no gene has a finite score.
    GeneTable apply(const SparseMatrix& values) const;

    /// The Seurat statistics and choice (values are log1p-normalised counts).
    static GeneTable seurat(const SparseMatrix& values, int topGenes, int bins = 20);
    /// The variance ranking (values on their final scale).
    static GeneTable variance(const SparseMatrix& values, int topGenes);

    /// Bin of each value among `bins` equal-width bins over [min, max], as pandas.cut(x,
    /// bins) assigns them: right-closed, the lowest edge lowered by 0.1 % of the range.
    static std::vector<int> equalWidthBins(const std::vector<double>& x, int bins);

    const GeneSelectionOptions& options() const { return m_options; }

private:
    GeneSelectionOptions m_options;
};

}  // namespace latentlab
