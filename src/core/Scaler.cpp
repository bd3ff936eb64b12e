#include "Scaler.h"

#include "Errors.h"

#include <string>

namespace latentlab {

Scaler::Scaler(Scaling kind, Eigen::RowVectorXd offset, Eigen::RowVectorXd factor)
    : m_kind(kind), m_offset(std::move(offset)), m_factor(std::move(factor)) {
    if (m_offset.size() != m_factor.size())
        throw DataError("scaler: offset and factor have different lengths");
}

void Scaler::fit(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    const Eigen::Index columns = data.cols();
    m_offset = Eigen::RowVectorXd::Zero(columns);
    m_factor = Eigen::RowVectorXd::Ones(columns);
    if (data.rows() == 0) throw DataError("cannot fit a scaler to data without rows");
    for (Eigen::Index c = 0; c < columns; ++c) {
        const auto column = data.col(c);
        double spread = 0.0;
        if (m_kind == Scaling::MinMax) {
            m_offset(c) = column.minCoeff();
            spread = column.maxCoeff() - m_offset(c);
        } else if (m_kind == Scaling::ZScore) {
            m_offset(c) = column.mean();
            spread = std::sqrt((column.array() - m_offset(c)).square().mean());
        } else {
            continue;
        }
        // A constant column carries no information; map it to 0 like scikit-learn does.
        m_factor(c) = spread > 0.0 ? 1.0 / spread : 0.0;
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
