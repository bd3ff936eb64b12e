// Helpers of the grid and merge tests: quick PCA-only runs and history.csv read as plain
// cells, with a CSV tokenizer and not with HistoryCsv, so the tests check the file itself.
#pragma once

#include "CsvTokenizer.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <string>
#include <vector>

namespace gridtest {

/// Small, quick runs: 300 blobs, PCA only.
inline QStringList quickPca() { return {"--set", "data.samples=300", "--set", "methods=pca"}; }

/// history.csv as its header's names and each row's cells, read without HistoryCsv.
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::string cell(std::size_t row, const std::string& column) const {
        const auto at = std::find(header.begin(), header.end(), column);
        return at == header.end() ? "<no column>"
                                  : rows.at(row).at(std::size_t(at - header.begin()));
    }
};

inline Table readTable(const QString& path) {
    QFile file(path);
    Table table;
    if (!file.open(QIODevice::ReadOnly)) return table;
    const QByteArray bytes = file.readAll();
    latentlab::io::CsvTokenizer tokens(bytes, ',', path.toStdString());
    std::vector<std::string> fields;
    if (tokens.next(fields)) table.header = fields;
    while (tokens.next(fields)) table.rows.push_back(fields);
    return table;
}

inline QStringList sortedEntries(const QString& dir, QDir::Filters filters) {
    QStringList names = QDir(dir).entryList(filters | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

}  // namespace gridtest
