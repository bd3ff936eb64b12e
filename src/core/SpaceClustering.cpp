#include "SpaceClustering.h"

#include "KnnConnectivity.h"
#include "Leiden.h"

#include <limits>

namespace latentlab {

KMeansResult partitionWithMeans(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                std::vector<int> labels, int clusters) {
    KMeansResult result;
    result.centers = Eigen::MatrixXd::Zero(clusters, points.cols());
    Eigen::VectorXd sizes = Eigen::VectorXd::Zero(clusters);
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
        result.centers.row(labels[std::size_t(r)]) += points.row(r);
        sizes(labels[std::size_t(r)]) += 1.0;
    }
    for (int c = 0; c < clusters; ++c)
        if (sizes(c) > 0) result.centers.row(c) /= sizes(c);
    for (Eigen::Index r = 0; r < points.rows(); ++r)
        result.inertia +=
            (points.row(r) - result.centers.row(labels[std::size_t(r)])).squaredNorm();
    result.labels = std::move(labels);
    return result;
}

SpaceClustering clusterSpace(const Eigen::Ref<const Eigen::MatrixXd>& points, const Config& config,
                             const std::function<bool()>& stopRequested) {
    SpaceClustering out;
    if (config.clustering.method == ClusteringMethod::KMeans) {
        out.partition = KMeans(config.kmeans).fit(points);
        return out;
    }
    const WeightedGraph graph =
        knnConnectivity(points, config.leiden.neighbors, config.leiden.seed, stopRequested);
    LeidenResult found = leiden(graph, config.leiden);
    out.partition = partitionWithMeans(points, std::move(found.labels), found.clusters);
    out.partition.iterations = found.iterations;
    out.modularity = found.modularity;
    return out;
}

}  // namespace latentlab
