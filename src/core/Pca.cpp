#include "Pca.h"

#include "Errors.h"

#include <Spectra/MatOp/DenseSymMatProd.h>
#include <Spectra/SymEigsSolver.h>
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <string>

namespace latentlab {
namespace {

using Eigen::Index;

// Rows (or, for wide data, columns) centred at a time: no centred copy of the whole matrix
// is made (at 20 000 x 2 000 that copy alone was 320 MB).
constexpr Index kBlock = 2048;
// Below this size the full eigendecomposition takes milliseconds; Lanczos buys nothing.
constexpr Index kTruncatedMinSize = 100;

/// Lower triangle of the centred data's cross-product: features x features if `byColumns`
/// is false (X_c^T X_c), rows x rows (X_c X_c^T) if it is true.
Eigen::MatrixXd centredCrossProduct(const Eigen::Ref<const Eigen::MatrixXd>& data,
                                    const Eigen::RowVectorXd& mean, bool byColumns) {
    const Index size = byColumns ? data.rows() : data.cols();
    Eigen::MatrixXd product = Eigen::MatrixXd::Zero(size, size);
    Eigen::MatrixXd block;
    if (!byColumns) {
        for (Index start = 0; start < data.rows(); start += kBlock) {
            const Index rows = std::min(kBlock, data.rows() - start);
            block = data.middleRows(start, rows).rowwise() - mean;
            product.selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
        }
    } else {
        for (Index start = 0; start < data.cols(); start += kBlock) {
            const Index columns = std::min(kBlock, data.cols() - start);
            block = data.middleCols(start, columns).rowwise() - mean.segment(start, columns);
            product.selfadjointView<Eigen::Lower>().rankUpdate(block);
        }
    }
    return product;
}

struct Eigenpairs {
    Eigen::MatrixXd vectors;  ///< unit columns, leading first
    Eigen::VectorXd values;   ///< descending
};

/// The k largest eigenpairs of a symmetric matrix (lower triangle used) by a full
/// decomposition.
Eigenpairs fullEigenpairs(const Eigen::MatrixXd& lower, Index k) {
    const Eigen::MatrixXd symmetric = lower.selfadjointView<Eigen::Lower>();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(symmetric);
    return {solver.eigenvectors().rightCols(k).rowwise().reverse(),
            solver.eigenvalues().tail(k).reverse()};
}

/// The same by implicitly restarted Lanczos (Spectra, as ARPACK which scikit-learn's
/// svd_solver="arpack" uses), with ARPACK's default subspace size; false if it did not
/// converge.
bool lanczosEigenpairs(const Eigen::MatrixXd& lower, Index k, Eigenpairs& out) {
    Spectra::DenseSymMatProd<double, Eigen::Lower> product(lower);
    const Index subspace = std::min(lower.rows(), std::max<Index>(2 * k + 1, 20));
    Spectra::SymEigsSolver<Spectra::DenseSymMatProd<double, Eigen::Lower>> solver(product, k,
                                                                                  subspace);
    solver.init();  // Spectra's fixed-seed start vector: the same result every run
    solver.compute(Spectra::SortRule::LargestAlge, 1000, 1e-12);
    if (solver.info() != Spectra::CompInfo::Successful) return false;
    out.vectors = solver.eigenvectors();
    out.values = solver.eigenvalues();
    return true;
}

Eigenpairs leadingEigenpairs(const Eigen::MatrixXd& lower, Index k, PcaSolver solver) {
    const Index size = lower.rows();
    const bool truncated =
        solver == PcaSolver::Truncated ||
        (solver == PcaSolver::Auto && size >= kTruncatedMinSize && 4 * k <= size);
    Eigenpairs pairs;
    if (truncated && k < size && lanczosEigenpairs(lower, k, pairs)) return pairs;
    return fullEigenpairs(lower, k);
}

}  // namespace

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
    const Index n = data.rows();
    const Index d = data.cols();
    if (n < 2) throw DataError("PCA needs at least 2 rows, got " + std::to_string(n));
    if (m_components < 1 || m_components > std::min(n, d)) {
        throw ConfigError("pca.components = " + std::to_string(m_components) +
                          " is out of range: must be between 1 and min(rows, columns) = " +
                          std::to_string(std::min(n, d)));
    }
    m_mean = data.colwise().mean();
    const double denominator = double(n - 1);

    // Eigen-decompose the smaller of the two Gram matrices: features x features for tall
    // data, rows x rows for wide data (e.g. 1000 samples x 5000 genes).
    const bool wide = d > n;
    const Eigen::MatrixXd cross = centredCrossProduct(data, m_mean, wide);
    const Eigenpairs pairs = leadingEigenpairs(cross, m_components, m_solver);
    m_totalVariance = cross.trace() / denominator;
    Eigen::MatrixXd directions;  // features x components, unit columns
    if (!wide) {
        directions = pairs.vectors;
    } else {
        // X_c^T u = X^T u - mean^T (1^T u), without forming X_c.
        directions =
            data.transpose() * pairs.vectors - m_mean.transpose() * pairs.vectors.colwise().sum();
        for (Index j = 0; j < directions.cols(); ++j) directions.col(j).normalize();
    }
    m_componentRows = directions.transpose();
    m_explainedVariance = (pairs.values / denominator).cwiseMax(0.0);
    orientLikeScikitLearn(data);
}

void Pca::orientLikeScikitLearn(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    // svd_flip: the score with the largest magnitude in each component is made positive.
    const Eigen::MatrixXd scores = transform(data);
    for (Index j = 0; j < scores.cols(); ++j) {
        Index largest = 0;
        scores.col(j).cwiseAbs().maxCoeff(&largest);
        if (scores(largest, j) < 0) m_componentRows.row(j) *= -1.0;
    }
}

Eigen::MatrixXd Pca::transform(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    if (data.cols() != m_mean.size()) {
        throw DataError("PCA was fitted on " + std::to_string(m_mean.size()) + " columns but got " +
                        std::to_string(data.cols()));
    }
    // (X - mean) C^T as X C^T - mean C^T: the same to rounding, without a centred copy.
    Eigen::MatrixXd scores = data * m_componentRows.transpose();
    scores.rowwise() -= m_mean * m_componentRows.transpose();
    return scores;
}

Eigen::MatrixXd Pca::fitTransform(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    fit(data);
    return transform(data);
}

Eigen::MatrixXd Pca::inverseTransform(const Eigen::Ref<const Eigen::MatrixXd>& latent) const {
    return (latent * m_componentRows).rowwise() + m_mean;
}

double Pca::reconstructionMse(const Eigen::Ref<const Eigen::MatrixXd>& data) const {
    // Block by block: the reconstruction of a wide matrix is as large as the matrix.
    double sum = 0.0;
    Eigen::MatrixXd centred, residual;
    for (Index start = 0; start < data.rows(); start += kBlock) {
        const Index rows = std::min(kBlock, data.rows() - start);
        centred = data.middleRows(start, rows).rowwise() - m_mean;
        residual = centred;
        residual.noalias() -= (centred * m_componentRows.transpose()) * m_componentRows;
        sum += residual.squaredNorm();
    }
    return sum / double(data.size());
}

}  // namespace latentlab
