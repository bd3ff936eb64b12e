// Per-column scaling fitted on one matrix and applied to others (scikit-learn semantics):
// minmax maps each column to [0, 1], zscore to mean 0 / population sd 1, none is identity.
// Constant columns, and those whose spread is rounding noise (scikit-learn's tests), are
// mapped to 0 instead of being divided by (nearly) zero.
//
//   Scaler scaler(Scaling::MinMax);
//   Eigen::MatrixXd scaled = scaler.fitTransform(raw);
//   Eigen::MatrixXd back = scaler.inverseTransform(scaled);
#pragma once

#include "Config.h"

#include <Eigen/Core>

namespace latentlab {

class Scaler {
public:
    explicit Scaler(Scaling kind = Scaling::MinMax) : m_kind(kind) {}
    /// Restores a fitted scaler: x' = (x - offset) * factor per column.
    Scaler(Scaling kind, Eigen::RowVectorXd offset, Eigen::RowVectorXd factor);

    void fit(const Eigen::Ref<const Eigen::MatrixXd>& data);
    Eigen::MatrixXd transform(const Eigen::Ref<const Eigen::MatrixXd>& data) const;
    Eigen::MatrixXd fitTransform(const Eigen::Ref<const Eigen::MatrixXd>& data);
    /// transform() written over the data itself: a large expression matrix is not copied.
    void transformInPlace(Eigen::Ref<Eigen::MatrixXd> data) const;
    /// Clips every value to [-bound, bound], as scanpy's scale(max_value) does after a
    /// z-score; bound 0 leaves the data as it is. Throws ConfigError for a negative bound.
    static void clip(Eigen::Ref<Eigen::MatrixXd> data, double bound);
    Eigen::MatrixXd inverseTransform(const Eigen::Ref<const Eigen::MatrixXd>& scaled) const;

    Scaling kind() const { return m_kind; }
    bool isFitted() const { return m_offset.size() > 0; }
    int columns() const { return static_cast<int>(m_offset.size()); }
    /// Column minimum (minmax), mean (zscore) or 0 (none).
    const Eigen::RowVectorXd& offset() const { return m_offset; }
    /// 1 / range (minmax), 1 / sd (zscore), 1 (none); 0 for constant columns.
    const Eigen::RowVectorXd& factor() const { return m_factor; }

    /// MinMax's test, scikit-learn's `_handle_zeros_in_scale`: a range below 10 machine
    /// epsilons (absolute) is that of a constant column.
    static bool isConstantRange(double range);
    /// ZScore's test, scikit-learn's `_is_constant_feature`: the population variance of
    /// `rows` values with this mean is within the rounding error of computing it.
    static bool isConstantVariance(double variance, double mean, Eigen::Index rows);

private:
    void requireColumns(Eigen::Index columns) const;

    Scaling m_kind;
    Eigen::RowVectorXd m_offset;
    Eigen::RowVectorXd m_factor;
};

}  // namespace latentlab
