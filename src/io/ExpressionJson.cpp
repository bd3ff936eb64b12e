#include "ExpressionJson.h"

#include "IoErrors.h"
#include "JsonValues.h"
#include "MetricsJson.h"

#include <QJsonArray>

namespace latentlab::io {
namespace {

QJsonArray texts(const std::vector<std::string>& values) {
    QJsonArray array;
    for (const std::string& text : values) array.append(QString::fromStdString(text));
    return array;
}

QJsonArray numbers(const std::vector<double>& values) {
    QJsonArray array;
    for (double value : values) array.append(numberOrNull(value));
    return array;
}

std::vector<std::string> textsFrom(const QJsonObject& json, const char* key,
                                   const std::string& path) {
    std::vector<std::string> out;
    for (const QJsonValue& item : member(json, key, path).toArray())
        out.push_back(item.toString().toStdString());
    return out;
}

std::vector<double> numbersFrom(const QJsonObject& json, const char* key, const std::string& path) {
    std::vector<double> out;
    for (const QJsonValue& item : member(json, key, path).toArray())
        out.push_back(numberOrNaN(item, path + "." + key));
    return out;
}

}  // namespace

QJsonObject expressionToJson(const ExpressionSummary& summary) {
    QJsonArray highlyVariable;
    for (bool chosen : summary.genes.highlyVariable) highlyVariable.append(chosen);
    return {{"preprocessing", preprocessingToJson(summary.counts)},
            {"gene_names", texts(summary.geneNames)},
            {"gene_ids", texts(summary.geneIds)},
            {"means", numbers(summary.genes.means)},
            {"dispersions", numbers(summary.genes.dispersions)},
            {"dispersions_norm", numbers(summary.genes.dispersionsNorm)},
            {"variances", numbers(summary.genes.variances)},
            {"highly_variable", highlyVariable}};
}

std::shared_ptr<const ExpressionSummary> expressionFromJson(const QJsonValue& value,
                                                            const std::string& path) {
    if (!value.isObject()) throw ReadError(path + " must be an object { ... }");
    const QJsonObject json = value.toObject();
    auto summary = std::make_shared<ExpressionSummary>();
    const QJsonObject counts = member(json, "preprocessing", path).toObject();
    const std::string countsPath = path + ".preprocessing";
    PreprocessingCounts& c = summary->counts;
    c.cellsIn = countFromJson(member(counts, "cells_in", countsPath), countsPath + ".cells_in");
    c.cellsKept =
        countFromJson(member(counts, "cells_kept", countsPath), countsPath + ".cells_kept");
    c.genesIn = countFromJson(member(counts, "genes_in", countsPath), countsPath + ".genes_in");
    c.genesKept =
        countFromJson(member(counts, "genes_kept", countsPath), countsPath + ".genes_kept");
    c.genesSelected =
        countFromJson(member(counts, "genes_selected", countsPath), countsPath + ".genes_selected");
    summary->geneNames = textsFrom(json, "gene_names", path);
    summary->geneIds = textsFrom(json, "gene_ids", path);
    GeneTable& genes = summary->genes;
    genes.means = numbersFrom(json, "means", path);
    genes.dispersions = numbersFrom(json, "dispersions", path);
    genes.dispersionsNorm = numbersFrom(json, "dispersions_norm", path);
    genes.variances = numbersFrom(json, "variances", path);
    for (const QJsonValue& item : member(json, "highly_variable", path).toArray())
        genes.highlyVariable.push_back(item.toBool());
    const std::size_t n = summary->geneNames.size();
    if (summary->geneIds.size() != n || genes.means.size() != n || genes.dispersions.size() != n ||
        genes.dispersionsNorm.size() != n || genes.variances.size() != n ||
        genes.highlyVariable.size() != n)
        throw ReadError(path + ": every gene column needs one value per kept gene");
    for (std::size_t i = 0; i < n; ++i) genes.gene.push_back(int(i));
    return summary;
}

}  // namespace latentlab::io
