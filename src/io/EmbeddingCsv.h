// The embedding_pca.csv / embedding_ae.csv layout shared by the run folder and by applying a
// saved model: [row_name,] z1..zd, label, cluster, silhouette; one row per data row, in
// order. The row name column appears when the input named its rows; label, cluster and
// silhouette cells are empty where there is no value.
//
//   writeFileAtomically(dir.filePath("embedding_pca.csv"),
//                       embeddingCsv(space.embedding, space.clustering.labels,
//                                    space.silhouetteLatent, result.data));
#pragma once

#include "Dataset.h"

#include <Eigen/Core>
#include <QByteArray>
#include <string>
#include <vector>

namespace latentlab::io {

/// Header of the row name column.
inline constexpr const char* kRowNameColumn = "row_name";

/// `clusters` and `silhouette` may be empty (cells left empty).
QByteArray embeddingCsv(const Eigen::MatrixXd& embedding, const std::vector<int>& clusters,
                        const Eigen::VectorXd& silhouette, const Dataset& data);

/// The label of `row` as the input wrote it; empty for unlabelled data.
std::string labelText(const Dataset& data, Eigen::Index row);

}  // namespace latentlab::io
