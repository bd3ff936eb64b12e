#include "SpaceMetrics.h"

#include "ClusterMetrics.h"
#include "Errors.h"
#include "Random.h"
#include "Trustworthiness.h"

namespace latentlab {

void measureSpace(SpaceResult& space, const Dataset& data, const Eigen::MatrixXd& scaled,
                  const MetricsConfig& settings, const StopRequested& stop) {
    MethodMetrics& metrics = space.metrics;
    const std::vector<int>& clusters = space.clustering.labels;
    const Eigen::MatrixXd& latent = space.embedding;
    const int clusterCount = static_cast<int>(space.clustering.centers.rows());

    metrics.clusters = clusterCount;
    metrics.inertia = space.clustering.inertia;
    metrics.inertiaOverTss = metrics.inertia / totalSumOfSquares(latent);
    if (settings.silhouetteIsExact(latent.rows())) {
        space.silhouetteLatent = silhouetteSamples(latent, clusters, stop);
        metrics.silhouetteLatent = space.silhouetteLatent.mean();
        metrics.silhouetteInput = silhouetteScore(scaled, clusters, stop);
    } else {
        const SilhouetteEstimate inLatent =
            sampledSilhouette(latent, clusters, settings.silhouetteSample, settings.seed);
        space.silhouetteLatent = Eigen::VectorXd::Constant(latent.rows(), kNotAvailable);
        for (std::size_t i = 0; i < inLatent.rows.size(); ++i)
            space.silhouetteLatent(inLatent.rows[i]) = inLatent.samples(Eigen::Index(i));
        if (stop && stop()) throw Cancelled();
        const SilhouetteEstimate inInput =
            sampledSilhouette(scaled, clusters, settings.silhouetteSample, settings.seed);
        metrics.silhouetteLatent = inLatent.mean;
        metrics.silhouetteInput = inInput.mean;
        metrics.silhouetteSampleSize = inLatent.sampleSize;
        metrics.silhouetteLatentCi = inLatent.ciHalfWidth;
        metrics.silhouetteInputCi = inInput.ciHalfWidth;
    }
    if (stop && stop()) throw Cancelled();
    if (data.hasLabels()) {
        metrics.ari = adjustedRandIndex(data.labels, clusters);
        metrics.nmi = normalizedMutualInfo(data.labels, clusters);
        space.confusion = confusionMatrix(data.labels, clusters, data.classes(), clusterCount);
    }
    metrics.calinskiHarabasz = calinskiHarabasz(latent, clusters);
    metrics.daviesBouldin = daviesBouldin(latent, clusters);
}

void measureTrustworthiness(std::vector<SpaceResult>& spaces, const Eigen::MatrixXd& scaled,
                            const MetricsConfig& settings) {
    Random sampler(settings.seed);
    const std::vector<int> rows = sampler.sample(scaled.rows(), settings.trustworthinessSample);
    const int neighbors = settings.trustworthinessNeighbors;
    if (2 * neighbors >= static_cast<int>(rows.size()) || spaces.empty()) return;
    const auto sampled = [&rows](const Eigen::MatrixXd& points) {
        Eigen::MatrixXd out(Eigen::Index(rows.size()), points.cols());
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.row(Eigen::Index(i)) = points.row(rows[i]);
        return out;
    };
    std::vector<Eigen::MatrixXd> embeddings;
    embeddings.reserve(spaces.size());
    for (const SpaceResult& space : spaces) embeddings.push_back(sampled(space.embedding));
    std::vector<const Eigen::MatrixXd*> pointers;
    for (const Eigen::MatrixXd& embedding : embeddings) pointers.push_back(&embedding);
    const std::vector<double> each = trustworthinessOfEach(sampled(scaled), pointers, neighbors);
    for (std::size_t s = 0; s < spaces.size(); ++s) spaces[s].metrics.trustworthiness = each[s];
}

}  // namespace latentlab
