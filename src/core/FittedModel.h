// The fitted parts of a run that map new rows into its latent spaces: the feature columns it
// was trained on, the scaler, the models of the methods that have a transform (PCA, the
// autoencoder) and each such space's cluster centres. Methods without a transform (UMAP,
// t-SNE) are listed, not applied. Nothing here is refitted; applyModel() only uses it.
//
//   FittedModel model = FittedModel::fromResult(SessionFile::load("demo.latentlab"));
//   ModelApplication applied = applyModel(model, newData);
#pragma once

#include "Autoencoder.h"
#include "Pca.h"
#include "Result.h"
#include "Scaler.h"

#include <Eigen/Core>
#include <string>
#include <vector>

namespace latentlab {

struct FittedModel {
    std::vector<std::string> columns;  ///< feature columns in the order the models expect
    Scaler scaler;
    double clip = 0.0;  ///< data.clip of the run: scaled values clipped to [-clip, clip]
    Pca pca;
    Autoencoder autoencoder;
    /// The spaces new rows can be mapped into, in the run's order, with their centres
    /// (clusters x width: k-means' own, or the Leiden clusters' means).
    struct Space {
        std::string method;
        Eigen::MatrixXd centers;
    };
    std::vector<Space> spaces;
    /// The run's methods that have no transform for new rows (e.g. "tsne"), in order.
    std::vector<std::string> withoutTransform;
    /// Sampled or exact silhouette, as the run that fitted the model measured it.
    MetricsConfig metrics;

    int clusters() const { return spaces.empty() ? 0 : static_cast<int>(spaces[0].centers.rows()); }

    /// Copies what is needed from a finished run (or a loaded session). Throws DataError if
    /// the result is incomplete (e.g. a session saved before any model was fitted).
    static FittedModel fromResult(const Result& result);
};

}  // namespace latentlab
