// What UMAP and t-SNE run on: scanpy computes their neighbours on obsm["X_pca"] (50
// components) whenever the data has more than 50 columns, because on thousands of genes the
// distances are mostly noise; the scaled data itself otherwise. umap.pcs / tsne.pcs override.
//
//   Eigen::MatrixXd input = neighborInputMatrix(scaled, config.umapInput, result, &note);
#pragma once

#include "Config.h"
#include "Result.h"

#include <Eigen/Core>
#include <string>

namespace latentlab {

/// Principal components to use for `pcs` on data with `columns` columns (0: none).
int resolvedPcs(int pcs, Eigen::Index columns);

/// `scaled`, or its first resolvedPcs() principal components: those of the run's own PCA
/// when it has exactly that many, else a PCA fitted here. Sets `note` to say which.
Eigen::MatrixXd neighborInputMatrix(const Eigen::MatrixXd& scaled, const NeighborInput& input,
                                    const Result& result, std::string* note);

}  // namespace latentlab
