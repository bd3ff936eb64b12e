#include "Procrustes.h"

#include "Errors.h"

#include <Eigen/SVD>
#include <cmath>

namespace latentlab {

Eigen::MatrixXd Similarity::apply(const Eigen::Ref<const Eigen::MatrixXd>& points) const {
    return ((scale * points * rotation).rowwise() + shift);
}

Similarity fitSimilarity(const Eigen::Ref<const Eigen::MatrixXd>& source,
                         const Eigen::Ref<const Eigen::MatrixXd>& target, SimilarityScale scaling) {
    if (source.rows() != target.rows() || source.cols() != target.cols() || source.rows() < 2)
        throw DataError("alignment needs two point sets of the same shape");
    const Eigen::RowVectorXd sourceMean = source.colwise().mean();
    const Eigen::RowVectorXd targetMean = target.colwise().mean();
    const Eigen::MatrixXd a = source.rowwise() - sourceMean;
    const Eigen::MatrixXd b = target.rowwise() - targetMean;
    // The SVD of the cross-covariance a^T b = U S V^T gives R = U V^T (Schönemann 1966),
    // and the best uniform scale is trace(S) / ||a||^2.
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(a.transpose() * b,
                                          Eigen::ComputeFullU | Eigen::ComputeFullV);
    Similarity fit;
    fit.rotation = svd.matrixU() * svd.matrixV().transpose();
    const double spread = a.squaredNorm();
    if (!(spread > 0))
        fit.scale = 1.0;
    else if (scaling == SimilarityScale::MatchSpread)
        fit.scale = std::sqrt(b.squaredNorm() / spread);
    else
        fit.scale = svd.singularValues().sum() / spread;
    fit.shift = targetMean - fit.scale * sourceMean * fit.rotation;
    return fit;
}

}  // namespace latentlab
