#include "Scaler.h"

#include "Errors.h"

#include <cmath>
#include <limits>
#include <string>

namespace latentlab {

Scaler::Scaler(Scaling kind, Eigen::RowVectorXd offset, Eigen::RowVectorXd factor)
    : m_kind(kind), m_offset(std::move(offset)), m_factor(std::move(factor)) {
    if (m_offset.size() != m_factor.size())
        throw DataError("scaler: offset and factor have different lengths");
}

bool Scaler::isConstantRange(double range) {
    return !(range >= 10.0 * std::numeric_limits<double>::epsilon());
}

bool Scaler::isConstantVariance(double variance, double mean, Eigen::Index rows) {
    // The error bound of the corrected two-pass variance (Chan, Golub and LeVeque), as
    // scikit-learn's StandardScaler applies it: below it, the variance is rounding noise.
    constexpr double eps = std::numeric_limits<double>::epsilon();
    const double n = double(rows);
    const double bound = n * eps * variance + (n * mean * eps) * (n * mean * eps);
    return !(variance > bound);
}

void Scaler::fit(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    const Eigen::Index columns = data.cols();
    m_offset = Eigen::RowVectorXd::Zero(columns);
    m_factor = Eigen::RowVectorXd::Ones(columns);
    if (data.rows() == 0) throw DataError("cannot fit a scaler to data without rows");
    for (Eigen::Index c = 0; c < columns; ++c) {
        const auto column = data.col(c);
        if (m_kind == Scaling::MinMax) {
            m_offset(c) = column.minCoeff();
            const double range = column.maxCoeff() - m_offset(c);
            // A range of a few ulps (subnormal values, rounding noise around a constant)
            // would become a factor of up to infinity: such a column is constant.
            m_factor(c) = isConstantRange(range) ? 0.0 : 1.0 / range;
        } else if (m_kind == Scaling::ZScore) {
            const double n = double(data.rows());
            m_offset(c) = column.mean();
            const Eigen::ArrayXd centred = column.array() - m_offset(c);
            const double correction = centred.sum();
            const double variance = (centred.square().sum() - correction * correction / n) / n;
            m_factor(c) = isConstantVariance(variance, m_offset(c), data.rows())
                              ? 0.0
                              : 1.0 / std::sqrt(variance);
        }
    }
}

Eigen::MatrixXd Scaler::transform(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    requireColumns(data.cols());
    if (m_kind == Scaling::MinMax) {
        // scikit-learn: X * scale + (0 - min * scale); the same rounding as its MinMaxScaler.
        const Eigen::RowVectorXd shift = -(m_offset.array() * m_factor.array()).matrix();
        return ((data.array().rowwise() * m_factor.array()).rowwise() + shift.array()).matrix();
    }
    return ((data.array().rowwise() - m_offset.array()).rowwise() * m_factor.array()).matrix();
}

void Scaler::transformInPlace(Eigen::Ref<Eigen::MatrixXd> data) const {
    requireColumns(data.cols());
    if (m_kind == Scaling::MinMax) {
        const Eigen::RowVectorXd shift = -(m_offset.array() * m_factor.array()).matrix();
        data.array().rowwise() *= m_factor.array();
        data.array().rowwise() += shift.array();
        return;
    }
    data.array().rowwise() -= m_offset.array();
    data.array().rowwise() *= m_factor.array();
}

void Scaler::clip(Eigen::Ref<Eigen::MatrixXd> data, double bound) {
    if (!(bound >= 0.0))
        throw ConfigError("clip = " + std::to_string(bound) + ": must be 0 (off) or positive");
    if (bound == 0.0) return;
    data = data.cwiseMax(-bound).cwiseMin(bound);
}

Eigen::MatrixXd Scaler::fitTransform(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    fit(data);
    return transform(data);
}

Eigen::MatrixXd Scaler::inverseTransform(const Eigen::Ref<const Eigen::MatrixXd>& scaled) const {
    requireColumns(scaled.cols());
    Eigen::RowVectorXd spread(m_factor.size());
    for (Eigen::Index c = 0; c < m_factor.size(); ++c)
        spread(c) = m_factor(c) != 0.0 ? 1.0 / m_factor(c) : 0.0;
    return ((scaled.array().rowwise() * spread.array()).rowwise() + m_offset.array()).matrix();
}

void Scaler::requireColumns(Eigen::Index columns) const {
    if (!isFitted()) throw DataError("the scaler has not been fitted");
    if (columns != m_offset.size()) {
        throw DataError("scaler was fitted on " + std::to_string(m_offset.size()) +
                        " columns but got " + std::to_string(columns));
    }
}

}  // namespace latentlab
