// TenxReader and MatrixMarketReader against 10x folders written with scipy (Cell Ranger 3's
// gzipped v3 in cell order, Cell Ranger 2's plain v2 in shuffled order), and one exact line
// per kind of bad Matrix Market file or table.
#include "ExpressionExpected.h"
#include "GzipSource.h"
#include "IoErrors.h"
#include "MatrixMarketReader.h"
#include "MemorySource.h"
#include "TenxReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using latentlab::ExpressionData;
using latentlab::SparseMatrix;
using latentlab::io::GzipSource;
using latentlab::io::MatrixMarketReader;
using latentlab::io::MemorySource;
using latentlab::io::ReadError;
using latentlab::io::TenxReader;
using latentlab::io::TenxReadOptions;

namespace {

QString errorOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const ReadError& error) {
        return QString::fromStdString(error.what());
    }
    return "(no error)";
}

SparseMatrix parse(const QByteArray& text) {
    MemorySource source(text.constData(), std::size_t(text.size()));
    return MatrixMarketReader::readTransposed(source, "m.mtx");
}

}  // namespace

class TestTenxReader : public QObject {
    Q_OBJECT
private slots:
    void readsWhatScipyWrote_data();
    void readsWhatScipyWrote();
    void namesAndFeatureTypes();
    void cellOrderAndShuffledOrderAgree();
    void matrixMarketDialects();
    void badMatrixMarket_data();
    void badMatrixMarket();
    void badFolders_data();
    void badFolders();
    void truncatedGzip();
};

void TestTenxReader::readsWhatScipyWrote_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::newRow("v3 folder, gzipped") << "tenx_v3"
                                        << "tenx_v3";
    QTest::newRow("v3 by its matrix path") << "tenx_v3/matrix.mtx.gz"
                                           << "tenx_v3";
    QTest::newRow("v2 folder, plain, shuffled") << "tenx_v2"
                                                << "tenx_v2";
}

void TestTenxReader::readsWhatScipyWrote() {
    QFETCH(QString, path);
    QFETCH(QString, key);
    TenxReader reader;
    const ExpressionData data = reader.read(expression::path(path));
    expression::compare(data, expression::expected(key), false);
    const int all = expression::expected(key).value("all_features").toInt();
    QCOMPARE(reader.droppedFeatures(), all - data.genes());
}

void TestTenxReader::namesAndFeatureTypes() {
    TenxReadOptions options;
    options.namesFromIds = true;
    options.geneExpressionOnly = false;
    const ExpressionData data = TenxReader(options).read(expression::path("tenx_v3"));
    QCOMPARE(data.genes(), 6);  // the antibody feature kept
    QCOMPARE(data.geneNames, data.geneIds);
    QCOMPARE(QString::fromStdString(data.geneIds.back()), QString("CD4_TotalSeqB"));
    QCOMPARE(data.values.toDense()(0, 5), 5.0);
}

void TestTenxReader::cellOrderAndShuffledOrderAgree() {
    // entries out of cell order take the counting pass; duplicates are summed like scipy's
    const QByteArray header = "%%MatrixMarket matrix coordinate real general\n3 4 5\n";
    const SparseMatrix ordered = parse(header + "2 1 1.5\n1 2 2\n3 2 -1\n1 4 4\n3 4 1e3\n");
    const SparseMatrix shuffled = parse(header + "3 4 1e3\n1 2 2\n2 1 1.5\n3 2 -1\n1 4 4\n");
    QCOMPARE(ordered.rows(), 4);
    QCOMPARE(ordered.columns(), 3);
    QVERIFY(ordered.toDense() == shuffled.toDense());
    QCOMPARE(ordered.toDense()(3, 2), 1000.0);
    const SparseMatrix repeated = parse(header + "1 1 1\n2 2 1\n1 1 2\n3 3 1\n2 2 5\n");
    QCOMPARE(repeated.toDense()(0, 0), 3.0);
    QCOMPARE(repeated.toDense()(1, 1), 6.0);
    QCOMPARE(repeated.nonZeros(), 3);
}

void TestTenxReader::matrixMarketDialects() {
    // CRLF, comment and blank lines, a pattern file, upper-case banner words, tabs
    const SparseMatrix pattern = parse(
        "%%MatrixMarket MATRIX Coordinate pattern general\r\n% made by hand\r\n\r\n"
        "2 2 2\r\n1\t1\r\n2 2");
    QCOMPARE(pattern.toDense()(0, 0), 1.0);
    QCOMPARE(pattern.toDense()(1, 1), 1.0);
    const SparseMatrix empty = parse("%%MatrixMarket matrix coordinate integer general\n0 0 0\n");
    QCOMPARE(empty.rows(), 0);
}

void TestTenxReader::badMatrixMarket_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a coordinate header")
        << "not_header.mtx"
        << ", line 1: '%%MatrixMarket matrix array real general' is not a sparse matrix this "
           "reader knows (expected '%%MatrixMarket matrix coordinate integer general')";
    QTest::newRow("entry outside the shape")
        << "outside.mtx"
        << ", line 5: entry (4, 2) is outside the declared 3 x 2 matrix";
    QTest::newRow("fewer entries")
        << "fewer.mtx"
        << ", line 4: the file ends after 2 entries; the size line declares 4";
    QTest::newRow("not a number") << "not_number.mtx"
                                  << ", line 4: 'x7' is not a number";
    QTest::newRow("a header claiming 10^12 entries")
        << "huge.mtx"
        << ", line 2: declares 1000000000000 entries, more than a file of this size can hold";
}

void TestTenxReader::badMatrixMarket() {
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = expression::path("bad/" + file);
    const QString what = errorOf([&] {
        GzipSource source(path.toStdString(), path.toStdString());
        MatrixMarketReader::readTransposed(source, path.toStdString());
    });
    QCOMPARE(what, path + message);
}

void TestTenxReader::badFolders_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("message");
    QTest::newRow("features short") << "bad/tenx_short_features"
                                    << "/genes.tsv: 4 lines, but matrix.mtx has 5 rows (genes)";
    QTest::newRow("barcodes long") << "bad/tenx_long_barcodes"
                                   << "/barcodes.tsv: 7 lines, but matrix.mtx has 6 columns "
                                      "(cells)";
    QTest::newRow("no matrix") << "bad"
                               << ": no matrix.mtx or matrix.mtx.gz in this folder";
    QTest::newRow("no folder") << "bad/nothing"
                               << ": no such file or folder";
}

void TestTenxReader::badFolders() {
    QFETCH(QString, folder);
    QFETCH(QString, message);
    const QString path = expression::path(folder);
    QCOMPARE(errorOf([&] { TenxReader().read(path); }), path + message);
}

void TestTenxReader::truncatedGzip() {
    QTemporaryDir dir;
    for (const char* name : {"features.tsv.gz", "barcodes.tsv.gz"})
        QVERIFY(QFile::copy(expression::path(QString("tenx_v3/") + name), dir.filePath(name)));
    QFile whole(expression::path("tenx_v3/matrix.mtx.gz"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QFile cut(dir.filePath("matrix.mtx.gz"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() - 20));
    cut.close();
    const QString what = errorOf([&] { TenxReader().read(dir.path()); });
    QVERIFY2(what.startsWith(dir.filePath("matrix.mtx.gz") + ": "), qPrintable(what));
    QVERIFY2(what.contains("gzip"), qPrintable(what));
}

QTEST_GUILESS_MAIN(TestTenxReader)
#include "tst_tenxreader.moc"
