// Parses a Matrix Market coordinate file (integer, real or pattern; general) as 10x Genomics
// writes it, genes x cells, into a cells x genes CSR without a triplet list: entries sorted
// by cell (Cell Ranger's order) go straight into the final arrays in one pass; other orders
// are counted per cell first and filled in a second pass over the stream.
//
//   GzipSource file("matrix.mtx.gz", "matrix.mtx.gz");
//   SparseMatrix counts = MatrixMarketReader::readTransposed(file, "matrix.mtx.gz");
#pragma once

#include "ByteSource.h"
#include "SparseMatrix.h"

#include <string>

namespace latentlab::io {

class MatrixMarketReader {
public:
    /// The file's columns become rows (cells) and its rows columns (genes). Throws ReadError
    /// "<name>, line N: ..." for a bad header or size line, a token that is not a number, an
    /// entry outside the declared shape, more or fewer entries than declared.
    static SparseMatrix readTransposed(ByteSource& source, const std::string& name);
};

}  // namespace latentlab::io
