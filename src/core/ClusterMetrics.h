// Scores of a clustering, each equal to scikit-learn's function of the same name:
// external (ARI, NMI against true labels) and internal (Calinski-Harabasz, Davies-Bouldin).
//
//   double ari = adjustedRandIndex(truth, clusters);
//   double ch  = calinskiHarabasz(latent, clusters);
#pragma once

#include <Eigen/Core>
#include <vector>

namespace latentlab {

/// Adjusted Rand index; 1 for identical partitions (also when both are a single cluster).
double adjustedRandIndex(const std::vector<int>& truth, const std::vector<int>& predicted);

/// Normalised mutual information with the arithmetic-mean normalisation (scikit-learn's default).
double normalizedMutualInfo(const std::vector<int>& truth, const std::vector<int>& predicted);

/// Calinski-Harabasz variance ratio; NaN if fewer than 2 clusters or n <= clusters.
double calinskiHarabasz(const Eigen::Ref<const Eigen::MatrixXd>& points,
                        const std::vector<int>& labels);

/// Davies-Bouldin index (lower is better); NaN if fewer than 2 clusters.
double daviesBouldin(const Eigen::Ref<const Eigen::MatrixXd>& points,
                     const std::vector<int>& labels);

/// Sum of squared distances of the points to their overall mean.
double totalSumOfSquares(const Eigen::Ref<const Eigen::MatrixXd>& points);

/// counts(t, c) = number of points with true label t and cluster c.
Eigen::MatrixXi confusionMatrix(const std::vector<int>& truth, const std::vector<int>& predicted,
                                int truthClasses, int clusters);

}  // namespace latentlab
