// Wide input rows whose columns each have one common value, kept as that value (the column's
// baseline) plus the entries that differ. Z-scored counts are such rows: a gene's zero count
// becomes the same -mean / sd in every cell without it, so 2,000 genes of 10 %-non-zero
// counts hold about 200 differing entries per cell. The autoencoder's first layer then works
// on those entries only, exactly up to rounding:
//   X W^T     = 1 (W b)^T + S W^T          (forward; b the baselines, S = X - 1 b^T)
//   delta^T X = (delta^T 1) b^T + delta^T S (the layer's weight gradient)
//
//   const auto rows = BaselineSparseRows<float>::fromRows(trainingRows);
//   if (rows.density() < kSparseInputDensity) {
//       rows.gatherBatch(batchRows, count, batch);                  // the batch, by column
//       net.lossAndGradient(batch, workspace, gradient);            // reconstructs it
//   }
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace latentlab {

/// Below this share of differing entries the sparse first layer is faster than the dense
/// product (measured on 2,000 z-scored genes: the GEMM's FLOPs are 3-4x more efficient).
inline constexpr double kSparseInputDensity = 0.25;

/// A batch of rows by column (compressed sparse columns of S = X - 1 b^T).
template <typename Scalar>
struct SparseBatch {
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
    Eigen::Index rows = 0;
    Vector baseline;               ///< one per column
    std::vector<int> columnStart;  ///< cols + 1 offsets into row / value
    std::vector<int> row;          ///< the entry's row in the batch
    std::vector<Scalar> value;     ///< entry - baseline, never 0
    Eigen::Index cols() const { return baseline.size(); }
    /// The batch as a dense matrix (for the reconstruction target and tests).
    Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic> toDense() const;
};

template <typename Scalar>
class BaselineSparseRows {
public:
    using RowMajor = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

    /// Each column's baseline is the value most of its rows hold (a majority vote; any
    /// value is exact, the majority only makes the rest sparse).
    static BaselineSparseRows fromRows(const RowMajor& rows);

    Eigen::Index rows() const { return Eigen::Index(m_rowStart.size()) - 1; }
    Eigen::Index cols() const { return m_baseline.size(); }
    const Vector& baseline() const { return m_baseline; }
    /// Stored entries over rows x cols.
    double density() const;
    /// Rows `rows[0..count)` as batch rows 0..count-1, by column.
    void gatherBatch(const int* rows, Eigen::Index count, SparseBatch<Scalar>& batch) const;

private:
    Vector m_baseline;
    std::vector<std::int64_t> m_rowStart{0};
    std::vector<int> m_column;
    std::vector<Scalar> m_value;
};

/// out = batch W^T + 1 bias^T, W being layer's (outputs x batch.cols()) weights.
template <typename Scalar>
void sparseTimesWeights(const SparseBatch<Scalar>& batch,
                        const Eigen::Ref<const Eigen::Matrix<Scalar, -1, -1>>& weights,
                        const Eigen::Ref<const Eigen::Matrix<Scalar, -1, 1>>& bias,
                        Eigen::Matrix<Scalar, -1, -1>& out);

/// gradient = delta^T batch (outputs x batch.cols()), delta being batch.rows x outputs.
template <typename Scalar>
void sparseWeightGradient(const SparseBatch<Scalar>& batch,
                          const Eigen::Matrix<Scalar, -1, -1>& delta,
                          Eigen::Map<Eigen::Matrix<Scalar, -1, -1>> gradient);

/// residual = output - batch (both batch.rows x batch.cols()).
template <typename Scalar>
void subtractSparse(const Eigen::Matrix<Scalar, -1, -1>& output, const SparseBatch<Scalar>& batch,
                    Eigen::Matrix<Scalar, -1, -1>& residual);

}  // namespace latentlab
