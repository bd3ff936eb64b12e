#include "GenomicsFixture.h"

#include "TestData.h"

#include <QFile>
#include <QTextStream>
#include <limits>

namespace testdata {

namespace {

QString casePath(const QString& caseName, const QString& file) {
    return path(QStringLiteral("genomics/") + caseName + '/' + file);
}

QStringList lines(const QString& caseName, const QString& file) {
    QFile in(casePath(caseName, file));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot open genomics fixture %s/%s", qPrintable(caseName), qPrintable(file));
    QStringList out = QString::fromUtf8(in.readAll()).split('\n');
    while (!out.isEmpty() && out.back().isEmpty()) out.removeLast();
    return out;
}

}  // namespace

latentlab::SparseMatrix genomicsCounts(const QString& caseName) {
    const QStringList text = lines(caseName, QStringLiteral("counts.txt"));
    const QStringList shape = text.value(0).split(' ');
    const int rows = shape.value(0).toInt(), columns = shape.value(1).toInt();
    if (text.size() != rows + 1) qFatal("counts.txt of %s: wrong line count", qPrintable(caseName));
    std::vector<double> values;
    std::vector<int> indices;
    std::vector<std::int64_t> indptr{0};
    for (int row = 0; row < rows; ++row) {
        int column = -1;
        for (const QString& item : text[row + 1].split(' ', Qt::SkipEmptyParts)) {
            const int colon = item.indexOf(':');
            column += (colon < 0 ? item : item.left(colon)).toInt();
            indices.push_back(column);
            values.push_back(colon < 0 ? 1.0 : item.mid(colon + 1).toDouble());
        }
        indptr.push_back(std::int64_t(values.size()));
    }
    return latentlab::SparseMatrix::fromCsr(rows, columns, std::move(values), std::move(indices),
                                            std::move(indptr));
}

int nameIndex(const QString& name) {
    int start = 0;
    while (start < name.size() && !name[start].isDigit()) ++start;
    int end = start;
    while (end < name.size() && name[end].isDigit()) ++end;
    return name.mid(start, end - start).toInt();
}

std::vector<int> genomicsIndices(const QString& caseName, const QString& file) {
    std::vector<int> out;
    for (const QString& line : lines(caseName, file)) out.push_back(nameIndex(line));
    return out;
}

std::map<QString, double> genomicsOptions(const QString& caseName) {
    std::map<QString, double> out;
    for (const QString& line : lines(caseName, QStringLiteral("options.txt"))) {
        const QStringList parts = line.split(' ');
        out[parts.value(0)] = parts.value(1).toDouble();
    }
    return out;
}

CsvTable genomicsCsv(const QString& caseName, const QString& file) {
    const QStringList text = lines(caseName, file);
    CsvTable table;
    table.header = text.value(0).split(',');
    for (qsizetype i = 1; i < text.size(); ++i) table.rows.push_back(text[i].split(','));
    return table;
}

double csvNumber(const QString& cell) {
    if (cell.isEmpty() || cell.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (cell == QLatin1String("True")) return 1.0;
    if (cell == QLatin1String("False")) return 0.0;
    bool ok = false;
    const double value = cell.toDouble(&ok);
    if (!ok) qFatal("not a number in a genomics fixture: %s", qPrintable(cell));
    return value;
}

}  // namespace testdata
