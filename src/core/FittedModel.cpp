#include "FittedModel.h"

#include "Errors.h"

namespace latentlab {

FittedModel FittedModel::fromResult(const Result& result) {
    FittedModel model;
    model.columns = result.data.columnNames;
    model.scaler = result.scaler;
    model.clip = result.config.data.clip;
    model.pca = result.pca;
    model.autoencoder = result.autoencoder;
    model.pcaCenters = result.pcaSpace.clustering.centers;
    model.aeCenters = result.aeSpace.clustering.centers;
    model.metrics = result.config.metrics;

    const auto width = Eigen::Index(model.columns.size());
    if (!model.scaler.isFitted() || !model.pca.isFitted() || model.autoencoder.isEmpty())
        throw DataError("the saved run has no fitted scaler, PCA and autoencoder to apply");
    if (model.scaler.columns() != width || model.pca.mean().size() != width ||
        model.autoencoder.inputWidth() != width) {
        throw DataError("the saved run is inconsistent: " + std::to_string(width) +
                        " column names, but its scaler, PCA and autoencoder take " +
                        std::to_string(model.scaler.columns()) + ", " +
                        std::to_string(model.pca.mean().size()) + " and " +
                        std::to_string(model.autoencoder.inputWidth()) + " inputs");
    }
    if (model.pcaCenters.rows() < 1 || model.pcaCenters.cols() != model.pca.components() ||
        model.aeCenters.rows() != model.pcaCenters.rows() ||
        model.aeCenters.cols() != model.autoencoder.latentWidth()) {
        throw DataError("the saved run has no k-means centres matching its latent spaces");
    }
    return model;
}

}  // namespace latentlab
