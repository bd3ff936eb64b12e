#include "SelectionCsv.h"

#include "CsvWriter.h"
#include "EmbeddingCsv.h"
#include "ExpressionLoader.h"

#include <algorithm>

namespace latentlab::io {

namespace {

bool isSelected(const std::vector<bool>& selected, Eigen::Index row) {
    return row < Eigen::Index(selected.size()) && selected[std::size_t(row)];
}

bool named(const Dataset& data) {
    return data.rows() > 0 && data.rowNames.size() == std::size_t(data.rows());
}

/// A table read without row names: the loader numbers its rows from 1 for a labels file,
/// whatever names the expression recipe later gave its cells.
bool numberedTable(const Result& result) {
    const DataConfig& data = result.config.data;
    return data.source == DataSource::Csv && !data.rowNames &&
           detectInput(data.path) == InputKind::Table;
}

}  // namespace

QByteArray selectionCsv(const Result& result, const std::vector<bool>& selected) {
    const Dataset& data = result.data;
    CsvWriter csv;
    std::vector<std::string> header{"row"};
    if (named(data)) header.push_back(kRowNameColumn);
    if (data.hasLabels()) header.push_back("label");
    for (const SpaceResult& space : result.spaces) header.push_back(space.method + "_cluster");
    for (const SpaceResult& space : result.spaces)
        for (Eigen::Index c = 0; c < space.embedding.cols(); ++c)
            header.push_back(space.method + "_z" + std::to_string(c + 1));
    csv.addRow(header);
    for (Eigen::Index row = 0; row < data.rows(); ++row) {
        if (!isSelected(selected, row)) continue;
        csv.addInteger(row + 1);
        if (named(data)) csv.addText(data.rowNames[std::size_t(row)]);
        if (data.hasLabels()) csv.addText(labelText(data, row));
        for (const SpaceResult& space : result.spaces) {
            const std::vector<int>& clusters = space.clustering.labels;
            if (std::size_t(row) < clusters.size())
                csv.addInteger(clusters[std::size_t(row)]);
            else
                csv.addText("");
        }
        for (const SpaceResult& space : result.spaces)
            for (Eigen::Index c = 0; c < space.embedding.cols(); ++c)
                csv.addNumber(row < space.embedding.rows() ? space.embedding(row, c)
                                                           : kNotAvailable);
        csv.endRow();
    }
    return csv.bytes();
}

QByteArray selectionLabelsCsv(const Result& result, const std::vector<bool>& selected) {
    const Dataset& data = result.data;
    const bool byName = named(data) && !numberedTable(result);
    CsvWriter csv;
    csv.addRow({byName ? kRowNameColumn : "row", kSelectionColumn});
    for (Eigen::Index row = 0; row < data.rows(); ++row) {
        if (byName)
            csv.addText(data.rowNames[std::size_t(row)]);
        else
            csv.addInteger(row + 1);
        csv.addText(isSelected(selected, row) ? kSelectedLabel : kNotSelectedLabel);
        csv.endRow();
    }
    return csv.bytes();
}

std::string selectionTruthProblem(const Result& result) {
    switch (result.config.data.source) {
        case DataSource::Csv:
            return std::string();
        case DataSource::Blobs:
            return "generated blobs have no file to read labels with: Export all writes them to "
                   "data.csv, which can be opened as a table";
        case DataSource::Counts:
            return "simulated counts take their labels from the simulation's cell types";
    }
    return std::string();
}

DataConfig selectionAsTruth(const Result& result, const std::string& labelsPath) {
    DataConfig data = result.config.data;
    // A table's own label column would otherwise be read as a feature.
    const std::string& own = result.data.labelColumn;
    if (data.labelsPath.empty() && result.data.hasLabels() && !own.empty() &&
        detectInput(data.path) == InputKind::Table &&
        std::find(data.ignoreColumns.begin(), data.ignoreColumns.end(), own) ==
            data.ignoreColumns.end())
        data.ignoreColumns.push_back(own);
    data.labelsPath = labelsPath;
    data.labelColumn = kSelectionColumn;
    return data;
}

}  // namespace latentlab::io
