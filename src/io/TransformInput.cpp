#include "TransformInput.h"

#include "DatasetLoader.h"
#include "TableNames.h"

#include <algorithm>
#include <unordered_set>

namespace latentlab::io {

DataConfig transformDialect(const DataConfig& training, const QString& path) {
    DataConfig dialect = training;
    dialect.source = DataSource::Csv;
    dialect.path = path.toStdString();
    const bool namedLabel = !dialect.labelColumn.empty() && !meansNoLabels(dialect.labelColumn);
    if (!namedLabel && dialect.ignoreColumns.empty()) return dialect;

    // Names are matched in any case, as loadDataset matches them.
    std::unordered_set<std::string> names;
    for (const std::string& name : columnCandidates(dialect)) names.insert(lowered(name));
    const auto present = [&](const std::string& name) { return names.count(lowered(name)) > 0; };
    if (namedLabel && !present(dialect.labelColumn)) dialect.labelColumn = kNoLabelColumn;
    dialect.ignoreColumns.erase(
        std::remove_if(dialect.ignoreColumns.begin(), dialect.ignoreColumns.end(),
                       [&](const std::string& name) { return !present(name); }),
        dialect.ignoreColumns.end());
    return dialect;
}

Dataset readTransformInput(const DataConfig& training, const QString& path, ImportReport* report) {
    return loadDataset(transformDialect(training, path), report);
}

}  // namespace latentlab::io
