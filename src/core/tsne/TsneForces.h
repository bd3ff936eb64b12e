// The two halves of t-SNE's gradient on a 2-D embedding, with w_ij = 1 / (1 + |y_i - y_j|^2):
// attraction A_i = sum_j p_ij w_ij (y_i - y_j) over P's entries, repulsion
// R_i = sum_j w_ij^2 (y_i - y_j) over all j with Z = sum_{i != j} w_ij, so that
// dKL/dy_i = 4 (A_i - R_i / Z). The exact repulsion here is O(n^2); Barnes-Hut and FFT
// interpolation (BarnesHutRepulsion.h, InterpolationRepulsion.h) approximate it.
//
//   TsnePoints y = toTsnePoints(embedding);
//   TsnePoints attraction(n, 2);
//   double cost = attractiveForces(p, y, attraction, true);   // sum p log(p / w)
//   RepulsiveForces repulsion;
//   exactRepulsion(y, repulsion);
#pragma once

#include "SparseMatrix.h"

#include <Eigen/Core>
#include <functional>

namespace latentlab {

/// n x 2, one point per row, rows contiguous (a neighbour's two coordinates in one load).
using TsnePoints = Eigen::Matrix<double, Eigen::Dynamic, 2, Eigen::RowMajor>;

/// Throws ConfigError unless the embedding has exactly 2 columns (the only size supported).
TsnePoints toTsnePoints(const Eigen::Ref<const Eigen::MatrixXd>& embedding);

struct RepulsiveForces {
    TsnePoints forces;  ///< R_i = sum_j w_ij^2 (y_i - y_j)
    double z = 0.0;     ///< Z = sum_{i != j} w_ij
};

/// A way of computing RepulsiveForces; keeps its work space between iterations.
class RepulsionMethod {
public:
    virtual ~RepulsionMethod() = default;
    virtual void compute(const TsnePoints& y, RepulsiveForces& out) = 0;
};

/// Writes A_i into `out` (resized to n x 2). With `withCost`, returns sum p_ij log(p_ij / w_ij)
/// over P's entries (else 0): with S = sum p, KL = that + S log Z.
double attractiveForces(const SparseMatrix& p, const TsnePoints& y, TsnePoints& out,
                        bool withCost);

/// Every pair, in a fixed order per point (the same result for any thread count).
void exactRepulsion(const TsnePoints& y, RepulsiveForces& out);

/// Z alone, exactly (half the pairs); stopRequested is asked between blocks (Cancelled).
double exactNormalization(const TsnePoints& y, const std::function<bool()>& stopRequested = {});

}  // namespace latentlab
