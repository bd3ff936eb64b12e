// Orthogonal Procrustes with scaling: the rotation/reflection, uniform scale and shift that
// best map one point cloud onto another (least squares). Used only for display, so the AE
// latent space can be seen in the PCA space's orientation; no metric depends on it.
//
//   const Similarity fit = fitSimilarity(aeLatent, pcaLatent);
//   Eigen::MatrixXd shown = fit.apply(aeLatent);
#pragma once

#include <Eigen/Core>

namespace latentlab {

struct Similarity {
    Eigen::MatrixXd rotation;  ///< d x d orthogonal (reflections allowed)
    double scale = 1.0;
    Eigen::RowVectorXd shift;  ///< added after rotation and scaling

    /// rows of `points` mapped: scale * points * rotation + shift.
    Eigen::MatrixXd apply(const Eigen::Ref<const Eigen::MatrixXd>& points) const;
};

/// How fitSimilarity chooses the scale.
enum class SimilarityScale {
    /// The least-squares scale. It is the spread ratio times the clouds' agreement
    /// trace(S) / (||a|| ||b||), so two unlike clouds shrink the source towards its mean.
    LeastSquares,
    /// The mapped source has the target's spread (root mean square distance from the mean),
    /// so the two can be drawn on the same axes however unlike they are. The rotation is the
    /// least-squares one either way.
    MatchSpread,
};

/// Minimises || scale * source * R + shift - target ||^2 over orthogonal R and shift, and
/// over the scale unless `scaling` is MatchSpread. Both n x d with the same n and d; throws
/// DataError otherwise.
Similarity fitSimilarity(const Eigen::Ref<const Eigen::MatrixXd>& source,
                         const Eigen::Ref<const Eigen::MatrixXd>& target,
                         SimilarityScale scaling = SimilarityScale::LeastSquares);

}  // namespace latentlab
