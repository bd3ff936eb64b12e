// Where UMAP's SGD starts, as umap-learn 0.5.3 sets it up: the spectral layout (or the data's
// principal components) scaled to a largest |coordinate| of 10 plus N(0, 1e-4) noise, or
// uniform draws in [-10, 10]; then every column min-max scaled to [0, 10].
//
//   InitialLayout start = initialLayout(Adjacency::of(graph), data, settings);
//   start.coordinates;   // rows x settings.components, single precision as the SGD uses
#pragma once

#include "Adjacency.h"
#include "UmapSettings.h"

#include <Eigen/Core>
#include <string>

namespace latentlab {

struct InitialLayout {
    Eigen::MatrixXf coordinates;  ///< vertices x components, each column spanning [0, 10]
    std::string note;             ///< empty, or what the spectral layout did instead
};

/// Uses settings.init, components and seed. `data` gives PCA its input and the spectral
/// layout of a disconnected graph its components' centroids.
InitialLayout initialLayout(const Adjacency& adjacency,
                            const Eigen::Ref<const Eigen::MatrixXd>& data,
                            const UmapSettings& settings);

}  // namespace latentlab
