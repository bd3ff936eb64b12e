// UMAP's spectral initialisation as umap-learn 0.5.3's spectral_layout: the eigenvectors of
// the fuzzy graph's normalised Laplacian I - D^-1/2 W D^-1/2 with the smallest non-zero
// eigenvalues (Lanczos, Spectra). A disconnected graph is laid out component by component
// (umap-learn's multi_component_layout): each component's own eigenvectors, scaled to half
// the distance to the nearest other component and placed at its spot of a meta-layout of
// the components (unit vectors, or a spectral embedding of their centroids when there are
// more than 2 x components of them).
//
//   SpectralLayout layout = spectralLayout(Adjacency::of(graph), data, 2, seed);
//   if (!layout.note.empty()) report(layout.note);   // components, or a random fallback
#pragma once

#include "Adjacency.h"

#include <Eigen/Core>
#include <cstdint>
#include <string>

namespace latentlab {

struct SpectralLayout {
    Eigen::MatrixXd coordinates;  ///< vertices x components, unscaled (unit eigenvectors)
    int graphComponents = 1;      ///< connected components of the graph
    int randomComponents = 0;     ///< components laid out at random (too small, or no convergence)
    bool converged = true;        ///< false if some eigen-solve failed (those went random)
    std::string note;             ///< empty for a connected graph that converged
};

/// `data` (rows = vertices) gives the components' centroids when many components need a
/// meta-layout; `seed` drives the random placements only.
SpectralLayout spectralLayout(const Adjacency& adjacency,
                              const Eigen::Ref<const Eigen::MatrixXd>& data, int components,
                              std::uint64_t seed);

}  // namespace latentlab
