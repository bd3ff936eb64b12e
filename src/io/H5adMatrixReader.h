// Reads one AnnData matrix element (X, raw/X, layers/NAME) into a cells x genes CSR: a dense
// 2-D dataset, or a csr_matrix / csc_matrix group (anndata >= 0.8's encoding-type + shape,
// or anndata <= 0.7's h5sparse_format + h5sparse_shape). Reads in chunks straight into the
// final arrays; every structural fault is a ReadError naming the element and the entry.
//
//   Hdf5Node x = root.child("X");
//   SparseMatrix counts = H5adMatrixReader::read(x);
#pragma once

#include "Hdf5Node.h"
#include "SparseMatrix.h"

namespace latentlab::io {

class H5adMatrixReader {
public:
    /// Elements read per HDF5 call: bounds the scratch memory next to the final arrays.
    static constexpr std::uint64_t kChunk = std::uint64_t(1) << 22;

    static SparseMatrix read(const Hdf5Node& element);
    /// The element's rows x columns as its attributes or dimensions state them, checked to
    /// be a size LatentLab can hold, without reading any values.
    static std::pair<int, int> shape(const Hdf5Node& element);

private:
    /// "csr_matrix" or "csc_matrix" (either generation's attributes), else a ReadError.
    static std::string sparseEncoding(const Hdf5Node& group, std::string& shapeAttribute);
    static SparseMatrix readDense(const Hdf5Node& dataset);
    static SparseMatrix readCsr(const Hdf5Node& group, int rows, int columns);
    static SparseMatrix readCsc(const Hdf5Node& group, int rows, int columns);
};

}  // namespace latentlab::io
