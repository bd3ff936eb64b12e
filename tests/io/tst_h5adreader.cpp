// H5adReader against files anndata wrote (dense, CSR, CSC, int64 indices, gzip, raw, layers,
// anndata 0.7's layout) with the values anndata reads back from them, and one exact line per
// kind of broken file, naming the file and the element, with nothing printed by HDF5.
#include "ExpressionExpected.h"
#include "H5adReader.h"
#include "IoErrors.h"
#include "PrintableText.h"

#include <QFile>

using latentlab::ExpressionData;
using latentlab::io::H5adReader;
using latentlab::io::H5adReadOptions;
using latentlab::io::ReadError;

class TestH5adReader : public QObject {
    Q_OBJECT
private slots:
    void readsWhatAnndataWrote_data();
    void readsWhatAnndataWrote();
    void readsAFileImageLikeTheFile();
    void geneNameColumnChoice();
    void badInput_data();
    void badInput();
};

void TestH5adReader::readsWhatAnndataWrote_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("matrix");
    QTest::addColumn<QString>("key");
    QTest::newRow("dense float32") << "dense_float32.h5ad"
                                   << "X"
                                   << "dense_float32.h5ad";
    QTest::newRow("csr float32 gzip") << "csr_float32_gzip.h5ad"
                                      << "X"
                                      << "csr_float32_gzip.h5ad";
    QTest::newRow("csr int data, int64 indices") << "csr_int64_indices.h5ad"
                                                 << "X"
                                                 << "csr_int64_indices.h5ad";
    QTest::newRow("csc float64") << "csc_float64.h5ad"
                                 << "X"
                                 << "csc_float64.h5ad";
    QTest::newRow("raw_layers X") << "raw_layers.h5ad"
                                  << "X"
                                  << "raw_layers.h5ad";
    QTest::newRow("raw_layers raw") << "raw_layers.h5ad"
                                    << "raw"
                                    << "raw_layers.h5ad#raw";
    QTest::newRow("raw_layers layers/counts") << "raw_layers.h5ad"
                                              << "layers/counts"
                                              << "raw_layers.h5ad#layers/counts";
    QTest::newRow("anndata 0.7 layout") << "legacy_anndata07.h5ad"
                                        << "X"
                                        << "legacy_anndata07.h5ad";
}

void TestH5adReader::readsWhatAnndataWrote() {
    QFETCH(QString, file);
    QFETCH(QString, matrix);
    QFETCH(QString, key);
    H5adReader reader({matrix.toStdString()});
    const ExpressionData data = reader.read(expression::path(file));
    expression::compare(data, expression::expected(key), true);
    QVERIFY(reader.skippedColumns().empty());
}

void TestH5adReader::readsAFileImageLikeTheFile() {
    QFile file(expression::path("csc_float64.h5ad"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ExpressionData data =
        H5adReader().readImage(bytes.constData(), std::size_t(bytes.size()), "memory.h5ad");
    expression::compare(data, expression::expected("csc_float64.h5ad"), true);
}

void TestH5adReader::geneNameColumnChoice() {
    // gene_symbols is found by default; naming a column that is not there is an error
    H5adReader automatic;
    automatic.read(expression::path("dense_float32.h5ad"));
    QCOMPARE(QString::fromStdString(automatic.geneNameColumn()), QString("gene_symbols"));
    H5adReader feature;
    feature.read(expression::path("csr_int64_indices.h5ad"));
    QCOMPARE(QString::fromStdString(feature.geneNameColumn()), QString("feature_name"));
    H5adReadOptions options;
    options.geneNameColumn = "symbol";
    try {
        H5adReader(options).read(expression::path("dense_float32.h5ad"));
        QFAIL("no error");
    } catch (const ReadError& error) {
        QVERIFY2(QString(error.what()).endsWith(", /var: no column 'symbol' for the gene names"),
                 error.what());
    }
}

void TestH5adReader::badInput_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("matrix");
    QTest::addColumn<QString>("message");  // after the file's path
    QTest::newRow("not HDF5") << "bad/not_hdf5.h5ad"
                              << "X"
                              << ": not an HDF5 file (.h5ad files are HDF5; file signature "
                                 "not found)";
    QTest::newRow("truncated") << "bad/truncated.h5ad"
                               << "X"
                               << ": not a readable HDF5 file, perhaps truncated (truncated file: ";
    QTest::newRow("X missing") << "bad/no_x.h5ad"
                               << "X"
                               << ", /X: missing";
    QTest::newRow("indptr decreasing")
        << "bad/indptr_decreasing.h5ad"
        << "X"
        << ", /X/indptr: indptr[4] = 4 is less than indptr[3] = 7 (indptr must not decrease)";
    QTest::newRow("index out of range")
        << "bad/index_out_of_range.h5ad"
        << "X"
        << ", /X/indices: indices[4] = 99 is outside the 5 columns of the shape";
    QTest::newRow("shape vs obs") << "bad/shape_vs_obs.h5ad"
                                  << "X"
                                  << ", /X: has 6 rows (shape 6 x 5) but obs has 5";
    QTest::newRow("Cell Ranger .h5")
        << "bad/cellranger.h5"
        << "X"
        << ", /: a 10x Genomics Cell Ranger .h5 file (/matrix), not AnnData; give its Matrix "
           "Market folder (filtered_feature_bc_matrix) instead";
    QTest::newRow("loom") << "bad/cells.loom"
                          << "X"
                          << ", /: a loom file (/matrix with row_attrs and col_attrs), not "
                             "AnnData; convert it with anndata.read_loom(...).write_h5ad(...)";
    QTest::newRow("strings as X") << "bad/string_x.h5ad"
                                  << "X"
                                  << ", /X: holds strings, not numbers";
    QTest::newRow("no such layer") << "dense_float32.h5ad"
                                   << "layers/spliced"
                                   << ", /layers/spliced: missing";
    QTest::newRow("no raw") << "dense_float32.h5ad"
                            << "raw"
                            << ", /raw: missing";
    QTest::newRow("unknown matrix") << "dense_float32.h5ad"
                                    << "obsm/X_pca"
                                    << ", /: unknown matrix 'obsm/X_pca' (expected X, raw or "
                                       "layers/NAME)";
    QTest::newRow("missing file") << "bad/nothing.h5ad"
                                  << "X"
                                  << ": no such file";
}

void TestH5adReader::badInput() {
    QFETCH(QString, file);
    QFETCH(QString, matrix);
    QFETCH(QString, message);
    QString what = "(no error)";
    const QByteArray printed = expression::stderrOf([&] {
        try {
            H5adReader({matrix.toStdString()}).read(expression::path(file));
        } catch (const ReadError& error) {
            what = error.what();
        }
    });
    const QString prefix = expression::path(file);
    QVERIFY2(what.startsWith(prefix + message), qPrintable(what));
    QVERIFY2(!what.contains('\n') && latentlab::isPrintable(what.toStdString()), qPrintable(what));
    QVERIFY2(printed.isEmpty(), printed.constData());
}

QTEST_GUILESS_MAIN(TestH5adReader)
#include "tst_h5adreader.moc"
