#include "Procrustes.h"

#include "Errors.h"

#include <Eigen/SVD>

namespace latentlab {

Eigen::MatrixXd Similarity::apply(const Eigen::Ref<const Eigen::MatrixXd>& points) const {
    return ((scale * points * rotation).rowwise() + shift);
}

Similarity fitSimilarity(const Eigen::Ref<const Eigen::MatrixXd>& source,
                         const Eigen::Ref<const Eigen::MatrixXd>& target) {
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
    fit.scale = spread > 0 ? svd.singularValues().sum() / spread : 1.0;
    fit.shift = targetMean - fit.scale * sourceMean * fit.rotation;
    return fit;
}

}  // namespace latentlab
