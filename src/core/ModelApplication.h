// Applies a saved model to new rows: matches the columns (reordering them if only the order
// differs), scales with the SAVED scaler, maps the rows into every saved space that has a
// transform (PCA projects, the autoencoder encodes), assigns each row to the nearest saved
// cluster centre, and scores the result on the new rows.
//
//   ModelApplication applied = applyModel(FittedModel::fromResult(session), newData);
//   applied.space("pca").clusters;             // nearest saved PCA centre of each new row
//   applied.space("autoencoder").metrics.ari;  // NaN unless the new data has labels
#pragma once

#include "ColumnMatch.h"
#include "Dataset.h"
#include "FittedModel.h"
#include "Result.h"

#include <Eigen/Core>
#include <string>
#include <vector>

namespace latentlab {

/// One latent space of the new rows.
struct AppliedSpace {
    std::string method;
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
    Dataset data;                               ///< the input with its columns in the model's order
    ColumnMatch columns;                        ///< how the input's columns were matched
    std::vector<AppliedSpace> spaces;           ///< FittedModel::spaces' order
    std::vector<std::string> withoutTransform;  ///< the run's methods that were not applied

    /// Throws std::out_of_range for a method that was not applied.
    const AppliedSpace& space(const std::string& method) const;
};

/// Throws ColumnMismatch when the columns differ (beyond their order) and DataError for an
/// empty table or a non-finite cell (naming row and column).
ModelApplication applyModel(const FittedModel& model, Dataset input);

}  // namespace latentlab
