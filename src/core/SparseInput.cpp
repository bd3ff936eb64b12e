#include "SparseInput.h"

#include <omp.h>
#include <algorithm>

namespace latentlab {

namespace {

/// The kernels work on slices of this many outputs: a slice of the whole batch (32 x 128
/// floats) fits in L1, and a slice of a column is two AVX-512 registers.
constexpr Eigen::Index kSlice = 32;

Eigen::Index sliceCount(Eigen::Index outputs) { return (outputs + kSlice - 1) / kSlice; }

/// Threads for one kernel: Eigen's count (as the dense products use), at most one per slice.
int kernelThreads(Eigen::Index slices) {
    return int(std::clamp<Eigen::Index>(slices, 1, Eigen::nbThreads()));
}

/// y[0..length) += a x[0..length); a full slice with its length known to the compiler.
template <typename Scalar>
inline void addScaled(Scalar* __restrict y, Scalar a, const Scalar* __restrict x,
                      Eigen::Index length) {
    if (length == kSlice) {
#pragma omp simd
        for (Eigen::Index h = 0; h < kSlice; ++h) y[h] += a * x[h];
    } else {
        for (Eigen::Index h = 0; h < length; ++h) y[h] += a * x[h];
    }
}

}  // namespace

template <typename Scalar>
Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic> SparseBatch<Scalar>::toDense() const {
    Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic> dense(rows, cols());
    for (Eigen::Index j = 0; j < cols(); ++j) {
        dense.col(j).setConstant(baseline(j));
        for (int e = columnStart[std::size_t(j)]; e < columnStart[std::size_t(j) + 1]; ++e)
            dense(row[std::size_t(e)], j) += value[std::size_t(e)];
    }
    return dense;
}

template <typename Scalar>
BaselineSparseRows<Scalar> BaselineSparseRows<Scalar>::fromRows(const RowMajor& rows) {
    BaselineSparseRows sparse;
    const Eigen::Index n = rows.rows(), d = rows.cols();
    sparse.m_baseline = Vector::Zero(d);
    if (n > 0) {
        // Boyer-Moore majority vote, column by column, in one pass over the rows.
        sparse.m_baseline = rows.row(0).transpose();
        std::vector<Eigen::Index> votes(std::size_t(d), 1);
        for (Eigen::Index r = 1; r < n; ++r) {
            const Scalar* x = rows.data() + r * d;
            for (Eigen::Index c = 0; c < d; ++c) {
                Eigen::Index& vote = votes[std::size_t(c)];
                if (x[c] == sparse.m_baseline(c))
                    ++vote;
                else if (vote == 0) {
                    sparse.m_baseline(c) = x[c];
                    vote = 1;
                } else
                    --vote;
            }
        }
    }
    sparse.m_rowStart.reserve(std::size_t(n) + 1);
    for (Eigen::Index r = 0; r < n; ++r) {
        const Scalar* x = rows.data() + r * d;
        for (Eigen::Index c = 0; c < d; ++c) {
            if (x[c] == sparse.m_baseline(c)) continue;
            sparse.m_column.push_back(int(c));
            sparse.m_value.push_back(x[c] - sparse.m_baseline(c));
        }
        sparse.m_rowStart.push_back(std::int64_t(sparse.m_column.size()));
    }
    return sparse;
}

template <typename Scalar>
double BaselineSparseRows<Scalar>::density() const {
    const double cells = double(rows()) * double(cols());
    return cells > 0 ? double(m_column.size()) / cells : 0.0;
}

template <typename Scalar>
void BaselineSparseRows<Scalar>::gatherBatch(const int* rows, Eigen::Index count,
                                             SparseBatch<Scalar>& batch) const {
    batch.rows = count;
    batch.baseline = m_baseline;
    // Counting sort of the rows' entries by column; within a column rows stay in batch order.
    std::vector<int>& start = batch.columnStart;
    start.assign(std::size_t(cols()) + 1, 0);
    std::size_t entries = 0;
    for (Eigen::Index i = 0; i < count; ++i) {
        const auto r = std::size_t(rows[i]);
        for (auto e = m_rowStart[r]; e < m_rowStart[r + 1]; ++e)
            ++start[std::size_t(m_column[std::size_t(e)]) + 1];
        entries += std::size_t(m_rowStart[r + 1] - m_rowStart[r]);
    }
    for (std::size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
    batch.row.resize(entries);
    batch.value.resize(entries);
    std::vector<int> next(start.begin(), start.end() - 1);
    for (Eigen::Index i = 0; i < count; ++i) {
        const auto r = std::size_t(rows[i]);
        for (auto e = m_rowStart[r]; e < m_rowStart[r + 1]; ++e) {
            const auto at = std::size_t(next[std::size_t(m_column[std::size_t(e)])]++);
            batch.row[at] = int(i);
            batch.value[at] = m_value[std::size_t(e)];
        }
    }
}

template <typename Scalar>
void sparseTimesWeights(const SparseBatch<Scalar>& batch,
                        const Eigen::Ref<const Eigen::Matrix<Scalar, -1, -1>>& weights,
                        const Eigen::Ref<const Eigen::Matrix<Scalar, -1, 1>>& bias,
                        Eigen::Matrix<Scalar, -1, -1>& out) {
    const Eigen::Index outputs = weights.rows(), cols = batch.cols();
    // Transposed, so each entry adds a contiguous slice of a weight column to a contiguous
    // slice of an output row; slice by slice, the batch's slices stay in L1.
    Eigen::Matrix<Scalar, -1, -1> transposed(outputs, batch.rows);
    transposed.colwise() = weights * batch.baseline + bias;
    const Eigen::Index slices = sliceCount(outputs);
    // Threads take whole slices: every value is summed in the same order whatever their count.
#pragma omp parallel for schedule(static) num_threads(kernelThreads(slices))
    for (Eigen::Index slice = 0; slice < slices; ++slice) {
        const Eigen::Index first = slice * kSlice, length = std::min(kSlice, outputs - first);
        for (Eigen::Index j = 0; j < cols; ++j) {
            const Scalar* w = weights.col(j).data() + first;
            for (int e = batch.columnStart[std::size_t(j)];
                 e < batch.columnStart[std::size_t(j) + 1]; ++e)
                addScaled(transposed.col(batch.row[std::size_t(e)]).data() + first,
                          batch.value[std::size_t(e)], w, length);
        }
    }
    out = transposed.transpose();
}

template <typename Scalar>
void sparseWeightGradient(const SparseBatch<Scalar>& batch,
                          const Eigen::Matrix<Scalar, -1, -1>& delta,
                          Eigen::Map<Eigen::Matrix<Scalar, -1, -1>> gradient) {
    const Eigen::Index outputs = delta.cols(), cols = batch.cols();
    const Eigen::Matrix<Scalar, -1, -1> transposed = delta.transpose();
    const Eigen::Matrix<Scalar, -1, 1> sums = delta.colwise().sum().transpose();
    const Eigen::Index slices = sliceCount(outputs);
    // Slice by slice, the batch's deltas stay in L1 while each gradient column's slice is
    // baseline_j * sums + the sum over its entries, accumulated in place and written once.
#pragma omp parallel for schedule(static) num_threads(kernelThreads(slices))
    for (Eigen::Index slice = 0; slice < slices; ++slice) {
        const Eigen::Index first = slice * kSlice, length = std::min(kSlice, outputs - first);
        for (Eigen::Index j = 0; j < cols; ++j) {
            Scalar* g = gradient.col(j).data() + first;
            const Scalar b = batch.baseline(j);
            for (Eigen::Index h = 0; h < length; ++h) g[h] = b * sums(first + h);
            for (int e = batch.columnStart[std::size_t(j)];
                 e < batch.columnStart[std::size_t(j) + 1]; ++e)
                addScaled(g, batch.value[std::size_t(e)],
                          transposed.col(batch.row[std::size_t(e)]).data() + first, length);
        }
    }
}

template <typename Scalar>
void subtractSparse(const Eigen::Matrix<Scalar, -1, -1>& output, const SparseBatch<Scalar>& batch,
                    Eigen::Matrix<Scalar, -1, -1>& residual) {
    residual.resize(output.rows(), output.cols());
    for (Eigen::Index j = 0; j < batch.cols(); ++j) {
        residual.col(j) = output.col(j).array() - batch.baseline(j);
        for (int e = batch.columnStart[std::size_t(j)]; e < batch.columnStart[std::size_t(j) + 1];
             ++e)
            residual(batch.row[std::size_t(e)], j) -= batch.value[std::size_t(e)];
    }
}

#define LATENTLAB_SPARSE_INPUT(Scalar)                                                          \
    template struct SparseBatch<Scalar>;                                                        \
    template class BaselineSparseRows<Scalar>;                                                  \
    template void sparseTimesWeights<Scalar>(                                                   \
        const SparseBatch<Scalar>&, const Eigen::Ref<const Eigen::Matrix<Scalar, -1, -1>>&,     \
        const Eigen::Ref<const Eigen::Matrix<Scalar, -1, 1>>&, Eigen::Matrix<Scalar, -1, -1>&); \
    template void sparseWeightGradient<Scalar>(const SparseBatch<Scalar>&,                      \
                                               const Eigen::Matrix<Scalar, -1, -1>&,            \
                                               Eigen::Map<Eigen::Matrix<Scalar, -1, -1>>);      \
    template void subtractSparse<Scalar>(const Eigen::Matrix<Scalar, -1, -1>&,                  \
                                         const SparseBatch<Scalar>&,                            \
                                         Eigen::Matrix<Scalar, -1, -1>&);
LATENTLAB_SPARSE_INPUT(float)
LATENTLAB_SPARSE_INPUT(double)
#undef LATENTLAB_SPARSE_INPUT

}  // namespace latentlab
