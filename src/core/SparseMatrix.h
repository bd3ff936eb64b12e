// A compressed sparse row (CSR) matrix of doubles: how expression data (cells x genes, ~90 %
// zeros) is held from the reader until the genes are chosen. Rows are cells, columns genes;
// within a row the column indices are strictly increasing. Shaped like scipy's csr_matrix
// (data, indices, indptr, shape), so .h5ad and 10x readers fill it directly.
//
//   SparseMatrix m = SparseMatrix::fromTriplets(rows, cols, {{0, 2, 1.0}, {1, 0, 3.0}});
//   for (std::int64_t k = m.rowStart(r); k < m.rowEnd(r); ++k) use(m.indices[k], m.values[k]);
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace latentlab {

struct SparseTriplet {
    int row;
    int column;
    double value;
};

class SparseMatrix {
public:
    SparseMatrix() = default;
    /// An empty (all-zero) rows x columns matrix.
    SparseMatrix(int rows, int columns);

    /// Sums duplicates, drops explicit zeros, sorts each row by column. Throws
    /// std::invalid_argument for an index outside the shape.
    static SparseMatrix fromTriplets(int rows, int columns, std::vector<SparseTriplet> triplets);
    /// Takes CSR arrays as they are stored (scipy's layout) and validate()s them.
    static SparseMatrix fromCsr(int rows, int columns, std::vector<double> values,
                                std::vector<int> indices, std::vector<std::int64_t> indptr);
    /// The non-zero entries of a dense matrix.
    static SparseMatrix fromDense(const Eigen::Ref<const Eigen::MatrixXd>& dense);

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    std::int64_t nonZeros() const { return std::int64_t(values.size()); }
    std::int64_t rowStart(int row) const { return indptr[std::size_t(row)]; }
    std::int64_t rowEnd(int row) const { return indptr[std::size_t(row) + 1]; }

    /// The listed columns (in the order given, repeats allowed) as a dense rows x columns.size()
    /// matrix.
    Eigen::MatrixXd denseColumns(const std::vector<int>& columns) const;
    Eigen::MatrixXd toDense() const;
    /// Keeps the rows where keep[row] (keep.size() == rows()). On an rvalue
    /// (`std::move(m).keepRows(keep)`) the entries are compacted in place: no second copy.
    SparseMatrix keepRows(const std::vector<bool>& keep) const&;
    SparseMatrix keepRows(const std::vector<bool>& keep) &&;
    /// Keeps the columns where keep[column], renumbering them in order; in place on an rvalue.
    SparseMatrix keepColumns(const std::vector<bool>& keep) const&;
    SparseMatrix keepColumns(const std::vector<bool>& keep) &&;
    /// The transpose (e.g. a genes x cells Matrix Market file as cells x genes), still CSR.
    SparseMatrix transposed() const;
    /// Checks the CSR invariants (sizes, monotone indptr, sorted in-range indices); throws
    /// std::invalid_argument naming the first violation (row and entry).
    void validate() const;

    std::vector<double> values;           ///< non-zero values, row by row
    std::vector<int> indices;             ///< their column indices
    std::vector<std::int64_t> indptr{0};  ///< rows() + 1 offsets into values / indices

private:
    int m_rows = 0;
    int m_columns = 0;
};

}  // namespace latentlab
