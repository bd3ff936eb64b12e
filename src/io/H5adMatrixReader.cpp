#include "H5adMatrixReader.h"

#include "CsrRows.h"
#include "IoErrors.h"
#include "PrintableText.h"

#include <algorithm>
#include <climits>

namespace latentlab::io {

namespace {

constexpr std::int64_t kLargestSide = INT_MAX - 1;

std::string text(std::int64_t value) { return std::to_string(value); }

/// The shape attribute of a sparse group, checked to fit SparseMatrix's int sides.
std::pair<int, int> sparseShape(const Hdf5Node& group, const std::string& attribute) {
    const std::vector<std::int64_t> shape = group.integerListAttribute(attribute);
    if (shape.size() != 2) group.fail("attribute '" + attribute + "' must hold two numbers");
    for (std::int64_t side : shape)
        if (side < 0 || side > kLargestSide)
            group.fail("attribute '" + attribute + "' holds " + text(side) + ", not a matrix size");
    return {int(shape[0]), int(shape[1])};
}

/// indptr of a compressed matrix with `outer` rows (CSR) or columns (CSC): starts at 0,
/// never decreases, ends at the number of stored values.
std::vector<std::int64_t> readIndptr(const Hdf5Node& group, int outer, std::uint64_t stored) {
    const Hdf5Node node = group.child("indptr");
    node.requireRank(1);
    if (node.elementCount() != std::uint64_t(outer) + 1)
        node.fail("has " + std::to_string(node.elementCount()) + " entries, expected " +
                  text(std::int64_t(outer) + 1) + " (one more than the shape's " + text(outer) +
                  ")");
    std::vector<std::int64_t> indptr = node.readIntegers();
    if (indptr.front() != 0) node.fail("indptr[0] = " + text(indptr.front()) + ", expected 0");
    for (std::size_t k = 1; k < indptr.size(); ++k)
        if (indptr[k] < indptr[k - 1])
            node.fail("indptr[" + text(std::int64_t(k)) + "] = " + text(indptr[k]) +
                      " is less than indptr[" + text(std::int64_t(k) - 1) +
                      "] = " + text(indptr[k - 1]) + " (indptr must not decrease)");
    if (std::uint64_t(indptr.back()) != stored)
        node.fail("ends at " + text(indptr.back()) + " but data holds " + std::to_string(stored) +
                  " values");
    return indptr;
}

/// data and indices: numeric, 1-D, the same length, and really stored.
std::uint64_t storedValues(const Hdf5Node& data, const Hdf5Node& indices) {
    data.requireRank(1);
    data.requireNumeric();
    indices.requireRank(1);
    if (indices.typeClass() != H5T_INTEGER) indices.fail("does not hold integers");
    data.requirePlausibleSize();
    indices.requirePlausibleSize();
    if (data.elementCount() != indices.elementCount())
        indices.fail("has " + std::to_string(indices.elementCount()) + " entries but data has " +
                     std::to_string(data.elementCount()));
    return data.elementCount();
}

void requireInRange(const Hdf5Node& indices, const int* values, std::uint64_t start,
                    std::uint64_t count, int limit, const char* what) {
    for (std::uint64_t k = 0; k < count; ++k)
        if (values[k] < 0 || values[k] >= limit) {
            const std::string value = values[k] == INT_MAX   ? "a value too large"
                                      : values[k] == INT_MIN ? "a negative value"
                                                             : text(values[k]);
            indices.fail("indices[" + std::to_string(start + k) + "] = " + value +
                         " is outside the " + text(limit) + " " + what + " of the shape");
        }
}

}  // namespace

std::string H5adMatrixReader::sparseEncoding(const Hdf5Node& element, std::string& shapeAttribute) {
    std::string encoding = element.textAttribute("encoding-type");
    shapeAttribute = "shape";
    if (encoding.empty()) {  // anndata <= 0.7
        const std::string legacy = element.textAttribute("h5sparse_format");
        if (legacy == "csr" || legacy == "csc") {
            encoding = legacy + "_matrix";
            shapeAttribute = element.hasAttribute("shape") ? "shape" : "h5sparse_shape";
        }
    }
    if (encoding != "csr_matrix" && encoding != "csc_matrix")
        element.fail("a group that is neither a csr_matrix nor a csc_matrix (encoding-type " +
                     quotedForMessage(encoding) + ")");
    return encoding;
}

std::pair<int, int> H5adMatrixReader::shape(const Hdf5Node& element) {
    if (element.isGroup()) {
        std::string shapeAttribute;
        sparseEncoding(element, shapeAttribute);
        return sparseShape(element, shapeAttribute);
    }
    element.requireRank(2);
    element.requireNumeric();  // strings as X say so, rather than that their size disagrees
    const std::vector<std::uint64_t> dims = element.shape();
    if (dims[0] > std::uint64_t(kLargestSide) || dims[1] > std::uint64_t(kLargestSide))
        element.fail("a " + std::to_string(dims[0]) + " x " + std::to_string(dims[1]) +
                     " matrix is larger than LatentLab can hold");
    return {int(dims[0]), int(dims[1])};
}

SparseMatrix H5adMatrixReader::read(const Hdf5Node& element) {
    if (!element.isGroup()) return readDense(element);
    std::string shapeAttribute;
    const std::string encoding = sparseEncoding(element, shapeAttribute);
    const auto [rows, columns] = sparseShape(element, shapeAttribute);
    return encoding == "csr_matrix" ? readCsr(element, rows, columns)
                                    : readCsc(element, rows, columns);
}

SparseMatrix H5adMatrixReader::readDense(const Hdf5Node& dataset) {
    const auto [rows, columns] = shape(dataset);
    dataset.requirePlausibleSize();
    std::vector<double> values;
    std::vector<int> indices;
    std::vector<std::int64_t> indptr{0};
    indptr.reserve(std::size_t(rows) + 1);
    const std::uint64_t rowsPerRead = std::max<std::uint64_t>(1, kChunk / std::max(columns, 1));
    std::vector<double> block;
    for (std::uint64_t start = 0; start < std::uint64_t(rows); start += rowsPerRead) {
        const std::uint64_t count = std::min(rowsPerRead, std::uint64_t(rows) - start);
        block.resize(std::size_t(count) * std::size_t(columns));
        dataset.readRows(block.data(), start, count);
        for (std::uint64_t r = 0; r < count; ++r) {
            const double* row = block.data() + r * std::uint64_t(columns);
            for (int c = 0; c < columns; ++c)
                if (row[c] != 0.0) {
                    values.push_back(row[c]);
                    indices.push_back(c);
                }
            indptr.push_back(std::int64_t(values.size()));
        }
    }
    values.shrink_to_fit();
    indices.shrink_to_fit();
    return SparseMatrix::fromCsr(rows, columns, std::move(values), std::move(indices),
                                 std::move(indptr));
}

SparseMatrix H5adMatrixReader::readCsr(const Hdf5Node& group, int rows, int columns) {
    const Hdf5Node data = group.child("data");
    const Hdf5Node indexNode = group.child("indices");
    const std::uint64_t stored = storedValues(data, indexNode);
    std::vector<std::int64_t> indptr = readIndptr(group, rows, stored);
    std::vector<double> values(stored);
    std::vector<int> indices(stored);
    for (std::uint64_t start = 0; start < stored; start += kChunk) {
        const std::uint64_t count = std::min(kChunk, stored - start);
        data.readRange(H5T_NATIVE_DOUBLE, values.data() + start, start, count);
        indexNode.readRange(H5T_NATIVE_INT, indices.data() + start, start, count);
        requireInRange(indexNode, indices.data() + start, start, count, columns, "columns");
    }
    canonicaliseRows(values, indices, indptr);
    return SparseMatrix::fromCsr(rows, columns, std::move(values), std::move(indices),
                                 std::move(indptr));
}

SparseMatrix H5adMatrixReader::readCsc(const Hdf5Node& group, int rows, int columns) {
    const Hdf5Node data = group.child("data");
    const Hdf5Node indexNode = group.child("indices");
    const std::uint64_t stored = storedValues(data, indexNode);
    const std::vector<std::int64_t> columnStarts = readIndptr(group, columns, stored);
    // The per-row counts are allocated before any index is read: bound them by the file.
    if (std::uint64_t(rows) > 1024 + group.fileSize() * 64)
        group.fail("a shape of " + text(rows) + " rows is more than the file can describe");
    // First pass: entries per row, so the CSR arrays are allocated once at their final size.
    std::vector<std::int64_t> indptr(std::size_t(rows) + 1, 0);
    std::vector<int> chunk;
    for (std::uint64_t start = 0; start < stored; start += kChunk) {
        const std::uint64_t count = std::min(kChunk, stored - start);
        chunk.resize(count);
        indexNode.readRange(H5T_NATIVE_INT, chunk.data(), start, count);
        requireInRange(indexNode, chunk.data(), start, count, rows, "rows");
        for (int row : chunk) ++indptr[std::size_t(row) + 1];
    }
    for (std::size_t r = 0; r < std::size_t(rows); ++r) indptr[r + 1] += indptr[r];
    // Second pass: scatter each column's entries to their rows; rows fill in column order.
    std::vector<double> values(stored);
    std::vector<int> indices(stored);
    std::vector<std::int64_t> next(indptr.begin(), indptr.end() - 1);
    std::vector<double> valueChunk;
    int column = 0;
    for (std::uint64_t start = 0; start < stored; start += kChunk) {
        const std::uint64_t count = std::min(kChunk, stored - start);
        chunk.resize(count);
        valueChunk.resize(count);
        indexNode.readRange(H5T_NATIVE_INT, chunk.data(), start, count);
        data.readRange(H5T_NATIVE_DOUBLE, valueChunk.data(), start, count);
        for (std::uint64_t k = 0; k < count; ++k) {
            while (std::uint64_t(columnStarts[std::size_t(column) + 1]) <= start + k) ++column;
            const std::size_t slot = std::size_t(next[std::size_t(chunk[k])]++);
            values[slot] = valueChunk[k];
            indices[slot] = column;
        }
    }
    canonicaliseRows(values, indices, indptr);
    return SparseMatrix::fromCsr(rows, columns, std::move(values), std::move(indices),
                                 std::move(indptr));
}

}  // namespace latentlab::io
