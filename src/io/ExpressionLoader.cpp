#include "ExpressionLoader.h"

#include "CountsSimulator.h"
#include "Errors.h"
#include "ExpressionRecipe.h"
#include "ExpressionSummary.h"
#include "H5adReader.h"
#include "IoErrors.h"
#include "LabelsFile.h"
#include "NumberText.h"
#include "PrintableText.h"
#include "TableNames.h"
#include "TenxReader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <memory>
#include <unordered_map>

namespace latentlab::io {
namespace {

bool endsWith(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() &&
           text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

/// Per-row label texts ("" = none) and the column they came from.
struct RowLabels {
    std::vector<std::string> texts;
    std::string column;
    std::string where;  ///< for messages: "x.h5ad: obs/cell_type"
};

/// obs annotation labels: data.label_column if set (unless "none"), else the first of
/// label, class, cell_type that is there.
RowLabels annotationLabels(const ExpressionData& data, const DataConfig& config,
                           const std::string& source) {
    RowLabels labels;
    if (meansNoLabels(config.labelColumn)) return labels;
    const ExpressionData::Annotation* found = nullptr;
    if (!config.labelColumn.empty()) {
        found = data.annotation(config.labelColumn);
        if (!found) {
            std::vector<std::string> names;
            for (const ExpressionData::Annotation& a : data.annotations) names.push_back(a.name);
            throw ReadError(printable(source) + ": no obs column '" +
                            printable(config.labelColumn) + "' for the labels (obs columns: " +
                            (names.empty() ? std::string("none") : nameList(names)) + ")");
        }
    } else {
        for (const char* name : {"label", "class", "cell_type"})
            if (!found) found = data.annotation(name);
    }
    if (!found) return labels;
    labels.texts = found->values;
    labels.column = found->name;
    labels.where = printable(source) + ": obs/" + printable(found->name);
    return labels;
}

/// The labels file matched to `rowNames`; rows it does not list get "" (drop) or an error.
RowLabels fileLabels(const std::vector<std::string>& rowNames, const DataConfig& config) {
    LabelsOptions options;
    if (!meansNoLabels(config.labelColumn)) options.column = config.labelColumn;
    options.dropMissing = config.missing == MissingPolicy::DropRows;
    const MatchedLabels matched =
        LabelsFile(options).match(QString::fromStdString(config.labelsPath), rowNames);
    RowLabels labels;
    labels.texts = matched.labels;
    labels.column = matched.column.empty() ? "label" : matched.column;
    labels.where = printable(config.labelsPath);
    return labels;
}

std::vector<std::string> numberedNames(int rows) {
    std::vector<std::string> names;
    for (int r = 0; r < rows; ++r) names.push_back(std::to_string(r));
    return names;
}

/// Rows whose label is empty: an error naming how many and the first three, or with
/// data.missing = drop marked false.
std::vector<bool> labelledRows(const RowLabels& labels, const std::vector<std::string>& rowNames,
                               const DataConfig& config) {
    std::vector<bool> keep(labels.texts.size(), true);
    std::vector<std::string> missing;
    for (std::size_t r = 0; r < labels.texts.size(); ++r) {
        if (!trimmed(labels.texts[r]).empty()) continue;
        keep[r] = false;
        missing.push_back(r < rowNames.size() ? rowNames[r] : std::to_string(r));
    }
    if (missing.empty() || config.missing == MissingPolicy::DropRows) return keep;
    std::string first;
    for (std::size_t i = 0; i < missing.size() && i < 3; ++i)
        first += (i ? ", '" : "'") + printable(missing[i]) + "'";
    throw ReadError(labels.where + ": " + std::to_string(missing.size()) + " of the data's " +
                    std::to_string(labels.texts.size()) + " rows have no label (" + first +
                    (missing.size() > 3 ? ", ..." : "") +
                    "); label them, or leave them out (data.missing = drop)");
}

template <typename T>
std::vector<T> keepOnly(const std::vector<T>& values, const std::vector<bool>& keep) {
    std::vector<T> kept;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (keep[i]) kept.push_back(values[i]);
    return kept;
}

void encodeLabels(Dataset& data, const std::vector<std::string>& texts) {
    std::unordered_map<std::string, int> codes;
    for (const std::string& text : texts) {
        const auto code = codes.emplace(text, int(data.labelNames.size()));
        if (code.second) data.labelNames.push_back(text);
        data.labels.push_back(code.first->second);
    }
}

ExpressionRecipeOptions recipeOptions(const DataConfig& config) {
    ExpressionRecipeOptions options;
    options.filter = {config.minGenes, config.minCells};
    options.normalization.targetSum = config.normalizeTotal;
    options.normalization.log1p = config.log1p;
    options.selection.topGenes = config.topGenes;
    options.selection.flavor = config.geneSelection == GeneSelectionMethod::Seurat
                                   ? GeneSelectionFlavor::Seurat
                                   : GeneSelectionFlavor::Variance;
    options.zscore = false;  // data.scaling and data.clip do it in the pipeline
    options.clip = 0.0;
    return options;
}

std::vector<std::string> pick(const std::vector<std::string>& names, const std::vector<int>& at) {
    std::vector<std::string> picked;
    if (names.empty()) return picked;
    for (int i : at) picked.push_back(names[std::size_t(i)]);
    return picked;
}

/// Matched labels, then the recipe: the Dataset of the selected genes.
Dataset prepare(ExpressionData data, RowLabels labels, const DataConfig& config,
                const std::string& source, ImportReport& report) {
    if (data.cellNames.empty()) data.cellNames = numberedNames(data.cells());
    if (data.geneNames.empty()) data.geneNames = data.geneIds;
    if (!labels.texts.empty()) {
        const std::vector<bool> keep = labelledRows(labels, data.cellNames, config);
        const int dropped = int(std::count(keep.begin(), keep.end(), false));
        if (dropped > 0) {
            data.values = std::move(data.values).keepRows(keep);
            data.cellNames = keepOnly(data.cellNames, keep);
            labels.texts = keepOnly(labels.texts, keep);
            report.rowsDropped = dropped;
        }
    }
    report.rowsRead = data.cells();
    const PreparedExpression prepared =
        ExpressionRecipe(recipeOptions(config)).run(std::move(data.values));

    Dataset out;
    out.features = prepared.matrix;
    out.columnNames = pick(data.geneNames, prepared.selectedGenes);
    if (config.uniqueNames) report.renamedNames = makeNamesUnique(out.columnNames);
    const auto [once, twice] = firstDuplicate(out.columnNames);
    if (twice >= 0) {
        throw ReadError(printable(source) + ": gene name '" +
                        printable(out.columnNames[std::size_t(once)]) +
                        "' is given to two selected genes (columns " +
                        std::to_string(prepared.selectedGenes[std::size_t(once)] + 1) + " and " +
                        std::to_string(prepared.selectedGenes[std::size_t(twice)] + 1) +
                        "); name genes by id (data.gene_names = id), or make repeated names "
                        "unique (data.unique_names)");
    }
    out.rowNames = pick(data.cellNames, prepared.keptCells);
    if (!labels.texts.empty()) {
        encodeLabels(out, pick(labels.texts, prepared.keptCells));
        out.labelColumn = labels.column;
        report.labelColumn = labels.column;
    }
    auto summary = std::make_shared<ExpressionSummary>();
    summary->counts = prepared.counts;
    summary->geneNames = pick(data.geneNames, prepared.keptGenes);
    summary->geneIds =
        pick(data.geneIds.empty() ? data.geneNames : data.geneIds, prepared.keptGenes);
    summary->genes = prepared.genes;
    for (std::size_t i = 0; i < summary->genes.gene.size(); ++i) summary->genes.gene[i] = int(i);
    out.expression = summary;

    report.source = source;
    report.log1p = config.log1p;
    report.expression = true;
    report.preprocessing = prepared.counts;
    report.rows = out.rows();
    report.columns = out.columns();
    return out;
}

ExpressionData readInput(const DataConfig& config, std::string& source) {
    if (config.source == DataSource::Counts) {
        const CountsConfig& c = config.counts;
        source = "simulated counts";
        return CountsSimulator(
                   {c.cells, c.genes, c.types, c.markerShare, c.foldChange, c.depth, c.seed})
            .generate();
    }
    source = config.path;
    const QString path = QString::fromStdString(config.path);
    if (detectInput(config.path) == InputKind::Tenx) {
        TenxReadOptions options;
        options.namesFromIds = config.geneNames == GeneNames::Id;
        return TenxReader(options).read(path);
    }
    H5adReadOptions options;
    options.matrix = config.layer;
    return H5adReader(options).read(path);
}

}  // namespace

InputKind detectInput(const std::string& path) {
    if (path.empty()) return InputKind::Table;  // no file chosen yet (QFile would warn)
    const QFileInfo info(QString::fromStdString(path));
    if (info.isDir() || endsWith(path, "matrix.mtx") || endsWith(path, "matrix.mtx.gz"))
        return InputKind::Tenx;
    // A file named .h5ad is meant as one: if it is not HDF5, the HDF5 reader says so (rather
    // than the table reader complaining about its bytes).
    const QString suffix = info.suffix().toLower();
    if (suffix == "h5ad" || suffix == "h5") return InputKind::H5ad;
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly)) return InputKind::Table;
    // A file named .h5ad is one, so that a damaged one is reported as such (by the HDF5
    // reader), not read as a table.
    if (file.read(8) == QByteArray("\x89HDF\r\n\x1a\n", 8) || endsWith(path, ".h5ad"))
        return InputKind::H5ad;
    return InputKind::Table;
}

bool recipeRequested(const DataConfig& config) {
    return config.minGenes > 0 || config.minCells > 0 || config.normalizeTotal > 0.0 ||
           config.topGenes > 0;
}

Dataset loadExpression(const DataConfig& config, ImportReport* report,
                       const LoadStepCallback& onStep) {
    std::string source;
    if (onStep) onStep(LoadStep::Reading);
    ExpressionData data = readInput(config, source);
    if (data.cellNames.empty()) data.cellNames = numberedNames(data.cells());
    RowLabels labels = config.labelsPath.empty() ? annotationLabels(data, config, source)
                                                 : fileLabels(data.cellNames, config);
    ImportReport done;
    if (onStep) onStep(LoadStep::Preprocessing);
    Dataset out = prepare(std::move(data), std::move(labels), config, source, done);
    if (report) *report = std::move(done);
    return out;
}

Dataset tableThroughRecipe(Dataset table, const DataConfig& config, ImportReport& report) {
    ExpressionData data;
    data.values = SparseMatrix::fromDense(table.features);
    table.features.resize(0, 0);
    data.cellNames = table.rowNames.empty() ? numberedNames(data.cells()) : table.rowNames;
    data.geneIds = table.columnNames;
    data.geneNames = table.columnNames;
    RowLabels labels;
    if (table.hasLabels()) {
        for (int code : table.labels) labels.texts.push_back(table.labelNames[std::size_t(code)]);
        labels.column = table.labelColumn.empty() ? "label" : table.labelColumn;
        labels.where = printable(report.source);
    }
    const std::string source = report.source;
    const int rowsInFile = report.rowsRead;
    ImportReport done = report;
    Dataset out = prepare(std::move(data), std::move(labels), config, source, done);
    done.rowsRead = rowsInFile;
    report = std::move(done);
    return out;
}

void applyLabelsFile(Dataset& data, const DataConfig& config, ImportReport& report) {
    // A table that names no rows is matched by row number, 1 for the first, as the Data tab
    // numbers them (the Selection panel's "Save as label column" writes such files).
    std::vector<std::string> numbers;
    if (data.rowNames.empty())
        for (int r = 1; r <= data.rows(); ++r) numbers.push_back(std::to_string(r));
    const std::vector<std::string>& keys = data.rowNames.empty() ? numbers : data.rowNames;
    const RowLabels labels = fileLabels(keys, config);
    const std::vector<bool> keep = labelledRows(labels, keys, config);
    const std::vector<std::string> texts = keepOnly(labels.texts, keep);
    if (std::count(keep.begin(), keep.end(), false) > 0) {
        Eigen::MatrixXd kept(Eigen::Index(texts.size()), data.features.cols());
        Eigen::Index row = 0;
        for (std::size_t r = 0; r < keep.size(); ++r)
            if (keep[r]) kept.row(row++) = data.features.row(Eigen::Index(r));
        data.features = std::move(kept);
        if (!data.rowNames.empty()) data.rowNames = keepOnly(data.rowNames, keep);
        report.rowsDropped += int(keep.size() - texts.size());
    }
    data.labels.clear();
    data.labelNames.clear();
    encodeLabels(data, texts);
    data.labelColumn = labels.column;
    report.labelColumn = labels.column;
    report.rows = data.rows();
}

}  // namespace latentlab::io
