// An expression matrix as the readers give it (AnnData .h5ad, 10x Matrix Market, CSV):
// cells x genes counts or values, still sparse, with the names and the per-cell annotation
// columns (AnnData's obs) that labels can come from. The recipe (filters, normalisation, gene
// selection) turns it into a dense Dataset of the chosen genes.
#pragma once

#include "SparseMatrix.h"

#include <string>
#include <vector>

namespace latentlab {

struct ExpressionData {
    /// A per-cell annotation: categoricals as their category text, numbers and booleans as
    /// text; an empty string is a missing value (a -1 code, NaN).
    struct Annotation {
        std::string name;
        std::vector<std::string> values;  ///< one per cell
    };

    SparseMatrix values;                 ///< cells x genes
    std::vector<std::string> cellNames;  ///< obs names / barcodes; may be empty
    std::vector<std::string> geneIds;    ///< var index / features.tsv column 1
    std::vector<std::string> geneNames;  ///< symbols (features.tsv column 2); may equal ids
    std::vector<Annotation> annotations;

    int cells() const { return values.rows(); }
    int genes() const { return values.columns(); }
    /// The annotation of that name, or null.
    const Annotation* annotation(const std::string& name) const {
        for (const Annotation& a : annotations)
            if (a.name == name) return &a;
        return nullptr;
    }
};

}  // namespace latentlab
