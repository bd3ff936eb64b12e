// loadDataset: every import option on the small files of tests/data/import, with values,
// labels, row names and counts worked out by hand, and one exact message per kind of bad
// input (file, line, column and value named).
#include "ConfigJson.h"
#include "DatasetLoader.h"
#include "IoErrors.h"
#include "TestData.h"

#include <cmath>

using latentlab::Config;
using latentlab::Dataset;
using latentlab::io::ImportReport;

namespace {

/// A csv config for tests/data/import/`file` with `settings` applied as --set would.
latentlab::DataConfig configFor(const QString& file, const QStringList& settings) {
    Config config;
    config.data.source = latentlab::DataSource::Csv;
    config.data.path = testdata::path("import/" + file).toStdString();
    for (const QString& setting : settings)
        latentlab::io::applyAssignment(config, setting.toStdString());
    return config.data;
}

QStringList texts(const std::vector<std::string>& strings) {
    QStringList list;
    for (const std::string& text : strings) list << QString::fromStdString(text);
    return list;
}

QStringList labelsOf(const Dataset& data) {
    QStringList list;
    for (int code : data.labels) list << QString::fromStdString(data.labelNames[std::size_t(code)]);
    return list;
}

QList<double> valuesOf(const Dataset& data) {
    QList<double> values;
    for (Eigen::Index r = 0; r < data.features.rows(); ++r)
        for (Eigen::Index c = 0; c < data.features.cols(); ++c) values << data.features(r, c);
    return values;
}

}  // namespace

class TestCsvImport : public QObject {
    Q_OBJECT
private slots:
    void imports_data();
    void imports();
    void badInput_data();
    void badInput();
    void droppingRenumbersLabels();
    void reportSummaries();
    void columnCandidates_data();
    void columnCandidates();
    void sameImport();
};

void TestCsvImport::imports_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rowNames");
    QTest::addColumn<QList<double>>("values");  // row by row
    QTest::addColumn<QStringList>("labels");    // per row
    QTest::addColumn<QString>("missing");       // ImportReport::missingSummary()

    const QStringList ab{"a", "b"};
    const QList<double> abValues{1, 2, 3, 4.5};
    const QStringList xy{"x", "y"};
    const QStringList none;
    const QStringList genes{"data.transpose=true", "data.row_names=true"};
    const QList<double> geneValues{1, 4, 2, 5, 3, 6};  // samples S1..S3 x (TP53, BRCA1)
    const QStringList samples{"S1", "S2", "S3"};
    const QStringList geneNames{"TP53", "BRCA1"};

    QTest::newRow("comma") << "comma.csv" << none << ab << none << abValues << xy << "";
    QTest::newRow("semicolon") << "semicolon.csv" << none << ab << none << abValues << xy << "";
    QTest::newRow("tab") << "tab.tsv" << none << ab << none << abValues << xy << "";
    QTest::newRow("quoted fields with delimiters")
        << "quoted.csv" << none << QStringList{"name, full", "b"} << none << abValues
        << QStringList{"x, one", "y;two"} << "";
    QTest::newRow("BOM and CRLF") << "bom_crlf.csv" << none << ab << none << abValues << xy << "";
    QTest::newRow("row names") << "row_names.csv" << QStringList{"data.row_names=true"} << ab
                               << QStringList{"s1", "s2"} << abValues << xy << "";
    QTest::newRow("ignored columns") << "ignore.csv" << QStringList{"data.ignore_columns=id,batch"}
                                     << ab << none << abValues << xy << "";
    QTest::newRow("ignored columns, any case")
        << "ignore.csv" << QStringList{"data.ignore_columns=ID, Batch"} << ab << none << abValues
        << xy << "";
    QTest::newRow("numeric class column is the label")
        << "numeric_class.csv" << none << ab << none << abValues << QStringList{"0", "1"} << "";
    QTest::newRow("label none keeps class as a feature")
        << "numeric_class.csv" << QStringList{"data.label_column=none"}
        << QStringList{"a", "b", "class"} << none << QList<double>{1, 2, 0, 3, 4.5, 1} << none
        << "";
    QTest::newRow("label NONE, any case")
        << "numeric_class.csv" << QStringList{"data.label_column=NONE"}
        << QStringList{"a", "b", "class"} << none << QList<double>{1, 2, 0, 3, 4.5, 1} << none
        << "";
    QTest::newRow("ignoring the class column leaves no labels")
        << "numeric_class.csv" << QStringList{"data.ignore_columns=class"} << ab << none << abValues
        << none << "";
    QTest::newRow("transposed, genes as rows")
        << "genes_as_rows.csv" << genes << geneNames << samples << geneValues << none << "";
    QTest::newRow("transposed with a label row")
        << "genes_as_rows_labelled.tsv" << genes << geneNames << samples << geneValues
        << QStringList{"tumour", "normal", "tumour"} << "";
    QTest::newRow("transposed, label row by name")
        << "genes_as_rows_labelled.tsv" << genes + QStringList{"data.label_column=CLASS"}
        << geneNames << samples << geneValues << QStringList{"tumour", "normal", "tumour"} << "";
    QTest::newRow("transposed, ignored row")
        << "genes_as_rows.csv" << genes + QStringList{"data.ignore_columns=TP53"}
        << QStringList{"BRCA1"} << samples << QList<double>{4, 5, 6} << none << "";
    QTest::newRow("transposed without row names")
        << "samples_as_columns_unnamed.csv" << QStringList{"data.transpose=true"}
        << QStringList{"feature 1", "feature 2"} << samples << geneValues << none << "";
    // Repeated names made unique as pandas does: the second 'a' becomes 'a.1', or 'a.2' when
    // 'a.1' is already a column.
    const QStringList unique{"data.unique_names=true"};
    QTest::newRow("a column name twice, made unique")
        << "duplicate_header.csv" << unique << QStringList{"a", "b", "a.1"} << none
        << QList<double>{1, 2, 3, 4, 5, 6} << none << "";
    QTest::newRow("made unique, suffix already taken")
        << "duplicate_suffix_taken.csv" << unique << QStringList{"a", "a.1", "a.2"} << none
        << QList<double>{1, 2, 3, 4, 5, 6} << none << "";
    QTest::newRow("a gene twice, transposed, made unique")
        << "duplicate_genes.csv" << genes + unique << QStringList{"TP53", "MYC", "TP53.1"}
        << QStringList{"S1", "S2"} << QList<double>{1, 3, 5, 2, 4, 6} << none << "";
    QTest::newRow("log1p") << "counts.csv" << QStringList{"data.log1p=true"} << ab << none
                           << QList<double>{0, std::log(2.0), std::log(4.0), std::log(8.0)} << none
                           << "";
    QTest::newRow("missing: drop rows")
        << "missing.csv" << QStringList{"data.missing=drop"} << ab << none
        << QList<double>{3, 6, 5, 8} << xy << "Dropped 2 rows with missing values (of 4)";
    // Means of the valid cells: a = (1 + 3 + 5) / 3 = 3, b = (4 + 6 + 8) / 3 = 6.
    QTest::newRow("missing: impute means")
        << "missing.csv" << QStringList{"data.missing=impute"} << ab << none
        << QList<double>{1, 6, 3, 4, 3, 6, 5, 8} << QStringList{"x", "y", "x", "y"}
        << "Imputed 2 missing cells with column means in 2 columns (a: 1, b: 1)";
    // log1p first, then the means of the transformed values.
    QTest::newRow("log1p, then impute")
        << "missing.csv" << QStringList{"data.log1p=true", "data.missing=impute"} << ab << none
        << QList<double>{std::log(2.0),
                         (std::log(5.0) + std::log(7.0) + std::log(9.0)) / 3,
                         (std::log(2.0) + std::log(4.0) + std::log(6.0)) / 3,
                         std::log(5.0),
                         std::log(4.0),
                         std::log(7.0),
                         std::log(6.0),
                         std::log(9.0)}
        << QStringList{"x", "y", "x", "y"}
        << "Imputed 2 missing cells with column means in 2 columns (a: 1, b: 1)";
    // TP53's valid cells are 1 and 3: S2 gets their mean, 2.
    QTest::newRow("transposed, impute along the gene")
        << "genes_as_rows_missing.csv" << genes + QStringList{"data.missing=impute"} << geneNames
        << samples << geneValues << none
        << "Imputed 1 missing cell with column means in 1 column (TP53: 1)";
    QTest::newRow("transposed, drop the sample")
        << "genes_as_rows_missing.csv" << genes + QStringList{"data.missing=drop"} << geneNames
        << QStringList{"S1", "S3"} << QList<double>{1, 4, 3, 6} << none
        << "Dropped 1 row with missing values (of 3)";
}

void TestCsvImport::imports() {
    QFETCH(QString, file);
    QFETCH(QStringList, settings);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rowNames);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, labels);
    QFETCH(QString, missing);

    ImportReport report;
    const Dataset data = latentlab::io::loadDataset(configFor(file, settings), &report);
    QCOMPARE(texts(data.columnNames), columns);
    QCOMPARE(texts(data.rowNames), rowNames);
    QCOMPARE(labelsOf(data), labels);
    QCOMPARE(data.hasLabels(), !labels.isEmpty());
    const QList<double> actual = valuesOf(data);
    QCOMPARE(actual.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) LL_COMPARE_ABS(actual[i], values[i], 1e-15);
    QCOMPARE(QString::fromStdString(report.missingSummary()), missing);
    QCOMPARE(report.rows, data.rows());
    QCOMPARE(report.columns, data.columns());
    QCOMPARE(report.rowsRead - report.rowsDropped, data.rows());
    QCOMPARE(QString::fromStdString(report.labelColumn).isEmpty(), labels.isEmpty());
}

void TestCsvImport::badInput_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QString>("message");  // after the file's path

    const QStringList genes{"data.transpose=true", "data.row_names=true"};
    const QString goOn = " (to go on without them, set data.missing to drop or impute)";
    QTest::newRow("unknown ignored column")
        << "comma.csv" << QStringList{"data.ignore_columns=a,batch"}
        << ": cannot ignore column 'batch': there is no column of that name (columns: a, b, "
           "class)";
    QTest::newRow("unknown ignored row, transposed")
        << "genes_as_rows.csv" << genes + QStringList{"data.ignore_columns=MYC"}
        << ": cannot ignore row 'MYC': there is no row of that name (rows: TP53, BRCA1)";
    QTest::newRow("unknown label row, transposed")
        << "genes_as_rows.csv" << genes + QStringList{"data.label_column=species"}
        << ": no label row 'species' (rows: TP53, BRCA1)";
    QTest::newRow("label column also ignored")
        << "comma.csv" << QStringList{"data.label_column=class", "data.ignore_columns=class"}
        << ": column 'class' is both the label column and ignored";
    QTest::newRow("transposed label without row names")
        << "samples_as_columns_unnamed.csv"
        << QStringList{"data.transpose=true", "data.label_column=class"}
        << ": a transposed table finds its label row and ignored rows by the names in its "
           "first column; set data.row_names = true";
    QTest::newRow("everything ignored")
        << "comma.csv" << QStringList{"data.ignore_columns=a,b"}
        << ": no numeric columns besides the label column 'class' and the ignored columns (a, "
           "b)";
    QTest::newRow("log1p of -2")
        << "log1p_negative.csv" << QStringList{"data.log1p=true"}
        << ", line 3, column 'b': -2 is not greater than -1, so log(1 + x) is undefined";
    QTest::newRow("log1p of -4, transposed")
        << "genes_as_rows_negative.csv" << genes + QStringList{"data.log1p=true"}
        << ", line 3, column 'S1': -4 is not greater than -1, so log(1 + x) is undefined";
    QTest::newRow("missing cells")
        << "missing.csv" << QStringList{}
        << ": 2 cells are empty or not numbers: line 2, column 'b': the cell is empty; line 3, "
           "column 'a': 'NA' is not a number" +
               goOn;
    QTest::newRow("many missing cells: three named and a count")
        << "many_missing.csv" << QStringList{}
        << ": 5 cells are empty or not numbers: line 2, column 'a': the cell is empty; line 3, "
           "column 'a': 'x' is not a number; line 4, column 'b': 'NaN' is not a finite number; "
           "and 2 more" +
               goOn;
    QTest::newRow("one missing cell, transposed")
        << "genes_as_rows_missing.csv" << genes << ", line 2, column 'S2': 'NA' is not a number";
    QTest::newRow("all-missing column, impute")
        << "all_missing.csv" << QStringList{"data.missing=impute"}
        << ", column 'b': no cell holds a number to impute the mean from; ignore it "
           "(data.ignore_columns)";
    QTest::newRow("every row has a gap, drop")
        << "all_missing.csv" << QStringList{"data.missing=drop"}
        << ": every one of the 2 rows has a missing value, so dropping them leaves no data; "
           "impute column means instead, or ignore the columns that are mostly empty";
    QTest::newRow("a column name twice")
        << "duplicate_header.csv" << QStringList{}
        << ", line 1: column 'a' appears twice in the header (columns 1 and 3); give each "
           "column its own name, or make repeated names unique (data.unique_names)";
    QTest::newRow("a gene twice, transposed")
        << "duplicate_genes.csv" << genes
        << ": row 'TP53' appears twice in the first column (lines 2 and 4); give each row its "
           "own name, or make repeated names unique (data.unique_names)";
    QTest::newRow("ragged row") << "ragged.csv" << QStringList{}
                                << ", line 3: 2 fields, but the header has 3";
    QTest::newRow("ragged row, transposed")
        << "ragged.csv" << genes << ", line 3: 2 fields, but the header has 3";
    QTest::newRow("empty label") << "empty_label.csv" << QStringList{}
                                 << ", line 3, column 'class': the label is empty";
    QTest::newRow("row names not declared")
        << "text_first_column.csv" << QStringList{}
        << ", column 'id': every cell is text (such as 'r1'), not a number; if the column names "
           "the rows, set data.row_names = true, else ignore it (data.ignore_columns)";
    QTest::newRow("text column")
        << "text_column.csv" << QStringList{"data.missing=impute"}
        << ", column 'batch': every cell is text (such as 'b1'), not a number; ignore it "
           "(data.ignore_columns) or make it the label column";
}

void TestCsvImport::badInput() {
    QFETCH(QString, file);
    QFETCH(QStringList, settings);
    QFETCH(QString, message);
    try {
        latentlab::io::loadDataset(configFor(file, settings));
        QFAIL("no error");
    } catch (const latentlab::io::ReadError& error) {
        QCOMPARE(QString::fromStdString(error.what()), testdata::path("import/" + file) + message);
    }
}

void TestCsvImport::droppingRenumbersLabels() {
    // Dropping the only 'y' row leaves two classes, coded in order of appearance.
    const Dataset data =
        latentlab::io::loadDataset(configFor("drop_class.csv", {"data.missing=drop"}));
    QCOMPARE(data.classes(), 2);
    QCOMPARE(data.labels, (std::vector<int>{0, 1}));
    QCOMPARE(labelsOf(data), (QStringList{"x", "z"}));
}

void TestCsvImport::reportSummaries() {
    ImportReport report;
    latentlab::io::loadDataset(
        configFor("genes_as_rows_missing.csv",
                  {"data.transpose=true", "data.row_names=true", "data.missing=drop",
                   "data.log1p=true", "data.ignore_columns=BRCA1"}),
        &report);
    QCOMPARE(report.rowsRead, 3);
    QCOMPARE(report.rowsDropped, 1);
    QCOMPARE(report.missingCells, 1LL);
    QCOMPARE(QString::fromStdString(report.summary()),
             QString::fromUtf8("2 rows \u00d7 1 column, unlabelled, 1 ignored, transposed, "
                               "log(1 + x); dropped 1 row with missing values (of 3)"));

    latentlab::io::loadDataset(configFor("comma.csv", {}), &report);
    QCOMPARE(QString::fromStdString(report.summary()),
             QString::fromUtf8("2 rows \u00d7 2 columns, labels from 'class'"));
    QVERIFY(report.missingSummary().empty());
    QCOMPARE(report.delimiter, ',');
}

void TestCsvImport::columnCandidates_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("header") << "ignore.csv" << QStringList{}
                            << QStringList{"id", "a", "batch", "b", "class"};
    QTest::newRow("header after the row names")
        << "row_names.csv" << QStringList{"data.row_names=true"} << QStringList{"a", "b", "class"};
    QTest::newRow("transposed: the first column")
        << "genes_as_rows_labelled.tsv" << QStringList{"data.transpose=true", "data.row_names=true"}
        << QStringList{"TP53", "class", "BRCA1"};
    QTest::newRow("transposed without row names")
        << "samples_as_columns_unnamed.csv" << QStringList{"data.transpose=true"} << QStringList{};
}

void TestCsvImport::columnCandidates() {
    QFETCH(QString, file);
    QFETCH(QStringList, settings);
    QFETCH(QStringList, names);
    QCOMPARE(texts(latentlab::io::columnCandidates(configFor(file, settings))), names);
}

void TestCsvImport::sameImport() {
    const latentlab::DataConfig base = configFor("comma.csv", {});
    QVERIFY(latentlab::io::sameImport(base, base));
    for (const char* change :
         {"data.label_column=none", "data.ignore_columns=a", "data.row_names=true",
          "data.transpose=true", "data.log1p=true", "data.missing=drop", "data.path=other.csv"}) {
        QVERIFY2(!latentlab::io::sameImport(base, configFor("comma.csv", {change})), change);
    }
    // Scaling happens after loading: the loaded table can be reused.
    QVERIFY(latentlab::io::sameImport(base, configFor("comma.csv", {"data.scaling=zscore"})));
}

QTEST_APPLESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
