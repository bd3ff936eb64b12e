// What the expression recipe did to a .h5ad, 10x or counts input, kept beside the Dataset so
// outputs (genes.csv, metrics.json's "preprocessing", sessions) can say it after the run.
//
//   auto summary = std::make_shared<ExpressionSummary>();
//   summary->counts = prepared.counts;  summary->geneNames = {...};  // one per kept gene
//   data.expression = summary;                                      // null for plain tables
#pragma once

#include "ExpressionRecipe.h"

#include <string>
#include <vector>

namespace latentlab {

struct ExpressionSummary {
    PreprocessingCounts counts;
    std::vector<std::string> geneNames;  ///< one per kept gene (after min_cells), in order
    std::vector<std::string> geneIds;    ///< the same genes' ids (var index, features.tsv col 1)
    /// One row per kept gene, in the same order; gene[] are positions among the kept genes.
    GeneTable genes;
};

}  // namespace latentlab
