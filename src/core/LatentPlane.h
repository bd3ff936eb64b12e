// The plane a latent space wider than two dimensions is drawn in: its own first two
// principal axes (a PCA of the latent coordinates), so a 2-D scatter shows as much of the
// latent spread as two axes can. Display only: k-means and the metrics use every dimension.
//
//   LatentPlane plane = LatentPlane::fit(latent);          // latent: n x 10
//   Eigen::MatrixXd xy = plane.project(latent);             // n x 2
//   Eigen::MatrixXd centres = plane.project(kmeansCentres); // k x 2, the same axes
#pragma once

#include "Pca.h"

#include <Eigen/Core>

namespace latentlab {

class LatentPlane {
public:
    /// The identity plane: project() returns its input.
    LatentPlane() = default;

    /// With more than two columns, fits the first two principal axes of `latent` (centred,
    /// scikit-learn's sign rule); with two or fewer, the identity. `previous`, if it is a
    /// fitted plane of a latent space as wide, flips each new axis to point its way, so
    /// snapshots of a training run do not mirror from one frame to the next.
    static LatentPlane fit(const Eigen::Ref<const Eigen::MatrixXd>& latent,
                           const LatentPlane* previous = nullptr);

    /// Whether project() maps onto principal axes (false: it passes coordinates through).
    bool projects() const { return m_pca.isFitted(); }
    /// The width of the latent space it was fitted on (0 for the identity).
    int latentWidth() const { return projects() ? int(m_pca.mean().size()) : 0; }
    /// Rows of the latent space (or centres in it) in the plane: rows x 2.
    Eigen::MatrixXd project(const Eigen::Ref<const Eigen::MatrixXd>& points) const;
    /// Share of the latent space's variance on each of the two axes.
    Eigen::VectorXd explainedVarianceRatio() const;
    const Pca& pca() const { return m_pca; }

private:
    Pca m_pca{2};
};

}  // namespace latentlab
