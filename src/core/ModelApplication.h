// Applies a saved model to new rows: matches the columns (reordering them if only the order
// differs), scales with the SAVED scaler, projects with PCA, encodes with the autoencoder,
// assigns each row to the nearest saved k-means centre, and scores the result on the new rows.
//
//   ModelApplication applied = applyModel(FittedModel::fromResult(session), newData);
//   applied.pca.clusters;                  // nearest saved PCA centre of each new row
//   applied.autoencoder.metrics.ari;       // NaN unless the new data has labels
#pragma once

#include "ColumnMatch.h"
#include "Dataset.h"
#include "FittedModel.h"
#include "Result.h"

#include <Eigen/Core>
#include <vector>

namespace latentlab {

/// One latent space of the new rows.
struct AppliedSpace {
    Eigen::MatrixXd embedding;         ///< rows x latent width
    std::vector<int> clusters;         ///< nearest saved centre, 0..k-1
    std::vector<int> clusterSizes;     ///< rows per saved centre (k entries, zeros included)
    Eigen::VectorXd silhouetteLatent;  ///< per row; NaN outside a silhouette sample
    Eigen::MatrixXi confusion;         ///< true label x cluster; empty without labels
    /// On the new rows: reconstruction MSE, inertia (to the saved centres), inertia / TSS,
    /// silhouettes, Calinski-Harabasz, Davies-Bouldin, and ARI/NMI when labelled.
    /// Trustworthiness, loss and time are left NaN.
    MethodMetrics metrics;
};

struct ModelApplication {
    Dataset data;         ///< the input with its columns in the model's order
    ColumnMatch columns;  ///< how the input's columns were matched
    AppliedSpace pca;
    AppliedSpace autoencoder;
};

/// Throws ColumnMismatch when the columns differ (beyond their order) and DataError for an
/// empty table or a non-finite cell (naming row and column).
ModelApplication applyModel(const FittedModel& model, Dataset input);

}  // namespace latentlab
