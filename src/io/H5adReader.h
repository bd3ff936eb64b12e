// Reads an AnnData .h5ad file into ExpressionData: the chosen matrix (X, raw/X or a layer)
// as a cells x genes CSR, cell names from obs's index, gene ids from var's index, gene names
// from var's gene_symbols / feature_name column (else the ids) and obs's columns as
// annotations. Every fault is one ReadError line naming the file and the element.
//
//   H5adReader reader({"layers/counts"});
//   ExpressionData data = reader.read("pbmc.h5ad");
//   data.annotation("cell_type");
#pragma once

#include "ExpressionData.h"

#include <QString>
#include <string>
#include <vector>

namespace latentlab::io {

class Hdf5Node;

struct H5adReadOptions {
    /// Which matrix: "X" (the default), "raw" (raw/X, genes from raw/var) or "layers/NAME".
    std::string matrix = "X";
    /// var column holding the gene names. Empty: "gene_symbols", else "feature_name", else
    /// the var index (the ids) is used for both.
    std::string geneNameColumn{};
};

class H5adReader {
public:
    explicit H5adReader(H5adReadOptions options = {}) : m_options(std::move(options)) {}

    /// Throws ReadError for a missing, non-HDF5, truncated or malformed file.
    ExpressionData read(const QString& path);
    /// The same from a file image in memory (tests, fuzzing); `source` names it in messages.
    ExpressionData readImage(const void* bytes, std::size_t size, const std::string& source);

    /// The obs columns of a .h5ad file (column-order, else obs's members), without reading
    /// any matrix or value: what a label column can be. Throws ReadError like read().
    static std::vector<std::string> obsColumnNames(const QString& path);

    /// "obs/NAME (why)" for the columns of the last read that were not read.
    const std::vector<std::string>& skippedColumns() const { return m_skipped; }
    /// The var column the gene names came from in the last read; empty if the ids.
    const std::string& geneNameColumn() const { return m_geneNameColumn; }

private:
    ExpressionData readRoot(const Hdf5Node& root);
    /// Throws ReadError naming a loom or Cell Ranger .h5 layout (no /X, a /matrix).
    static void rejectForeignLayout(const Hdf5Node& root);

    H5adReadOptions m_options;
    std::vector<std::string> m_skipped;
    std::string m_geneNameColumn;
};

}  // namespace latentlab::io
