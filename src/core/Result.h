// What a pipeline run produces: the data, fitted models, one latent space per configured
// method with its clustering, and the metrics that compare them. NaN marks a metric that does
// not apply (ARI/NMI without true labels, Calinski-Harabasz with one cluster); io writes null.
//
//   for (const SpaceResult& space : result.spaces) space.method, space.metrics.ari;
//   const SpaceResult* umap = result.find("umap");        // null unless UMAP ran
//   result.baseline();                                    // compare.baseline's space
#pragma once

#include "Autoencoder.h"
#include "Config.h"
#include "Dataset.h"
#include "KMeans.h"
#include "Pca.h"
#include "Scaler.h"
#include "TrainingDiagnostics.h"

#include <Eigen/Core>
#include <limits>
#include <string>
#include <vector>

namespace latentlab {

constexpr double kNotAvailable = std::numeric_limits<double>::quiet_NaN();

/// The comparison metrics of one latent space. See metricCatalog() for their meaning.
struct MethodMetrics {
    double reconstructionMse = kNotAvailable;
    double inertia = kNotAvailable;
    double inertiaOverTss = kNotAvailable;
    double silhouetteLatent = kNotAvailable;
    double silhouetteInput = kNotAvailable;
    double ari = kNotAvailable;
    double nmi = kNotAvailable;
    double calinskiHarabasz = kNotAvailable;
    double daviesBouldin = kNotAvailable;
    double trustworthiness = kNotAvailable;
    double finalLoss = kNotAvailable;     ///< autoencoder only
    double klDivergence = kNotAvailable;  ///< t-SNE only
    double clusters = kNotAvailable;      ///< clusters found (k for k-means)
    double modularity = kNotAvailable;    ///< of the Leiden partition on its graph
    double seconds = kNotAvailable;       ///< fitting this space plus its clustering
    /// 0 for an exact silhouette, else the points it was estimated from ...
    int silhouetteSampleSize = 0;
    /// ... and the 95 % half-widths of those estimates.
    double silhouetteLatentCi = 0.0;
    double silhouetteInputCi = 0.0;
};

/// Where a metric is computed, for labels and tooltips.
enum class MetricSpace { Input, Latent, Labels, Training, Clock };

struct MetricInfo {
    const char* key;          ///< JSON key, e.g. "silhouette_latent"
    const char* label;        ///< table row, e.g. "Silhouette (latent)"
    const char* description;  ///< one sentence for a tooltip
    MetricSpace space;
    bool higherIsBetter;
    double MethodMetrics::*member;
    /// False where the methods' values cannot be ranked (inertia depends on each latent
    /// space's own scale), so no "better" is marked.
    bool comparable = true;
    /// The one method that produces it (Training metrics), or null for every method.
    const char* onlyFor = nullptr;
    /// Written to files only when it has a value (the modularity exists with Leiden alone).
    bool optional = false;

    bool appliesTo(const std::string& method) const { return !onlyFor || method == onlyFor; }
};

/// Every comparison metric in display order (reconstruction MSE first, time last).
const std::vector<MetricInfo>& metricCatalog();

/// One method's latent space with its clustering.
struct SpaceResult {
    std::string method;         ///< MethodRegistry name: "pca", "umap", ...
    Eigen::MatrixXd embedding;  ///< rows x latent width
    /// k-means, or Leiden (labels; centers = the clusters' means; inertia to them).
    KMeansResult clustering;
    Eigen::VectorXd silhouetteLatent;  ///< per row; NaN for rows outside a silhouette sample
    Eigen::MatrixXi confusion;         ///< true label x cluster (empty without labels)
    MethodMetrics metrics;
    double fitSeconds = 0.0;  ///< fitting the method alone (metrics.seconds adds clustering)
    std::string note;         ///< empty, or what the method did differently (UMAP's init)
};

/// Wall-clock compute seconds of the run's stages; each method's fit is its SpaceResult's.
struct StageSeconds {
    double generate = 0, scale = 0, fit = 0, cluster = 0, metrics = 0, total = 0;
};

/// How the autoencoder's training went, beside its loss curves.
struct TrainingSummary {
    long long updates = 0;      ///< weight updates (batches) in all
    int validationRows = 0;     ///< rows held out of training (autoencoder.validation_split)
    int bestEpoch = 0;          ///< whose weights were kept by early stopping; 0: the last's
    bool stoppedEarly = false;  ///< early stopping ended training before autoencoder.epochs
};

struct Result {
    Config config;  ///< fully resolved (k filled in)
    Dataset data;   ///< raw features and true labels
    Scaler scaler;
    // The models of the methods that have a transform, when they ran (else default).
    Pca pca;
    Autoencoder autoencoder;
    std::vector<double> loss;            ///< autoencoder: mean training loss per epoch
    std::vector<double> validationLoss;  ///< per epoch on the held-out rows; empty without
    TrainingSummary training;
    std::vector<TrainingWarning> warnings;  ///< what the training did not do (diagnoseTraining)
    std::vector<SpaceResult> spaces;        ///< one per config.methods entry, in that order
    StageSeconds seconds;

    /// The space of `method`, or null when it was not run.
    const SpaceResult* find(const std::string& method) const;
    SpaceResult* find(const std::string& method);
    /// The same, throwing std::out_of_range when it was not run.
    const SpaceResult& space(const std::string& method) const;
    SpaceResult& space(const std::string& method);
    /// config.baselineMethod()'s space (the first when that is absent).
    const SpaceResult& baseline() const;
};

}  // namespace latentlab
