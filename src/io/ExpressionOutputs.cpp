#include "ExpressionOutputs.h"

#include "CsvWriter.h"
#include "EmbeddingCsv.h"
#include "H5adWriter.h"
#include "MethodRegistry.h"

#include <cmath>

namespace latentlab::io {
namespace {

void addMaybeNumber(CsvWriter& csv, double value) {
    if (std::isnan(value))
        csv.addText("");
    else
        csv.addNumber(value);
}

std::vector<std::string> clusterTexts(const std::vector<int>& labels) {
    std::vector<std::string> texts;
    texts.reserve(labels.size());
    for (int label : labels) texts.push_back(std::to_string(label));
    return texts;
}

std::string at(const std::vector<std::string>& texts, std::size_t i) {
    return i < texts.size() ? texts[i] : std::string();
}

}  // namespace

QByteArray genesCsv(const ExpressionSummary& summary) {
    const GeneTable& table = summary.genes;
    CsvWriter csv;
    csv.addRow({"gene", "gene_id", "means", "dispersions", "dispersions_norm", "variances",
                "highly_variable"});
    for (std::size_t i = 0; i < table.gene.size(); ++i) {
        const std::size_t gene = std::size_t(table.gene[i]);
        csv.addText(at(summary.geneNames, gene));
        csv.addText(at(summary.geneIds, gene));
        addMaybeNumber(csv, table.means[i]);
        addMaybeNumber(csv, table.dispersions[i]);
        addMaybeNumber(csv, table.dispersionsNorm[i]);
        addMaybeNumber(csv, table.variances[i]);
        csv.addText(table.highlyVariable[i] ? "True" : "False");
        csv.endRow();
    }
    return csv.bytes();
}

void writeEmbeddingsH5ad(const QString& path, const Result& result, const std::string& configJson) {
    const Dataset& data = result.data;
    std::vector<std::string> names = data.rowNames;
    if (names.size() != std::size_t(data.rows())) {
        names.clear();
        for (int r = 0; r < data.rows(); ++r) names.push_back(std::to_string(r));
    }
    H5adWriter writer(std::move(names));
    if (data.hasLabels()) {
        std::vector<std::string> labels;
        for (Eigen::Index r = 0; r < data.rows(); ++r) labels.push_back(labelText(data, r));
        writer.addCategorical("label", labels);
    }
    // obs["kmeans_umap"] (or "leiden_umap") beside obsm["X_umap"], scanpy's keys.
    const std::string clustering = toString(result.config.clustering.method);
    for (const SpaceResult& space : result.spaces) {
        writer.addCategorical(clustering + "_" + space.method,
                              clusterTexts(space.clustering.labels));
        writer.addObsm(methodInfo(space.method).obsmKey, space.embedding);
    }
    writer.addUnsString("latentlab_config", configJson);
    writer.write(path);
}

}  // namespace latentlab::io
