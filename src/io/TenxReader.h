// Reads a 10x Genomics Matrix Market folder (Cell Ranger 3+: matrix.mtx.gz, features.tsv.gz,
// barcodes.tsv.gz; Cell Ranger 2: matrix.mtx, genes.tsv, barcodes.tsv) into ExpressionData:
// cells x genes counts, barcodes as cell names, feature ids and names.
//
//   TenxReader reader;                                   // gene names from column 2
//   ExpressionData data = reader.read("filtered_feature_bc_matrix");
//   data.cellNames.front();                              // "AAACCTGAGAAACCAT-1"
#pragma once

#include "ExpressionData.h"

#include <QString>
#include <string>
#include <vector>

namespace latentlab::io {

struct TenxReadOptions {
    /// Gene names from features.tsv column 2 (symbols, the default) or column 1 (ids).
    bool namesFromIds = false;
    /// Keep only features of type "Gene Expression" (as scanpy's read_10x_mtx gex_only);
    /// files without a type column (Cell Ranger 2) keep every gene.
    bool geneExpressionOnly = true;
};

class TenxReader {
public:
    explicit TenxReader(TenxReadOptions options = {}) : m_options(options) {}

    /// `path`: the folder, or the path of its matrix.mtx[.gz]. Throws ReadError naming the
    /// file and line for a missing file, a bad matrix, or a features / barcodes count that
    /// does not match the matrix.
    ExpressionData read(const QString& path);

    /// Features of other types the last read left out (with geneExpressionOnly).
    int droppedFeatures() const { return m_droppedFeatures; }

private:
    TenxReadOptions m_options;
    int m_droppedFeatures = 0;
};

}  // namespace latentlab::io
