#include "ModelApplication.h"

#include "ClusterMetrics.h"
#include "KMeans.h"
#include "PrintableText.h"
#include "Silhouette.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace latentlab {
namespace {

/// The input's columns in the model's order; `match` must be ok().
void reorderColumns(Dataset& data, const std::vector<std::string>& modelColumns,
                    const ColumnMatch& match) {
    if (!match.reordered) return;
    Eigen::MatrixXd features(data.features.rows(), Eigen::Index(match.inputIndex.size()));
    for (std::size_t c = 0; c < match.inputIndex.size(); ++c)
        features.col(Eigen::Index(c)) = data.features.col(match.inputIndex[c]);
    data.features = std::move(features);
    data.columnNames = modelColumns;
}

void requireUsable(const Dataset& data) {
    if (data.rows() < 1) throw DataError("the new data has no rows");
    for (Eigen::Index c = 0; c < data.features.cols(); ++c) {
        for (Eigen::Index r = 0; r < data.features.rows(); ++r) {
            if (!std::isfinite(data.features(r, c))) {
                throw DataError("row " + std::to_string(r + 1) + ", column '" +
                                printable(data.columnNames[std::size_t(c)]) +
                                "': value is not a finite number");
            }
        }
    }
}

/// Scores the new rows' assignment the way the pipeline scores its own clustering, except
/// that the centres are the saved ones rather than refitted.
void measure(AppliedSpace& space, const Eigen::MatrixXd& centers, const Eigen::MatrixXd& scaled,
             const Dataset& data, const MetricsConfig& settings) {
    const Eigen::Index rows = space.embedding.rows();
    const int k = int(centers.rows());
    space.clusters = KMeans::predict(space.embedding, centers);
    space.clusterSizes.assign(std::size_t(k), 0);
    MethodMetrics& metrics = space.metrics;
    metrics.clusters = k;
    metrics.inertia = 0.0;
    for (Eigen::Index r = 0; r < rows; ++r) {
        const int cluster = space.clusters[std::size_t(r)];
        ++space.clusterSizes[std::size_t(cluster)];
        metrics.inertia += (space.embedding.row(r) - centers.row(cluster)).squaredNorm();
    }
    const double tss = totalSumOfSquares(space.embedding);
    metrics.inertiaOverTss = tss > 0.0 ? metrics.inertia / tss : kNotAvailable;

    const bool exact = settings.silhouetteIsExact(rows);
    if (exact) {
        space.silhouetteLatent = silhouetteSamples(space.embedding, space.clusters);
        metrics.silhouetteLatent = space.silhouetteLatent.mean();
        metrics.silhouetteInput = silhouetteScore(scaled, space.clusters);
    } else {
        const SilhouetteEstimate inLatent = sampledSilhouette(
            space.embedding, space.clusters, settings.silhouetteSample, settings.seed);
        space.silhouetteLatent = Eigen::VectorXd::Constant(rows, kNotAvailable);
        for (std::size_t i = 0; i < inLatent.rows.size(); ++i)
            space.silhouetteLatent(inLatent.rows[i]) = inLatent.samples(Eigen::Index(i));
        const SilhouetteEstimate inInput =
            sampledSilhouette(scaled, space.clusters, settings.silhouetteSample, settings.seed);
        metrics.silhouetteLatent = inLatent.mean;
        metrics.silhouetteInput = inInput.mean;
        metrics.silhouetteSampleSize = inLatent.sampleSize;
        metrics.silhouetteLatentCi = inLatent.ciHalfWidth;
        metrics.silhouetteInputCi = inInput.ciHalfWidth;
    }
    if (data.hasLabels()) {
        metrics.ari = adjustedRandIndex(data.labels, space.clusters);
        metrics.nmi = normalizedMutualInfo(data.labels, space.clusters);
        space.confusion = confusionMatrix(data.labels, space.clusters, data.classes(), k);
    }
    metrics.calinskiHarabasz = calinskiHarabasz(space.embedding, space.clusters);
    metrics.daviesBouldin = daviesBouldin(space.embedding, space.clusters);
}

/// The new rows in `method`'s space with its saved model, and the reconstruction error.
Eigen::MatrixXd embedNewRows(const FittedModel& model, const std::string& method,
                             const Eigen::MatrixXd& scaled, double& reconstructionMse) {
    if (method == "pca") {
        reconstructionMse = model.pca.reconstructionMse(scaled);
        return model.pca.transform(scaled);
    }
    reconstructionMse = model.autoencoder.reconstructionMse(scaled);
    return model.autoencoder.encode(scaled);
}

}  // namespace

const AppliedSpace& ModelApplication::space(const std::string& method) const {
    for (const AppliedSpace& space : spaces)
        if (space.method == method) return space;
    throw std::out_of_range("the model was not applied in a " + method + " space");
}

ModelApplication applyModel(const FittedModel& model, Dataset input) {
    ModelApplication applied;
    applied.columns = matchColumns(model.columns, input.columnNames);
    if (!applied.columns.ok()) throw ColumnMismatch(applied.columns.describe());
    reorderColumns(input, model.columns, applied.columns);
    requireUsable(input);
    applied.data = std::move(input);

    Eigen::MatrixXd scaled = model.scaler.transform(applied.data.features);
    if (model.clip > 0.0) Scaler::clip(scaled, model.clip);
    applied.withoutTransform = model.withoutTransform;
    for (const FittedModel::Space& saved : model.spaces) {
        AppliedSpace space;
        space.method = saved.method;
        space.embedding =
            embedNewRows(model, saved.method, scaled, space.metrics.reconstructionMse);
        measure(space, saved.centers, scaled, applied.data, model.metrics);
        applied.spaces.push_back(std::move(space));
    }
    return applied;
}

}  // namespace latentlab
