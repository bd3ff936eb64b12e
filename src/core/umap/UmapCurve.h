// The low-dimensional similarity UMAP's layout optimises, 1 / (1 + a d^(2b)), with a and b
// fitted as umap-learn's find_ab_params does: least squares (Levenberg-Marquardt from
// a = b = 1) on 300 points of [0, 3 spread] against the offset exponential that is 1 below
// min_dist and exp(-(d - min_dist) / spread) above it.
//
//   UmapCurve curve = fitUmapCurve(0.1, 1.0);   // a = 1.5769, b = 0.8951 (umap-learn's)
//   double q = curve(0.5);                      // 1 / (1 + a 0.5^(2b))
#pragma once

#include <cmath>

namespace latentlab {

struct UmapCurve {
    double a = 1.0;
    double b = 1.0;
    double operator()(double distance) const {
        return 1.0 / (1.0 + a * std::pow(distance, 2.0 * b));
    }
};

/// Throws ConfigError unless spread > 0 and 0 <= minDist <= spread (umap-learn's rule).
UmapCurve fitUmapCurve(double minDist, double spread);

}  // namespace latentlab
