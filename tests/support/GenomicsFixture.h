// Readers for the genomics fixtures in tests/data/genomics (written by make_fixtures.sh from
// the reference scripts): the sparse counts text, the reference's CSV tables and the index
// lists, parsed with QtCore only and independent of src/io.
#pragma once

#include "SparseMatrix.h"

#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace testdata {

/// A case's counts.txt ("cells genes", then per cell "step[:count]" items) as cells x genes.
latentlab::SparseMatrix genomicsCounts(const QString& caseName);

/// The number in a reference name: "CELL000123-1" -> 123, "GENE00012" -> 12.
int nameIndex(const QString& name);
/// kept_cells.txt / kept_genes.txt of a case as row / column indices.
std::vector<int> genomicsIndices(const QString& caseName, const QString& file);
/// options.txt of a case: option name -> value.
std::map<QString, double> genomicsOptions(const QString& caseName);

/// A CSV written by pandas: the header's cells and each row's cells (the first cell of a row
/// is its index). Empty cells are NaN where read with csvNumber.
struct CsvTable {
    QStringList header;
    std::vector<QStringList> rows;
};
CsvTable genomicsCsv(const QString& caseName, const QString& file);
/// A pandas number: "" and "nan" are NaN, "True"/"False" are 1/0.
double csvNumber(const QString& cell);

}  // namespace testdata
