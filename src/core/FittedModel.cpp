#include "FittedModel.h"

#include "Errors.h"
#include "MethodRegistry.h"

namespace latentlab {
namespace {

/// The latent width `method`'s saved model gives, or -1 when the model is missing or takes
/// another input width.
Eigen::Index modelWidth(const FittedModel& model, const std::string& method, Eigen::Index input) {
    if (method == "pca") {
        if (!model.pca.isFitted() || model.pca.mean().size() != input) return -1;
        return model.pca.components();
    }
    if (model.autoencoder.isEmpty() || model.autoencoder.inputWidth() != input) return -1;
    return model.autoencoder.latentWidth();
}

}  // namespace

FittedModel FittedModel::fromResult(const Result& result) {
    FittedModel model;
    model.columns = result.data.columnNames;
    model.scaler = result.scaler;
    model.clip = result.config.data.clip;
    model.pca = result.pca;
    model.autoencoder = result.autoencoder;
    model.metrics = result.config.metrics;
    const auto width = Eigen::Index(model.columns.size());
    if (!model.scaler.isFitted() || model.scaler.columns() != width)
        throw DataError("the saved run has no fitted scaler for its " + std::to_string(width) +
                        " columns");
    for (const SpaceResult& space : result.spaces) {
        const MethodInfo* info = findMethod(space.method);
        if (!info || !info->hasTransform) {
            model.withoutTransform.push_back(space.method);
            continue;
        }
        const Eigen::Index latent = modelWidth(model, space.method, width);
        if (latent < 0) {
            throw DataError("the saved run has no fitted " + std::string(info->title) +
                            " model for its " + std::to_string(width) + " columns");
        }
        if (space.clustering.centers.rows() < 1 || space.clustering.centers.cols() != latent)
            throw DataError("the saved run has no cluster centres matching its " +
                            std::string(info->title) + " space");
        model.spaces.push_back({space.method, space.clustering.centers});
    }
    if (model.spaces.empty()) {
        std::string names;
        for (const std::string& method : model.withoutTransform)
            names += (names.empty() ? "" : " and ") + std::string(methodInfo(method).title);
        throw DataError("the saved run has no method that maps new rows" +
                        (names.empty() ? std::string() : ": " + names + " have no transform") +
                        "; run PCA or the autoencoder to apply a model");
    }
    return model;
}

}  // namespace latentlab
