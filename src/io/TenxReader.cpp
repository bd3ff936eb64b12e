#include "TenxReader.h"

#include "GzipSource.h"
#include "IoErrors.h"
#include "MatrixMarketReader.h"
#include "PrintableText.h"

#include <QDir>
#include <QFileInfo>

namespace latentlab::io {

namespace {

/// The first of `names` (each tried with and without .gz) that exists in `folder`.
QString findFile(const QDir& folder, const QStringList& names) {
    for (const QString& name : names)
        for (const QString& candidate : {name + ".gz", name})
            if (QFileInfo(folder.filePath(candidate)).isFile()) return folder.filePath(candidate);
    return {};
}

/// The lines of a small tab-separated table, each split at tabs; a last empty line dropped.
std::vector<std::vector<std::string>> readTable(const QString& path) {
    const std::string name = printable(path.toStdString());
    GzipSource file(path.toStdString(), name);
    const std::string text = file.readAll();
    std::vector<std::vector<std::string>> rows;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> fields;
        std::size_t from = 0;
        for (;;) {
            const std::size_t tab = line.find('\t', from);
            fields.push_back(line.substr(from, tab == std::string::npos ? tab : tab - from));
            if (tab == std::string::npos) break;
            from = tab + 1;
        }
        rows.push_back(std::move(fields));
        start = end + 1;
    }
    return rows;
}

void requireCount(std::size_t lines, int expected, const QString& path, const char* what,
                  const std::string& matrix) {
    if (lines != std::size_t(expected))
        throw ReadError(printable(path.toStdString()) + ": " + std::to_string(lines) +
                        " lines, but " + matrix + " has " + std::to_string(expected) + " " + what);
}

}  // namespace

ExpressionData TenxReader::read(const QString& path) {
    m_droppedFeatures = 0;
    const QFileInfo info(path);
    if (!info.exists()) throw ReadError(printable(path.toStdString()) + ": no such file or folder");
    const QDir folder = info.isDir() ? QDir(path) : info.dir();
    const QString matrixPath = info.isDir() ? findFile(folder, {"matrix.mtx"}) : path;
    if (matrixPath.isEmpty())
        throw ReadError(printable(path.toStdString()) +
                        ": no matrix.mtx or matrix.mtx.gz in this folder");
    const QString featuresPath = findFile(folder, {"features.tsv", "genes.tsv"});
    const QString barcodesPath = findFile(folder, {"barcodes.tsv"});
    const std::string where = printable(folder.path().toStdString());
    if (featuresPath.isEmpty())
        throw ReadError(where + ": no features.tsv[.gz] or genes.tsv next to the matrix");
    if (barcodesPath.isEmpty())
        throw ReadError(where + ": no barcodes.tsv[.gz] next to the matrix");

    // The small tables first: a broken one is found before a large matrix is parsed.
    const std::vector<std::vector<std::string>> features = readTable(featuresPath);
    const std::vector<std::vector<std::string>> barcodes = readTable(barcodesPath);
    const std::string matrixName = printable(matrixPath.toStdString());
    GzipSource matrixFile(matrixPath.toStdString(), matrixName);
    ExpressionData data;
    data.values = MatrixMarketReader::readTransposed(matrixFile, matrixName);
    const std::string matrixFileName = printable(QFileInfo(matrixPath).fileName().toStdString());
    requireCount(features.size(), data.genes(), featuresPath, "rows (genes)", matrixFileName);
    requireCount(barcodes.size(), data.cells(), barcodesPath, "columns (cells)", matrixFileName);

    std::vector<bool> keep(features.size(), true);
    bool dropAny = false;
    for (std::size_t g = 0; g < features.size(); ++g) {
        const std::vector<std::string>& fields = features[g];
        if (fields.front().empty())
            throw ReadError(printable(featuresPath.toStdString()) + ", line " +
                            std::to_string(g + 1) + ": the feature id is empty");
        if (m_options.geneExpressionOnly && fields.size() >= 3 && fields[2] != "Gene Expression") {
            keep[g] = false;
            dropAny = true;
            continue;
        }
        data.geneIds.push_back(fields[0]);
        data.geneNames.push_back(m_options.namesFromIds || fields.size() < 2 ? fields[0]
                                                                             : fields[1]);
    }
    if (dropAny) {
        m_droppedFeatures = int(features.size() - data.geneIds.size());
        data.values = data.values.keepColumns(keep);
    }
    for (const std::vector<std::string>& fields : barcodes) data.cellNames.push_back(fields[0]);
    return data;
}

}  // namespace latentlab::io
