// Isotropic Gaussian blobs plus uniform noise columns: the seed notebook's synthetic data.
// Draws exactly as scikit-learn's make_blobs after numpy.random.seed(seed), followed by
// numpy.random.uniform for the noise, so seed 42 reproduces the notebook's data set.
//
//   DataConfig config;                   // 30000 x (9 + 1), 8 centres, std 2, seed 42
//   Dataset data = makeBlobs(config);    // columns X1..X10, labels 0..7
#pragma once

#include "Config.h"
#include "Dataset.h"

namespace latentlab {

/// Uses samples, features, centers, clusterStd, centerBox*, noiseColumns and seed.
Dataset makeBlobs(const DataConfig& config);

}  // namespace latentlab
