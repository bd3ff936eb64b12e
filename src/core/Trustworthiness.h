// Trustworthiness of an embedding (Venna & Kaski), as sklearn.manifold.trustworthiness:
// how far the k nearest neighbours in the embedding are from being neighbours in the input.
// 1 means every embedded neighbourhood is a true neighbourhood. O(n^2): call it on a sample.
//
//   double t = trustworthiness(scaledInput, latent, 10);
//   std::vector<double> both = trustworthinessOfEach(scaledInput, {&pcaLatent, &aeLatent}, 10);
#pragma once

#include <Eigen/Core>
#include <vector>

namespace latentlab {

/// Needs neighbors < n / 2 (scikit-learn's condition); throws DataError otherwise.
double trustworthiness(const Eigen::Ref<const Eigen::MatrixXd>& input,
                       const Eigen::Ref<const Eigen::MatrixXd>& embedded, int neighbors);
/// The same for several embeddings of one input, whose distances (for 2000 genes the larger
/// part of the work) are then computed once.
std::vector<double> trustworthinessOfEach(const Eigen::Ref<const Eigen::MatrixXd>& input,
                                          const std::vector<const Eigen::MatrixXd*>& embeddings,
                                          int neighbors);

}  // namespace latentlab
