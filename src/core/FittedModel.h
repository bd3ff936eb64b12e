// The fitted parts of a run that map new rows into both latent spaces: the feature columns
// it was trained on, the scaler, PCA, the autoencoder and the k-means centres of each space.
// Nothing here is refitted; applyModel() (ModelApplication.h) only uses it.
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
    Eigen::MatrixXd pcaCenters;  ///< k x PCA components
    Eigen::MatrixXd aeCenters;   ///< k x autoencoder latent width
    /// Sampled or exact silhouette, as the run that fitted the model measured it.
    MetricsConfig metrics;

    int clusters() const { return static_cast<int>(pcaCenters.rows()); }

    /// Copies what is needed from a finished run (or a loaded session). Throws DataError if
    /// the result is incomplete (e.g. a session saved before any model was fitted).
    static FittedModel fromResult(const Result& result);
};

}  // namespace latentlab
