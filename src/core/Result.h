// What a pipeline run produces: the data, fitted models, both latent spaces with their
// k-means clusterings, and the metrics that compare them. NaN marks a metric that does not
// apply (ARI/NMI without true labels, Calinski-Harabasz with one cluster); io writes null.
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
    double finalLoss = kNotAvailable;  ///< autoencoder only
    double seconds = kNotAvailable;    ///< fitting this space plus its k-means
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
    /// False where the two methods' values cannot be ranked (inertia depends on each latent
    /// space's own scale), so no "better" is marked.
    bool comparable = true;
};

/// Every comparison metric in display order (reconstruction MSE first, time last).
const std::vector<MetricInfo>& metricCatalog();

/// One latent space with its clustering.
struct SpaceResult {
    Eigen::MatrixXd embedding;         ///< rows x latent width
    KMeansResult clustering;           ///< k-means in this space
    Eigen::VectorXd silhouetteLatent;  ///< per row; NaN for rows outside a silhouette sample
    Eigen::MatrixXi confusion;         ///< true label x cluster (empty without labels)
    MethodMetrics metrics;
};

struct StageSeconds {
    double generate = 0, scale = 0, pca = 0, train = 0, kmeans = 0, metrics = 0, total = 0;
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
    Pca pca;
    Autoencoder autoencoder;
    std::vector<double> loss;            ///< mean training loss per epoch
    std::vector<double> validationLoss;  ///< per epoch on the held-out rows; empty without
    TrainingSummary training;
    std::vector<TrainingWarning> warnings;  ///< what the training did not do (diagnoseTraining)
    SpaceResult pcaSpace;
    SpaceResult aeSpace;
    StageSeconds seconds;
};

}  // namespace latentlab
