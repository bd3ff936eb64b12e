#include "LatentPlane.h"

namespace latentlab {

LatentPlane LatentPlane::fit(const Eigen::Ref<const Eigen::MatrixXd>& latent,
                             const LatentPlane* previous) {
    LatentPlane plane;
    if (latent.cols() <= 2 || latent.rows() < 2) return plane;
    plane.m_pca.fit(latent);
    if (!previous || previous->latentWidth() != int(latent.cols())) return plane;
    Eigen::MatrixXd components = plane.m_pca.componentMatrix();
    const Eigen::MatrixXd& before = previous->m_pca.componentMatrix();
    bool flipped = false;
    for (Eigen::Index axis = 0; axis < components.rows(); ++axis) {
        if (components.row(axis).dot(before.row(axis)) < 0.0) {
            components.row(axis) *= -1.0;
            flipped = true;
        }
    }
    if (flipped)
        plane.m_pca = Pca(plane.m_pca.mean(), components, plane.m_pca.explainedVariance(),
                          plane.m_pca.totalVariance());
    return plane;
}

Eigen::MatrixXd LatentPlane::project(const Eigen::Ref<const Eigen::MatrixXd>& points) const {
    if (!projects() || points.rows() == 0) return points;
    return m_pca.transform(points);
}

Eigen::VectorXd LatentPlane::explainedVarianceRatio() const {
    return projects() ? m_pca.explainedVarianceRatio() : Eigen::VectorXd();
}

}  // namespace latentlab
