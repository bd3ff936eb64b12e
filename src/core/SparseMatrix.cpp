#include "SparseMatrix.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace latentlab {

namespace {

/// New numbers 0.. of the kept positions, -1 for the dropped ones.
std::vector<int> renumberKept(const std::vector<bool>& keep, int* kept) {
    std::vector<int> renumbered(keep.size(), -1);
    int next = 0;
    for (std::size_t j = 0; j < keep.size(); ++j)
        if (keep[j]) renumbered[j] = next++;
    *kept = next;
    return renumbered;
}

}  // namespace

SparseMatrix::SparseMatrix(int rows, int columns)
    : indptr(std::size_t(std::max(rows, 0)) + 1, 0), m_rows(rows), m_columns(columns) {
    if (rows < 0 || columns < 0)
        throw std::invalid_argument("a matrix cannot have a negative size");
}

SparseMatrix SparseMatrix::fromTriplets(int rows, int columns,
                                        std::vector<SparseTriplet> triplets) {
    SparseMatrix m(rows, columns);
    for (const SparseTriplet& t : triplets)
        if (t.row < 0 || t.row >= rows || t.column < 0 || t.column >= columns)
            throw std::invalid_argument("entry (" + std::to_string(t.row + 1) + ", " +
                                        std::to_string(t.column + 1) + ") is outside the " +
                                        std::to_string(rows) + " x " + std::to_string(columns) +
                                        " matrix");
    std::stable_sort(triplets.begin(), triplets.end(),
                     [](const SparseTriplet& a, const SparseTriplet& b) {
                         return a.row != b.row ? a.row < b.row : a.column < b.column;
                     });
    m.values.reserve(triplets.size());
    m.indices.reserve(triplets.size());
    std::size_t i = 0;
    for (int row = 0; row < rows; ++row) {
        while (i < triplets.size() && triplets[i].row == row) {
            const int column = triplets[i].column;
            double sum = 0.0;
            for (; i < triplets.size() && triplets[i].row == row && triplets[i].column == column;
                 ++i)
                sum += triplets[i].value;
            if (sum != 0.0) {
                m.values.push_back(sum);
                m.indices.push_back(column);
            }
        }
        m.indptr[std::size_t(row) + 1] = std::int64_t(m.values.size());
    }
    return m;
}

SparseMatrix SparseMatrix::fromCsr(int rows, int columns, std::vector<double> values,
                                   std::vector<int> indices, std::vector<std::int64_t> indptr) {
    SparseMatrix m;
    m.m_rows = rows;
    m.m_columns = columns;
    m.values = std::move(values);
    m.indices = std::move(indices);
    m.indptr = std::move(indptr);
    m.validate();
    return m;
}

SparseMatrix SparseMatrix::fromDense(const Eigen::Ref<const Eigen::MatrixXd>& dense) {
    SparseMatrix m(int(dense.rows()), int(dense.cols()));
    for (int row = 0; row < m.m_rows; ++row) {
        for (int column = 0; column < m.m_columns; ++column)
            if (dense(row, column) != 0.0) {
                m.values.push_back(dense(row, column));
                m.indices.push_back(column);
            }
        m.indptr[std::size_t(row) + 1] = std::int64_t(m.values.size());
    }
    return m;
}

Eigen::MatrixXd SparseMatrix::denseColumns(const std::vector<int>& columns) const {
    // A column may be asked for more than once: each source column heads a chain of the
    // output slots that want it (firstSlot -> nextSlot -> ... -> -1).
    std::vector<int> firstSlot(std::size_t(m_columns), -1);
    std::vector<int> nextSlot(columns.size(), -1);
    for (std::size_t j = columns.size(); j-- > 0;) {
        if (columns[j] < 0 || columns[j] >= m_columns)
            throw std::invalid_argument("column " + std::to_string(columns[j]) +
                                        " is outside the matrix");
        nextSlot[j] = firstSlot[std::size_t(columns[j])];
        firstSlot[std::size_t(columns[j])] = int(j);
    }
    Eigen::MatrixXd dense = Eigen::MatrixXd::Zero(m_rows, Eigen::Index(columns.size()));
    for (int row = 0; row < m_rows; ++row)
        for (std::int64_t k = rowStart(row); k < rowEnd(row); ++k)
            for (int j = firstSlot[std::size_t(indices[std::size_t(k)])]; j >= 0;
                 j = nextSlot[std::size_t(j)])
                dense(row, j) = values[std::size_t(k)];
    return dense;
}

Eigen::MatrixXd SparseMatrix::toDense() const {
    std::vector<int> all(static_cast<std::size_t>(m_columns));
    for (int j = 0; j < m_columns; ++j) all[std::size_t(j)] = j;
    return denseColumns(all);
}

SparseMatrix SparseMatrix::keepRows(const std::vector<bool>& keep) const& {
    if (keep.size() != std::size_t(m_rows))
        throw std::invalid_argument("keepRows: one flag per row expected");
    SparseMatrix m(0, m_columns);
    for (int row = 0; row < m_rows; ++row) {
        if (!keep[std::size_t(row)]) continue;
        m.values.insert(m.values.end(), values.begin() + rowStart(row),
                        values.begin() + rowEnd(row));
        m.indices.insert(m.indices.end(), indices.begin() + rowStart(row),
                         indices.begin() + rowEnd(row));
        m.indptr.push_back(std::int64_t(m.values.size()));
        ++m.m_rows;
    }
    return m;
}

SparseMatrix SparseMatrix::keepRows(const std::vector<bool>& keep) && {
    if (keep.size() != std::size_t(m_rows))
        throw std::invalid_argument("keepRows: one flag per row expected");
    // Kept entries only ever move towards the front, so one forward pass compacts them.
    std::size_t write = 0;
    int keptRows = 0;
    for (int row = 0; row < m_rows; ++row) {
        const std::size_t start = std::size_t(indptr[std::size_t(row)]);
        const std::size_t end = std::size_t(indptr[std::size_t(row) + 1]);
        if (!keep[std::size_t(row)]) continue;
        std::copy(values.begin() + std::ptrdiff_t(start), values.begin() + std::ptrdiff_t(end),
                  values.begin() + std::ptrdiff_t(write));
        std::copy(indices.begin() + std::ptrdiff_t(start), indices.begin() + std::ptrdiff_t(end),
                  indices.begin() + std::ptrdiff_t(write));
        write += end - start;
        indptr[std::size_t(++keptRows)] = std::int64_t(write);
    }
    values.resize(write);
    indices.resize(write);
    indptr.resize(std::size_t(keptRows) + 1);
    m_rows = keptRows;
    return std::move(*this);
}

SparseMatrix SparseMatrix::keepColumns(const std::vector<bool>& keep) const& {
    if (keep.size() != std::size_t(m_columns))
        throw std::invalid_argument("keepColumns: one flag per column expected");
    int next = 0;
    const std::vector<int> renumbered = renumberKept(keep, &next);
    SparseMatrix m(m_rows, next);
    for (int row = 0; row < m_rows; ++row) {
        for (std::int64_t k = rowStart(row); k < rowEnd(row); ++k)
            if (const int j = renumbered[std::size_t(indices[std::size_t(k)])]; j >= 0) {
                m.values.push_back(values[std::size_t(k)]);
                m.indices.push_back(j);
            }
        m.indptr[std::size_t(row) + 1] = std::int64_t(m.values.size());
    }
    return m;
}

SparseMatrix SparseMatrix::keepColumns(const std::vector<bool>& keep) && {
    if (keep.size() != std::size_t(m_columns))
        throw std::invalid_argument("keepColumns: one flag per column expected");
    int next = 0;
    const std::vector<int> renumbered = renumberKept(keep, &next);
    std::size_t write = 0;
    std::size_t start = 0;
    for (int row = 0; row < m_rows; ++row) {
        const std::size_t end = std::size_t(indptr[std::size_t(row) + 1]);
        for (std::size_t k = start; k < end; ++k)
            if (const int j = renumbered[std::size_t(indices[k])]; j >= 0) {
                values[write] = values[k];
                indices[write] = j;
                ++write;
            }
        start = end;
        indptr[std::size_t(row) + 1] = std::int64_t(write);
    }
    values.resize(write);
    indices.resize(write);
    m_columns = next;
    return std::move(*this);
}

SparseMatrix SparseMatrix::transposed() const {
    SparseMatrix t(m_columns, m_rows);
    std::vector<std::int64_t> count(std::size_t(m_columns) + 1, 0);
    for (int j : indices) ++count[std::size_t(j) + 1];
    for (int j = 0; j < m_columns; ++j) count[std::size_t(j) + 1] += count[std::size_t(j)];
    t.indptr = count;
    t.values.resize(values.size());
    t.indices.resize(indices.size());
    // Rows in order, so each transposed row gets its columns in increasing order.
    for (int row = 0; row < m_rows; ++row)
        for (std::int64_t k = rowStart(row); k < rowEnd(row); ++k) {
            const std::int64_t at = count[std::size_t(indices[std::size_t(k)])]++;
            t.values[std::size_t(at)] = values[std::size_t(k)];
            t.indices[std::size_t(at)] = row;
        }
    return t;
}

void SparseMatrix::validate() const {
    const auto fail = [](const std::string& what) { throw std::invalid_argument(what); };
    if (m_rows < 0 || m_columns < 0) fail("the matrix has a negative size");
    if (indptr.size() != std::size_t(m_rows) + 1)
        fail("indptr has " + std::to_string(indptr.size()) + " entries; " +
             std::to_string(m_rows + 1) + " expected (rows + 1)");
    if (values.size() != indices.size())
        fail("data has " + std::to_string(values.size()) + " entries but indices has " +
             std::to_string(indices.size()));
    if (indptr.front() != 0) fail("indptr does not start at 0");
    if (indptr.back() != std::int64_t(values.size()))
        fail("indptr ends at " + std::to_string(indptr.back()) + ", not at the " +
             std::to_string(values.size()) + " stored entries");
    for (int row = 0; row < m_rows; ++row) {
        if (rowEnd(row) < rowStart(row)) fail("indptr decreases at row " + std::to_string(row + 1));
        // Without this an early offset past the end would be read through before the last
        // offset is found wrong.
        if (rowEnd(row) > nonZeros())
            fail("indptr of row " + std::to_string(row + 1) + " points past the " +
                 std::to_string(nonZeros()) + " stored entries");
        for (std::int64_t k = rowStart(row); k < rowEnd(row); ++k) {
            const int j = indices[std::size_t(k)];
            if (j < 0 || j >= m_columns)
                fail("row " + std::to_string(row + 1) + ": column index " + std::to_string(j) +
                     " is outside 0.." + std::to_string(m_columns - 1));
            if (k > rowStart(row) && indices[std::size_t(k) - 1] >= j)
                fail("row " + std::to_string(row + 1) + ": column indices are not increasing");
        }
    }
}

}  // namespace latentlab
