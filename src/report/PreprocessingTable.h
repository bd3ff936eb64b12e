// The report's account of the expression recipe: each step with its setting and what was
// left after it, in the order the run applied them (as scanpy's pp.filter_cells,
// filter_genes, normalize_total, log1p, highly_variable_genes, scale would have).
//
//   if (result.data.expression) blocks.push_back(ReportBlock::ofTable(preprocessingTable(result)));
#pragma once

#include "ReportDocument.h"
#include "Result.h"

namespace latentlab::report {

/// Empty rows when the run's data did not go through the recipe.
ReportTable preprocessingTable(const Result& result);

}  // namespace latentlab::report
