#include "Result.h"

namespace latentlab {

const std::vector<MetricInfo>& metricCatalog() {
    static const std::vector<MetricInfo> catalog{
        {"reconstruction_mse", "Reconstruction MSE",
         "Mean squared error between the scaled input and its reconstruction from the latent "
         "space (PCA inverse transform or decoder), averaged over all cells.",
         MetricSpace::Input, false, &MethodMetrics::reconstructionMse},
        {"inertia", "k-means inertia",
         "Sum of squared distances of each point to its k-means centre in the latent space. "
         "Depends on the latent space's scale: compare inertia / TSS across methods.",
         MetricSpace::Latent, false, &MethodMetrics::inertia, false},
        {"inertia_over_tss", "Inertia / TSS",
         "k-means inertia divided by the total sum of squares of the latent coordinates: the "
         "share of latent variance left inside clusters. Scale-free.",
         MetricSpace::Latent, false, &MethodMetrics::inertiaOverTss},
        {"silhouette_latent", "Silhouette (latent)",
         "Mean silhouette of the k-means clusters, with distances measured in the latent space.",
         MetricSpace::Latent, true, &MethodMetrics::silhouetteLatent},
        {"silhouette_input", "Silhouette (input)",
         "Mean silhouette of the k-means clusters, with distances measured in the scaled input "
         "space (the notebook's choice): same space for both methods.",
         MetricSpace::Input, true, &MethodMetrics::silhouetteInput},
        {"ari", "Adjusted Rand index",
         "Agreement of the k-means clusters with the true labels, corrected for chance "
         "(1 = identical, about 0 = random).",
         MetricSpace::Labels, true, &MethodMetrics::ari},
        {"nmi", "Normalised mutual information",
         "Mutual information between clusters and true labels over the mean of their entropies "
         "(1 = identical, 0 = independent).",
         MetricSpace::Labels, true, &MethodMetrics::nmi},
        {"calinski_harabasz", "Calinski-Harabasz",
         "Between-cluster over within-cluster dispersion of the k-means clusters in the latent "
         "space, each divided by its degrees of freedom.",
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
         MetricSpace::Training, false, &MethodMetrics::finalLoss},
        {"seconds", "Time (s)",
         "Wall-clock seconds to fit this latent space (PCA or training) plus its k-means.",
         MetricSpace::Clock, false, &MethodMetrics::seconds},
    };
    return catalog;
}

}  // namespace latentlab
