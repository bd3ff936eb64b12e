#include "DatasetLoader.h"

#include "CsvReader.h"
#include "CsvTokenizer.h"
#include "ExpressionLoader.h"
#include "FileBytes.h"
#include "H5adReader.h"
#include "IoErrors.h"
#include "NumberText.h"
#include "Preprocess.h"
#include "PrintableText.h"
#include "TableNames.h"
#include "TextContent.h"

#include <QFile>
#include <cctype>

namespace latentlab::io {
namespace {

/// 19874 -> "19,874".
std::string grouped(long long count) {
    std::string digits = std::to_string(count < 0 ? -count : count);
    for (int at = int(digits.size()) - 3; at > 0; at -= 3) digits.insert(std::size_t(at), ",");
    return (count < 0 ? "-" : "") + digits;
}

/// "1 row", "19,874 rows": grouped like the preprocessing summary beside it.
std::string plural(long long count, const std::string& word) {
    return grouped(count) + " " + word + (count == 1 ? "" : "s");
}

void handleMissing(Dataset& data, const DataConfig& config, const CsvReader& reader,
                   const std::string& source, ImportReport& report) {
    if (reader.missingCells() == 0) return;
    if (config.missing == MissingPolicy::DropRows) {
        try {
            report.rowsDropped = dropRowsWithMissing(data);
        } catch (const DataError& error) {
            throw ReadError(printable(source) + ": " + error.what());
        }
        return;
    }
    std::vector<int> imputed;
    try {
        imputed = imputeColumnMeans(data);
    } catch (const ColumnValueError& error) {
        throw ReadError(reader.featureLocation(error.column()) +
                        ": no cell holds a number to impute the mean from; ignore it "
                        "(data.ignore_columns)");
    }
    for (std::size_t c = 0; c < imputed.size(); ++c) {
        if (imputed[c] == 0) continue;
        report.cellsImputed += imputed[c];
        report.imputedColumns.emplace_back(data.columnNames[c], imputed[c]);
    }
}

}  // namespace

std::string ImportReport::missingSummary() const {
    if (rowsDropped > 0) {
        return "Dropped " + plural(rowsDropped, "row") + " with missing values (of " +
               std::to_string(rowsRead) + ")";
    }
    if (cellsImputed == 0) return {};
    std::string columnsText;
    for (std::size_t i = 0; i < imputedColumns.size() && i < 5; ++i) {
        columnsText += (i ? ", " : "") + printable(imputedColumns[i].first) + ": " +
                       std::to_string(imputedColumns[i].second);
    }
    if (imputedColumns.size() > 5) columnsText += ", ...";
    return "Imputed " + plural(cellsImputed, "missing cell") + " with column means in " +
           plural(static_cast<long long>(imputedColumns.size()), "column") + " (" + columnsText +
           ")";
}

std::string ImportReport::renamedSummary() const {
    if (renamedNames.empty()) return {};
    return "Made " + plural(static_cast<long long>(renamedNames.size()), "repeated name") +
           " unique: " + nameList(renamedNames);
}

std::string ImportReport::preprocessingSummary() const {
    if (!expression) return {};
    const PreprocessingCounts& p = preprocessing;
    return grouped(p.cellsIn) + " cells \u2192 " + grouped(p.cellsKept) + " kept; " +
           grouped(p.genesIn) + " genes \u2192 " + grouped(p.genesKept) + " \u2192 " +
           grouped(p.genesSelected) + " selected";
}

std::string ImportReport::summary() const {
    std::string text = expression ? preprocessingSummary() + "; " : std::string();
    text += plural(rows, "row") + " \u00d7 " + plural(columns, "column");
    text += labelColumn.empty() ? ", unlabelled" : ", labels from '" + printable(labelColumn) + "'";
    if (!ignoredColumns.empty()) text += ", " + std::to_string(ignoredColumns.size()) + " ignored";
    if (transposed) text += ", transposed";
    if (log1p) text += ", log(1 + x)";
    if (!renamedNames.empty())
        text += ", " + plural(static_cast<long long>(renamedNames.size()), "repeated name") +
                " made unique";
    const std::string missing = missingSummary();
    if (!missing.empty()) {
        text += "; " + missing;
        text[text.size() - missing.size()] = char(std::tolower(missing.front()));
    }
    return text;
}

Dataset parseDataset(const QByteArray& content, const std::string& source, const DataConfig& config,
                     ImportReport* report) {
    CsvReadOptions options;
    options.labelColumn = config.labelColumn;
    options.ignoreColumns = config.ignoreColumns;
    options.rowNames = config.rowNames;
    options.transpose = config.transpose;
    options.keepMissing = config.missing != MissingPolicy::Error;
    options.uniqueNames = config.uniqueNames;
    CsvReader reader(options);
    Dataset data = reader.parse(content, source);

    ImportReport done;
    done.source = source;
    done.delimiter = reader.delimiter();
    done.rowsRead = data.rows();
    done.labelColumn = reader.labelColumn();
    done.ignoredColumns = reader.ignoredColumns();
    done.transposed = config.transpose;
    done.log1p = config.log1p;
    done.renamedNames = reader.renamedNames();
    done.missingCells = reader.missingCells();
    // log1p first: imputed means are then means of the transformed values, as the scaler
    // and the models see them.
    if (config.log1p) {
        try {
            applyLog1p(data);
        } catch (const CellValueError& error) {
            throw ReadError(reader.cellLocation(error.row(), error.column()) + ": " +
                            numberForMessage(error.value()) +
                            " is not greater than -1, so log(1 + x) is undefined");
        }
    }
    handleMissing(data, config, reader, source, done);
    done.rows = data.rows();
    done.columns = data.columns();
    if (report) *report = std::move(done);
    return data;
}

Dataset loadDataset(const DataConfig& config, ImportReport* report,
                    const LoadStepCallback& onStep) {
    if (config.source == DataSource::Counts || detectInput(config.path) != InputKind::Table)
        return loadExpression(config, report, onStep);
    if (onStep) onStep(LoadStep::Reading);
    const bool recipe = recipeRequested(config);
    DataConfig tableConfig = config;
    if (recipe) tableConfig.log1p = false;  // the recipe's log1p follows normalize_total
    // With a labels file the table's own label column is not looked for.
    if (!config.labelsPath.empty()) tableConfig.labelColumn = kNoLabelColumn;
    ImportReport done;
    const QString path = QString::fromStdString(config.path);
    Dataset data = parseDataset(readFileBytes(path), config.path, tableConfig, &done);
    if (!config.labelsPath.empty()) applyLabelsFile(data, config, done);
    if (recipe) {
        if (onStep) onStep(LoadStep::Preprocessing);
        data = tableThroughRecipe(std::move(data), config, done);
    }
    if (report) *report = std::move(done);
    return data;
}

std::vector<std::string> columnCandidates(const DataConfig& config) {
    // A 10x folder has no annotations (its labels come from a labels file).
    switch (detectInput(config.path)) {
        case InputKind::H5ad:
            return H5adReader::obsColumnNames(QString::fromStdString(config.path));
        case InputKind::Tenx:
            return {};
        case InputKind::Table:
            break;
    }
    const QString path = QString::fromStdString(config.path);
    QByteArray text;
    bool complete = true;
    if (config.transpose) {
        text = readFileBytes(path);  // the names are in the first column of every line
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return {};
        // Enough for the header of a very wide table; the rest is not needed.
        text = file.read(qint64(8) << 20);
        complete = file.atEnd();
    }
    // Names of a binary file's "header" are its bytes: refused as loadDataset refuses them.
    requireText(text, config.path, "text table", complete);
    if (text.startsWith("\xEF\xBB\xBF")) text.remove(0, 3);
    CsvTokenizer tokens(text, CsvTokenizer::detectDelimiter(text), config.path);
    std::vector<std::string> fields;
    std::vector<std::string> names;
    const std::size_t first = config.rowNames ? 1 : 0;
    while (tokens.next(fields) && tokens.blank()) {
    }
    if (!config.transpose) {
        for (std::size_t c = first; c < fields.size(); ++c) {
            const std::string name(trimmed(fields[c]));
            names.push_back(name.empty() ? "column " + std::to_string(c + 1) : name);
        }
        return names;
    }
    if (!first) return names;  // the rows have no names to choose from
    while (tokens.next(fields)) {
        if (tokens.blank()) continue;
        const std::string name(trimmed(fields.front()));
        names.push_back(name.empty() ? "line " + std::to_string(tokens.line()) : name);
    }
    return names;
}

bool sameImport(const DataConfig& a, const DataConfig& b) {
    return a.source == b.source && a.path == b.path && a.labelColumn == b.labelColumn &&
           a.ignoreColumns == b.ignoreColumns && a.rowNames == b.rowNames &&
           a.transpose == b.transpose && a.log1p == b.log1p && a.missing == b.missing &&
           a.uniqueNames == b.uniqueNames && a.minGenes == b.minGenes && a.minCells == b.minCells &&
           a.normalizeTotal == b.normalizeTotal && a.topGenes == b.topGenes &&
           a.geneSelection == b.geneSelection && a.layer == b.layer && a.geneNames == b.geneNames &&
           a.labelsPath == b.labelsPath &&
           (a.source != DataSource::Counts ||
            (a.counts.cells == b.counts.cells && a.counts.genes == b.counts.genes &&
             a.counts.types == b.counts.types && a.counts.markerShare == b.counts.markerShare &&
             a.counts.foldChange == b.counts.foldChange && a.counts.depth == b.counts.depth &&
             a.counts.seed == b.counts.seed));
}

}  // namespace latentlab::io
