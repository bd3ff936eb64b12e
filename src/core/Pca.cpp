#include "Pca.h"

#include "Errors.h"

#include <Eigen/Eigenvalues>
#include <string>

namespace latentlab {

Pca::Pca(Eigen::RowVectorXd mean, Eigen::MatrixXd components, Eigen::VectorXd explainedVariance,
         double totalVariance)
    : m_components(static_cast<int>(components.rows())),
      m_mean(std::move(mean)),
      m_componentRows(std::move(components)),
      m_explainedVariance(std::move(explainedVariance)),
      m_totalVariance(totalVariance) {
    if (m_componentRows.cols() != m_mean.size() ||
        m_explainedVariance.size() != m_componentRows.rows()) {
        throw DataError("PCA model: mean, components and explained variance do not fit together");
    }
}

void Pca::fit(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    const Eigen::Index n = data.rows();
    const Eigen::Index d = data.cols();
    if (n < 2) throw DataError("PCA needs at least 2 rows, got " + std::to_string(n));
    if (m_components < 1 || m_components > std::min(n, d)) {
        throw ConfigError("pca.components = " + std::to_string(m_components) +
                          " is out of range: must be between 1 and min(rows, columns) = " +
                          std::to_string(std::min(n, d)));
    }
    m_mean = data.colwise().mean();
    const Eigen::MatrixXd centred = data.rowwise() - m_mean;
    const double denominator = double(n - 1);

    // Eigen-decompose the smaller of the two Gram matrices: features x features for tall
    // data, rows x rows for wide data (e.g. 1000 samples x 5000 genes).
    Eigen::MatrixXd directions;  // features x components, unit columns
    Eigen::VectorXd variance;
    if (d <= n) {
        Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(d, d);
        covariance.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
        covariance = covariance.selfadjointView<Eigen::Lower>();
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
        directions = solver.eigenvectors().rightCols(m_components).rowwise().reverse();
        variance = solver.eigenvalues().tail(m_components).reverse() / denominator;
        m_totalVariance = covariance.trace() / denominator;
    } else {
        Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(n, n);
        gram.selfadjointView<Eigen::Lower>().rankUpdate(centred);
        gram = gram.selfadjointView<Eigen::Lower>();
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram);
        const Eigen::MatrixXd left =
            solver.eigenvectors().rightCols(m_components).rowwise().reverse();
        const Eigen::VectorXd squared = solver.eigenvalues().tail(m_components).reverse();
        directions = centred.transpose() * left;
        for (Eigen::Index j = 0; j < directions.cols(); ++j) directions.col(j).normalize();
        variance = squared / denominator;
        m_totalVariance = gram.trace() / denominator;
    }
    m_componentRows = directions.transpose();
    m_explainedVariance = variance.cwiseMax(0.0);
    orientLikeScikitLearn(centred);
}

void Pca::orientLikeScikitLearn(const Eigen::Ref<const Eigen::MatrixXd>& centred) {
    // svd_flip: the score with the largest magnitude in each component is made positive.
    const Eigen::MatrixXd scores = centred * m_componentRows.transpose();
    for (Eigen::Index j = 0; j < scores.cols(); ++j) {
        Eigen::Index largest = 0;
        scores.col(j).cwiseAbs().maxCoeff(&largest);
        if (scores(largest, j) < 0) m_componentRows.row(j) *= -1.0;
    }
}

Eigen::MatrixXd Pca::transform(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    if (data.cols() != m_mean.size()) {
        throw DataError("PCA was fitted on " + std::to_string(m_mean.size()) + " columns but got " +
                        std::to_string(data.cols()));
    }
    return (data.rowwise() - m_mean) * m_componentRows.transpose();
}

Eigen::MatrixXd Pca::fitTransform(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    fit(data);
    return transform(data);
}

Eigen::MatrixXd Pca::inverseTransform(const Eigen::Ref<const Eigen::MatrixXd>& latent) const {
    return (latent * m_componentRows).rowwise() + m_mean;
}

double Pca::reconstructionMse(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    return (data - inverseTransform(transform(data))).squaredNorm() / double(data.size());
}

}  // namespace latentlab
