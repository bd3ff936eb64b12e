// Principal component analysis of centred data, matching scikit-learn's PCA: components
// are the leading right singular vectors with scikit-learn's sign rule (the largest-|value|
// score of each component is positive); explained variance uses n - 1. A few components of
// a large problem come from a Lanczos solver (as scikit-learn's svd_solver="arpack"), the
// rest from a full eigendecomposition of the smaller Gram matrix.
//
//   Pca pca(2);
//   Eigen::MatrixXd latent = pca.fitTransform(scaled);
//   double mse = pca.reconstructionMse(scaled);
#pragma once

#include <Eigen/Core>

namespace latentlab {

/// How the leading eigenvectors are found. Auto: Lanczos when the components are at most a
/// quarter of min(rows, features) and that is at least 100, else the full decomposition.
enum class PcaSolver { Auto, Full, Truncated };

class Pca {
public:
    explicit Pca(int components = 2, PcaSolver solver = PcaSolver::Auto)
        : m_components(components), m_solver(solver) {}
    /// Restores a fitted model (components as rows).
    Pca(Eigen::RowVectorXd mean, Eigen::MatrixXd components, Eigen::VectorXd explainedVariance,
        double totalVariance);

    void fit(const Eigen::Ref<const Eigen::MatrixXd>& data);
    Eigen::MatrixXd transform(const Eigen::Ref<const Eigen::MatrixXd>& data) const;
    Eigen::MatrixXd fitTransform(const Eigen::Ref<const Eigen::MatrixXd>& data);
    Eigen::MatrixXd inverseTransform(const Eigen::Ref<const Eigen::MatrixXd>& latent) const;
    /// Mean over all cells of (data - inverseTransform(transform(data)))^2.
    double reconstructionMse(const Eigen::Ref<const Eigen::MatrixXd>& data) const;

    int components() const { return m_components; }
    bool isFitted() const { return m_mean.size() > 0; }
    const Eigen::RowVectorXd& mean() const { return m_mean; }
    const Eigen::MatrixXd& componentMatrix() const {
        return m_componentRows;
    }  ///< components x features
    const Eigen::VectorXd& explainedVariance() const { return m_explainedVariance; }
    Eigen::VectorXd explainedVarianceRatio() const { return m_explainedVariance / m_totalVariance; }
    double totalVariance() const { return m_totalVariance; }

private:
    void orientLikeScikitLearn(const Eigen::Ref<const Eigen::MatrixXd>& data);

    int m_components;
    PcaSolver m_solver = PcaSolver::Auto;
    Eigen::RowVectorXd m_mean;
    Eigen::MatrixXd m_componentRows;
    Eigen::VectorXd m_explainedVariance;
    double m_totalVariance = 0.0;
};

}  // namespace latentlab
