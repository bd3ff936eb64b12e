// Writes embeddings as an AnnData .h5ad file (anndata >= 0.8 layout, read back by Debian's
// anndata 0.8): obs with the row names and categorical columns, obsm with named dense
// matrices, uns with strings, an empty var and no X. Knows nothing of LatentLab's Result.
//
//   H5adWriter writer(rowNames);
//   writer.addCategorical("kmeans_pca", clusterTexts);  writer.addObsm("X_pca", embedding);
//   writer.addUnsString("latentlab_config", configJson);  writer.write("out/embeddings.h5ad");
#pragma once

#include <Eigen/Core>
#include <QString>
#include <string>
#include <vector>

namespace latentlab::io {

class H5adWriter {
public:
    /// One name per row (obs's index); they must be unique for anndata to use them.
    explicit H5adWriter(std::vector<std::string> rowNames);

    /// An obs column stored as a pandas categorical; "" is missing (code -1). Categories are
    /// sorted as numbers when every value is an integer, else as text. Throws
    /// std::invalid_argument unless there is one value per row.
    void addCategorical(const std::string& name, const std::vector<std::string>& values);
    /// An obsm matrix (rows x k, stored as float64 row-major). Throws std::invalid_argument
    /// unless it has one row per name.
    void addObsm(const std::string& name, const Eigen::Ref<const Eigen::MatrixXd>& matrix);
    /// A string in uns (e.g. the config JSON).
    void addUnsString(const std::string& key, const std::string& text);

    /// Writes (replacing) the file; throws WriteError naming the path. A failed write leaves
    /// no partial file behind.
    void write(const QString& path) const;

private:
    struct Categorical {
        std::string name;
        std::vector<std::string> categories;
        std::vector<int> codes;
    };
    struct NamedMatrix {
        std::string name;
        Eigen::MatrixXd values;
    };

    std::vector<std::string> m_rowNames;
    std::vector<Categorical> m_categoricals;
    std::vector<NamedMatrix> m_obsm;
    std::vector<std::pair<std::string, std::string>> m_uns;
};

}  // namespace latentlab::io
