// The run folder's files for expression and AnnData users: genes.csv (scanpy's var columns
// after highly_variable_genes, one row per kept gene) and embeddings.h5ad (both latent spaces
// and their clusterings under scanpy's keys, readable by anndata.read_h5ad).
//
//   writeFileAtomically(dir.filePath("genes.csv"), genesCsv(*result.data.expression));
//   writeEmbeddingsH5ad(dir.filePath("embeddings.h5ad"), result, configJsonText);
#pragma once

#include "ExpressionSummary.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <string>

namespace latentlab::io {

/// gene,gene_id,means,dispersions,dispersions_norm,variances,highly_variable; NaN is an empty
/// cell, highly_variable is True / False as pandas writes it.
QByteArray genesCsv(const ExpressionSummary& summary);

/// obs: the row names (else "0", "1", ... as anndata numbers rows), categoricals label (if
/// labelled), kmeans_pca, kmeans_autoencoder; obsm X_pca (every component), X_autoencoder;
/// uns latentlab_config = `configJson`; no X. Throws WriteError.
void writeEmbeddingsH5ad(const QString& path, const Result& result, const std::string& configJson);

}  // namespace latentlab::io
