// Puts CSR arrays filled in file order into SparseMatrix's canonical form in place: each
// row's column indices increasing, duplicates summed (as scipy's sum_duplicates does), so
// readers can fill their final buffers directly and never hold a second copy.
//
//   std::vector<double> values; std::vector<int> indices; std::vector<std::int64_t> indptr;
//   ...fill row by row...
//   canonicaliseRows(values, indices, indptr);
#pragma once

#include <cstdint>
#include <vector>

namespace latentlab::io {

/// Sorts every row by column and sums repeated columns, shrinking the arrays if any were
/// repeated. Rows already in order cost one pass.
void canonicaliseRows(std::vector<double>& values, std::vector<int>& indices,
                      std::vector<std::int64_t>& indptr);

}  // namespace latentlab::io
