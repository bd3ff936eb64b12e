// latentlab-cli on broken expression files, as a user would meet them: each run exits 2 with
// one line on stderr that names the file (and the object or line inside it) and says what is
// wrong in words, never HDF5's own error stack or raw bytes, and writes no output folder.
// The files are the readers' committed fixtures (tests/data/expression/make_fixtures.py).
#include "CliProcess.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class TestCliBadExpression : public QObject {
    Q_OBJECT
private slots:
    void exitsTwoWithOneLine_data();
    void exitsTwoWithOneLine();

private:
    QTemporaryDir m_dir;
};

void TestCliBadExpression::exitsTwoWithOneLine_data() {
    QTest::addColumn<QString>("input");    // as given to --input
    QTest::addColumn<QString>("message");  // what must follow the input's path
    const auto h5ad = [](const char* file) {
        return testdata::path("expression/bad/" + QString(file));
    };
    QTest::newRow("not HDF5") << h5ad("not_hdf5.h5ad") << ": not an HDF5 file";
    QTest::newRow("truncated") << h5ad("truncated.h5ad")
                               << ": not a readable HDF5 file, perhaps truncated";
    QTest::newRow("X missing") << h5ad("no_x.h5ad") << ", /X: missing";
    QTest::newRow("indptr decreasing") << h5ad("indptr_decreasing.h5ad")
                                       << ", /X/indptr: indptr[4] = 4 is less than indptr[3] = 7";
    QTest::newRow("index out of range") << h5ad("index_out_of_range.h5ad")
                                        << ", /X/indices: indices[4] = 99 is outside the 5 "
                                           "columns of the shape";
    QTest::newRow("shape vs obs") << h5ad("shape_vs_obs.h5ad")
                                  << ", /X: has 6 rows (shape 6 x 5) but obs has 5";
    QTest::newRow("strings as X") << h5ad("string_x.h5ad") << ", /X: holds strings, not numbers";
    QTest::newRow("Cell Ranger .h5") << h5ad("cellranger.h5") << ", /: a 10x Genomics Cell Ranger";
    QTest::newRow("loom") << h5ad("cells.loom") << ", /: a loom file";
    QTest::newRow("features short")
        << h5ad("tenx_short_features") << "/genes.tsv: 4 lines, but matrix.mtx has 5 rows (genes)";
    QTest::newRow("barcodes long")
        << h5ad("tenx_long_barcodes") << "/barcodes.tsv: 7 lines, but matrix.mtx has 6 columns";
    // A 10x folder whose matrix.mtx is broken: the folder is what the user named.
    for (const auto& [file, message] : std::initializer_list<std::pair<const char*, const char*>>{
             {"outside.mtx",
              "/matrix.mtx, line 5: entry (4, 2) is outside the declared 3 x 2 "
              "matrix"},
             {"fewer.mtx",
              "/matrix.mtx, line 4: the file ends after 2 entries; the size line "
              "declares 4"},
             {"not_number.mtx", "/matrix.mtx, line 4: 'x7' is not a number"},
             {"not_header.mtx",
              "/matrix.mtx, line 1: '%%MatrixMarket matrix array real "
              "general' is not a sparse matrix this reader knows"}}) {
        const QString folder = m_dir.filePath(QString(file).chopped(4));
        QDir().mkpath(folder);
        QFile::copy(h5ad(file), folder + "/matrix.mtx");
        QFile::copy(testdata::path("expression/tenx_v2/genes.tsv"), folder + "/genes.tsv");
        QFile::copy(testdata::path("expression/tenx_v2/barcodes.tsv"), folder + "/barcodes.tsv");
        QTest::newRow(file) << folder << message;
    }
}

void TestCliBadExpression::exitsTwoWithOneLine() {
    QFETCH(QString, input);
    QFETCH(QString, message);
    const QString out = m_dir.filePath("out");
    const CliRun run = runCli({"run", "--input", input, "--out", out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    const QString line = run.errLines.front();
    QVERIFY2(line.startsWith("latentlab-cli: error: "), qPrintable(line));
    QVERIFY2(line.contains(input + message), qPrintable(line));
    for (const QString& hdf5Noise : {"HDF5-DIAG", "#000", "H5F", "major:", "minor:"})
        QVERIFY2(!line.contains(hdf5Noise), qPrintable(line));
    for (const QChar c : line) QVERIFY2(c.isPrint(), qPrintable(line));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!QFileInfo::exists(out), "a failed run must not leave an output folder");
}

QTEST_GUILESS_MAIN(TestCliBadExpression)
#include "tst_cli_badexpression.moc"
