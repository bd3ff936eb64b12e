// The metrics every latent space gets, whatever method made it (metricCatalog()): inertia,
// silhouettes (exact or sampled), ARI/NMI and the confusion matrix with true labels,
// Calinski-Harabasz, Davies-Bouldin; trustworthiness for all spaces in one pass.
//
//   measureSpace(space, data, scaled, config.metrics, stop);   // after space.clustering
//   measureTrustworthiness(result.spaces, scaled, config.metrics);
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "Result.h"
#include "Silhouette.h"

#include <Eigen/Core>
#include <vector>

namespace latentlab {

/// Fills space.metrics (all but reconstruction error, losses, trustworthiness and time),
/// space.silhouetteLatent and space.confusion from space.embedding and space.clustering.
void measureSpace(SpaceResult& space, const Dataset& data, const Eigen::MatrixXd& scaled,
                  const MetricsConfig& settings, const StopRequested& stop);

/// Every space's trustworthiness on the same seeded sample of rows; the input's distances
/// are computed once. Leaves NaN when the sample is too small for the neighbours asked.
void measureTrustworthiness(std::vector<SpaceResult>& spaces, const Eigen::MatrixXd& scaled,
                            const MetricsConfig& settings);

}  // namespace latentlab
