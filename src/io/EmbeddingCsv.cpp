#include "EmbeddingCsv.h"

#include "CsvWriter.h"
#include "Result.h"

namespace latentlab::io {

std::string labelText(const Dataset& data, Eigen::Index row) {
    return data.hasLabels() ? data.labelNames[std::size_t(data.labels[std::size_t(row)])]
                            : std::string();
}

QByteArray embeddingCsv(const Eigen::MatrixXd& embedding, const std::vector<int>& clusters,
                        const Eigen::VectorXd& silhouette, const Dataset& data) {
    const Eigen::Index rows = embedding.rows();
    const bool named = data.rowNames.size() == std::size_t(rows) && rows > 0;
    CsvWriter csv;
    std::vector<std::string> header;
    if (named) header.push_back(kRowNameColumn);
    for (Eigen::Index c = 0; c < embedding.cols(); ++c)
        header.push_back("z" + std::to_string(c + 1));
    header.insert(header.end(), {"label", "cluster", "silhouette"});
    csv.addRow(header);
    const bool haveClusters = clusters.size() == std::size_t(rows);
    for (Eigen::Index r = 0; r < rows; ++r) {
        if (named) csv.addText(data.rowNames[std::size_t(r)]);
        for (Eigen::Index c = 0; c < embedding.cols(); ++c) csv.addNumber(embedding(r, c));
        csv.addText(labelText(data, r));
        if (haveClusters)
            csv.addInteger(clusters[std::size_t(r)]);
        else
            csv.addText("");
        csv.addNumber(r < silhouette.size() ? silhouette(r) : kNotAvailable);
        csv.endRow();
    }
    return csv.bytes();
}

}  // namespace latentlab::io
