#include "Result.h"

#include <stdexcept>

namespace latentlab {

const SpaceResult* Result::find(const std::string& method) const {
    for (const SpaceResult& space : spaces)
        if (space.method == method) return &space;
    return nullptr;
}

SpaceResult* Result::find(const std::string& method) {
    return const_cast<SpaceResult*>(static_cast<const Result&>(*this).find(method));
}

const SpaceResult& Result::space(const std::string& method) const {
    const SpaceResult* found = find(method);
    if (!found) throw std::out_of_range("the run has no " + method + " space");
    return *found;
}

SpaceResult& Result::space(const std::string& method) {
    return const_cast<SpaceResult&>(static_cast<const Result&>(*this).space(method));
}

const SpaceResult& Result::baseline() const {
    if (const SpaceResult* found = find(config.baselineMethod())) return *found;
    if (spaces.empty()) throw std::out_of_range("the run has no latent space");
    return spaces.front();
}

const std::vector<MetricInfo>& metricCatalog() {
    static const std::vector<MetricInfo> catalog{
        {"reconstruction_mse", "Reconstruction MSE",
         "Mean squared error between the scaled input and its reconstruction from the latent "
         "space (PCA inverse transform or decoder), averaged over all cells.",
         MetricSpace::Input, false, &MethodMetrics::reconstructionMse},
        {"inertia", "Inertia",
         "Sum of squared distances of each point to its cluster's centre in the latent space. "
         "Depends on the latent space's scale: compare inertia / TSS across methods.",
         MetricSpace::Latent, false, &MethodMetrics::inertia, false},
        {"inertia_over_tss", "Inertia / TSS",
         "Inertia divided by the total sum of squares of the latent coordinates: the "
         "share of latent variance left inside clusters. Scale-free.",
         MetricSpace::Latent, false, &MethodMetrics::inertiaOverTss},
        {"silhouette_latent", "Silhouette (latent)",
         "Mean silhouette of the clusters, with distances measured in the latent space.",
         MetricSpace::Latent, true, &MethodMetrics::silhouetteLatent},
        {"silhouette_input", "Silhouette (input)",
         "Mean silhouette of the clusters, with distances measured in the scaled input space "
         "(the notebook's choice): the same space for every method.",
         MetricSpace::Input, true, &MethodMetrics::silhouetteInput},
        {"ari", "Adjusted Rand index",
         "Agreement of the clusters with the true labels, corrected for chance "
         "(1 = identical, about 0 = random).",
         MetricSpace::Labels, true, &MethodMetrics::ari},
        {"nmi", "Normalised mutual information",
         "Mutual information between clusters and true labels over the mean of their entropies "
         "(1 = identical, 0 = independent).",
         MetricSpace::Labels, true, &MethodMetrics::nmi},
        {"calinski_harabasz", "Calinski-Harabasz",
         "Between-cluster over within-cluster dispersion of the clusters in the latent space, "
         "each divided by its degrees of freedom.",
         MetricSpace::Latent, true, &MethodMetrics::calinskiHarabasz},
        {"davies_bouldin", "Davies-Bouldin",
         "Mean over clusters of the worst ratio of within-cluster spread to between-centre "
         "distance, in the latent space.",
         MetricSpace::Latent, false, &MethodMetrics::daviesBouldin},
        {"trustworthiness", "Trustworthiness",
         "How well the 10 nearest neighbours in the latent space are also near in the scaled "
         "input (1 = all are), on a seeded sample of at most 5000 points.",
         MetricSpace::Input, true, &MethodMetrics::trustworthiness},
        {"final_loss", "Final training loss",
         "Mean training loss (MSE) over the last epoch's mini-batches. Autoencoder only.",
         MetricSpace::Training, false, &MethodMetrics::finalLoss, true, "autoencoder"},
        {"kl_divergence", "KL divergence",
         "Kullback-Leibler divergence of the t-SNE embedding's similarities from the input's "
         "(P), the objective t-SNE minimised. t-SNE only.",
         MetricSpace::Training, false, &MethodMetrics::klDivergence, true, "tsne"},
        {"clusters", "Clusters",
         "Number of clusters: k for k-means, what the resolution gave for Leiden.",
         MetricSpace::Latent, true, &MethodMetrics::clusters, false},
        {"modularity", "Modularity",
         "Modularity of the Leiden partition on the space's kNN graph (Leiden only).",
         MetricSpace::Latent, true, &MethodMetrics::modularity, true, nullptr, true},
        {"seconds", "Time (s)", "Wall-clock seconds to fit this latent space plus its clustering.",
         MetricSpace::Clock, false, &MethodMetrics::seconds},
    };
    return catalog;
}

}  // namespace latentlab
