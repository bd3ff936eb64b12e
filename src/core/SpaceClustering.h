// The one clustering every method's space gets (clustering.method): k-means with the run's k,
// or Leiden on the space's kNN connectivity graph (leiden.*), so spaces compare fairly.
//
//   SpaceClustering c = clusterSpace(space.embedding, config);   // kmeans.k resolved
//   c.partition.labels;  c.modularity;                          // NaN for k-means
#pragma once

#include "Config.h"
#include "KMeans.h"

#include <Eigen/Core>
#include <functional>
#include <limits>

namespace latentlab {

struct SpaceClustering {
    /// Labels 0..clusters-1, the clusters' centres (k-means' own, or Leiden clusters' means)
    /// and the inertia to them.
    KMeansResult partition;
    double modularity = std::numeric_limits<double>::quiet_NaN();  ///< Leiden only
};

/// Polls `stopRequested` inside Leiden's neighbour search (Cancelled).
SpaceClustering clusterSpace(const Eigen::Ref<const Eigen::MatrixXd>& points, const Config& config,
                             const std::function<bool()>& stopRequested = {});

/// Each cluster's mean (clusters x dims) and the sum of squared distances to it.
KMeansResult partitionWithMeans(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                std::vector<int> labels, int clusters);

}  // namespace latentlab
