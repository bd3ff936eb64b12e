// CsvReader: the dialects people's files come in, label columns, and one exact message per
// kind of bad input (file, line as an editor counts it, column, value).
#include "CsvReader.h"
#include "IoErrors.h"
#include "NumberText.h"
#include "TestData.h"

#include <cmath>

using latentlab::Dataset;
using latentlab::io::CsvReader;
using latentlab::io::ReadError;

namespace {

QString errorOf(const QByteArray& content, const std::string& labelColumn = {}) {
    try {
        CsvReader({labelColumn}).parse(content, "t.csv");
    } catch (const ReadError& error) {
        return QString::fromStdString(error.what());
    }
    return "(no error)";
}

QStringList labelsOf(const Dataset& data) {
    QStringList texts;
    for (int code : data.labels)
        texts << QString::fromStdString(data.labelNames[std::size_t(code)]);
    return texts;
}

QStringList columnsOf(const Dataset& data) {
    QStringList names;
    for (const std::string& name : data.columnNames) names << QString::fromStdString(name);
    return names;
}

QList<double> valuesOf(const Dataset& data) {
    QList<double> values;
    for (Eigen::Index r = 0; r < data.features.rows(); ++r)
        for (Eigen::Index c = 0; c < data.features.cols(); ++c) values << data.features(r, c);
    return values;
}

}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void dialects_data();
    void dialects();
    void labelColumnChoice_data();
    void labelColumnChoice();
    void labelTextsKeptExactly();
    void readsFilesFromDisk();
    void irisAndWine();
    void badInput_data();
    void badInput();
    void missingFileAndFolder();
    void keepMissingMarksCellsNaN();
    void numberText_data();
    void numberText();
};

void TestCsvReader::dialects_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("labels");

    const QStringList ab{"a", "b"};
    const QList<double> values{1, 2, 3.5, -4e-3};
    const QStringList xy{"x", "y"};
    QTest::newRow("comma") << QByteArray("a,b,label\n1,2,x\n3.5,-4e-3,y\n") << ',' << ab << values
                           << xy;
    QTest::newRow("semicolon") << QByteArray("a;b;label\n1;2;x\n3.5;-4e-3;y\n") << ';' << ab
                               << values << xy;
    QTest::newRow("tab") << QByteArray("a\tb\tlabel\n1\t2\tx\n3.5\t-4e-3\ty\n") << '\t' << ab
                         << values << xy;
    QTest::newRow("crlf") << QByteArray("a,b,label\r\n1,2,x\r\n3.5,-4e-3,y\r\n") << ',' << ab
                          << values << xy;
    QTest::newRow("cr only") << QByteArray("a,b,label\r1,2,x\r3.5,-4e-3,y\r") << ',' << ab << values
                             << xy;
    // LF and CR mixed: fewer of either than records, so the table has to grow while read.
    QTest::newRow("mixed line ends")
        << QByteArray("a,b,label\n1,2,x\r3.5,-4e-3,y") << ',' << ab << values << xy;
    QTest::newRow("bom") << QByteArray(
                                "\xEF\xBB\xBF"
                                "a,b,label\n1,2,x\n3.5,-4e-3,y")
                         << ',' << ab << values << xy;
    QTest::newRow("no final newline")
        << QByteArray("a,b,label\n1,2,x\n3.5,-4e-3,y") << ',' << ab << values << xy;
    QTest::newRow("trailing blank lines")
        << QByteArray("a,b,label\n1,2,x\n\n3.5,-4e-3,y\n\n\n") << ',' << ab << values << xy;
    QTest::newRow("quoted fields")
        << QByteArray("\"a\",\"b\",\"label\"\n\"1\",2,\"x\"\n3.5,\" -4e-3 \",y\n") << ',' << ab
        << values << xy;
    QTest::newRow("quoted delimiters")
        << QByteArray("\"a,1\";\"b;2\";label\n1;2;\"x;1\"\n3.5;-4e-3;\"y,2\"\n") << ';'
        << QStringList{"a,1", "b;2"} << values << QStringList{"x;1", "y,2"};
    QTest::newRow("doubled quotes")
        << QByteArray("a,\"b \"\"q\"\"\",label\n1,2,\"x \"\"1\"\"\"\n3.5,-4e-3,y\n") << ','
        << QStringList{"a", "b \"q\""} << values << QStringList{"x \"1\"", "y"};
    QTest::newRow("line break in quotes") << QByteArray("a,b,label\n1,2,\"x\ny\"\n3.5,-4e-3,y\n")
                                          << ',' << ab << values << QStringList{"x\ny", "y"};
    QTest::newRow("spaces and plus signs")
        << QByteArray("a, b ,label\n 1 ,+2,x\n3.5,-4e-3 ,y\n") << ',' << ab << values << xy;
    QTest::newRow("no labels") << QByteArray("a,b\n1,2\n3.5,-4e-3\n") << ',' << ab << values
                               << QStringList{};
}

void TestCsvReader::dialects() {
    QFETCH(QByteArray, content);
    QFETCH(char, delimiter);
    QFETCH(QStringList, columns);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, labels);
    CsvReader reader;
    const Dataset data = reader.parse(content, "t.csv");
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(columnsOf(data), columns);
    QCOMPARE(valuesOf(data), values);
    QCOMPARE(labelsOf(data), labels);
    QCOMPARE(data.hasLabels(), !labels.isEmpty());
}

void TestCsvReader::labelColumnChoice_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("chosen");

    QTest::newRow("label") << QByteArray("a,label,b") << ""
                           << "label";
    QTest::newRow("class") << QByteArray("a,b,class") << ""
                           << "class";
    QTest::newRow("any case") << QByteArray("Class,a,b") << ""
                              << "Class";
    QTest::newRow("by name") << QByteArray("species,a,b") << "species"
                             << "species";
    QTest::newRow("by name over class") << QByteArray("class,a,kind") << "kind"
                                        << "kind";
    QTest::newRow("name in another case") << QByteArray("a,Species,b") << "species"
                                          << "Species";
    QTest::newRow("none") << QByteArray("a,b,c") << ""
                          << "";
}

void TestCsvReader::labelColumnChoice() {
    QFETCH(QByteArray, header);
    QFETCH(QString, option);
    QFETCH(QString, chosen);
    // Every cell of the row is a number, so the label column is told only by its name.
    CsvReader reader({option.toStdString()});
    const Dataset data = reader.parse(header + "\n1,2,3\n4,5,6\n", "t.csv");
    QCOMPARE(QString::fromStdString(reader.labelColumn()), chosen);
    QCOMPARE(data.columns(), chosen.isEmpty() ? 3 : 2);
    QCOMPARE(data.hasLabels(), !chosen.isEmpty());
}

void TestCsvReader::labelTextsKeptExactly() {
    const Dataset data = CsvReader().parse(
        "x,label\n1, Setosa \n2,größer\n3, Setosa \n4,setosa\n5,\"a,b\"\n6,2\n", "t.csv");
    QCOMPARE(labelsOf(data), (QStringList{" Setosa ", "größer", " Setosa ", "setosa", "a,b", "2"}));
    QCOMPARE(data.labels, (std::vector<int>{0, 1, 0, 2, 3, 4}));
    QCOMPARE(data.classes(), 5);
}

void TestCsvReader::readsFilesFromDisk() {
    CsvReader reader;
    const Dataset data = reader.read(testdata::path("io/bom_crlf_semicolon.csv"));
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(reader.labelColumn(), std::string("Class"));
    QCOMPARE(columnsOf(data), (QStringList{"Gene A", "Gene;B"}));
    QCOMPARE(valuesOf(data), (QList<double>{1.5, 2, -3, 4.25}));
    QCOMPARE(labelsOf(data), (QStringList{"type \"x\"", "type y"}));

    const Dataset tsv = reader.read(testdata::path("io/unlabelled.tsv"));
    QCOMPARE(reader.delimiter(), '\t');
    QVERIFY(reader.labelColumn().empty());
    QCOMPARE(tsv.rows(), 2);
    QCOMPARE(tsv.columns(), 3);
}

void TestCsvReader::irisAndWine() {
    CsvReader reader;
    const Dataset iris = reader.read(testdata::path("iris.csv"));
    QCOMPARE(iris.rows(), 150);
    QCOMPARE(iris.columns(), 4);
    QCOMPARE(reader.labelColumn(), std::string("class"));
    QCOMPARE(iris.labelNames, (std::vector<std::string>{"setosa", "versicolor", "virginica"}));
    QCOMPARE(iris.features(0, 0), 5.1);
    QCOMPARE(iris.columnNames.front(), std::string("sepal_length_(cm)"));

    const Dataset wine = reader.read(testdata::path("wine.csv"));
    QCOMPARE(wine.rows(), 178);
    QCOMPARE(wine.columns(), 13);
    QCOMPARE(wine.labelNames, (std::vector<std::string>{"class_0", "class_1", "class_2"}));
    QCOMPARE(wine.columnNames[11], std::string("od280/od315_of_diluted_wines"));
}

void TestCsvReader::badInput_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("labelColumn");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << ""
                           << "t.csv: the file is empty";
    QTest::newRow("blank") << QByteArray(" \r\n\n") << ""
                           << "t.csv: the file is empty";
    QTest::newRow("header only") << QByteArray("a,b\n") << ""
                                 << "t.csv: no data rows below the header";
    QTest::newRow("short row") << QByteArray("a,b,c\n1,2,3\n1,2\n") << ""
                               << "t.csv, line 3: 2 fields, but the header has 3";
    QTest::newRow("long row") << QByteArray("a,b,c\n1,2,3,4\n") << ""
                              << "t.csv, line 2: 4 fields, but the header has 3";
    QTest::newRow("not a number") << QByteArray("a,X3\n1,2\n1,oops\n") << ""
                                  << "t.csv, line 3, column 'X3': 'oops' is not a number";
    QTest::newRow("number with text") << QByteArray("a,b\n1,2x\n") << ""
                                      << "t.csv, line 2, column 'b': '2x' is not a number";
    QTest::newRow("empty cell") << QByteArray("a,b\n1,2\n,2\n") << ""
                                << "t.csv, line 3, column 'a': the cell is empty";
    QTest::newRow("blank cell") << QByteArray("a,b\n1,  \n") << ""
                                << "t.csv, line 2, column 'b': the cell is empty";
    QTest::newRow("nan") << QByteArray("a,b\n1,NaN\n") << ""
                         << "t.csv, line 2, column 'b': 'NaN' is not a finite number";
    QTest::newRow("inf") << QByteArray("a,b\n-inf,1\n") << ""
                         << "t.csv, line 2, column 'a': '-inf' is not a finite number";
    QTest::newRow("overflow") << QByteArray("a,b\n1e999,1\n") << ""
                              << "t.csv, line 2, column 'a': '1e999' is not a finite number";
    QTest::newRow("decimal comma")
        << QByteArray("a;b\n1,5;2\n") << ""
        << "t.csv, line 2, column 'a': '1,5' is not a number (use '.' as the decimal point)";
    QTest::newRow("crlf line count") << QByteArray("a,b\r\n1,2\r\n3,x\r\n") << ""
                                     << "t.csv, line 3, column 'b': 'x' is not a number";
    QTest::newRow("line count after quoted break")
        << QByteArray("a,label\n1,\"two\nlines\"\noops,z\n") << ""
        << "t.csv, line 4, column 'a': 'oops' is not a number";
    QTest::newRow("blank lines counted") << QByteArray("a,b\n\n1,2\n\n3,?\n") << ""
                                         << "t.csv, line 5, column 'b': '?' is not a number";
    QTest::newRow("long value shortened")
        << QByteArray("a\n" + QByteArray(60, 'z') + "\n") << ""
        << "t.csv, line 2, column 'a': '" + QString(40, 'z') + "...' is not a number";
    QTest::newRow("unknown label column") << QByteArray("a,b\n1,2\n") << "species"
                                          << "t.csv: no label column 'species' (columns: a, b)";
    QTest::newRow("empty label") << QByteArray("a,label\n1,x\n2,\n") << ""
                                 << "t.csv, line 3, column 'label': the label is empty";
    QTest::newRow("only a label column") << QByteArray("label\nx\n") << ""
                                         << "t.csv: no numeric columns besides the label "
                                            "column 'label'";
    QTest::newRow("no header") << QByteArray("1,2,3\n4,5,6\n") << ""
                               << "t.csv, line 1: expected a header row naming the columns, "
                                  "found numbers ('1', '2', '3')";
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"2\n3,4\n") << ""
                                    << "t.csv, line 2: a quoted field is not closed";
    QTest::newRow("text after quote") << QByteArray("a,b\n\"1\"x,2\n") << ""
                                      << "t.csv, line 2: unexpected text after a closing quote";
    QTest::newRow("three bad cells, all named")
        << QByteArray("a,b\n1,x\n,2\n3,NaN\n4,5\n") << ""
        << "t.csv: 3 cells are empty or not numbers: line 2, column 'b': 'x' is not a number; "
           "line 3, column 'a': the cell is empty; line 4, column 'b': 'NaN' is not a finite "
           "number (to go on without them, set data.missing to drop or impute)";
    QTest::newRow("utf-16") << QByteArray(
                                   "\xFF\xFE"
                                   "a\0,\0b\0",
                                   8)
                            << ""
                            << "t.csv: the file is UTF-16 text; save it as UTF-8";
}

void TestCsvReader::badInput() {
    QFETCH(QByteArray, content);
    QFETCH(QString, labelColumn);
    QFETCH(QString, message);
    QCOMPARE(errorOf(content, labelColumn.toStdString()), message);
}

void TestCsvReader::missingFileAndFolder() {
    const QString missing = testdata::path("io/no_such_file.csv");
    try {
        CsvReader().read(missing);
        QFAIL("no error for a missing file");
    } catch (const latentlab::DataError& error) {  // a user error, like any other bad data
        QCOMPARE(QString(error.what()), missing + ": no such file");
    }
    const QString folder = testdata::path("io");
    QVERIFY_THROWS_EXCEPTION(ReadError, CsvReader().read(folder));
    QVERIFY_THROWS_EXCEPTION(ReadError, CsvReader().read(testdata::path("io/empty.csv")));
}

void TestCsvReader::keepMissingMarksCellsNaN() {
    latentlab::io::CsvReadOptions options;
    options.keepMissing = true;
    CsvReader reader(options);
    const Dataset data = reader.parse("a,b,label\n1,NA,x\n,4,y\n5,6,x\n", "t.csv");
    QCOMPARE(reader.missingCells(), 2LL);
    QVERIFY(std::isnan(data.features(0, 1)));
    QVERIFY(std::isnan(data.features(1, 0)));
    QCOMPARE(data.features(2, 1), 6.0);
    QCOMPARE(reader.cellLocation(2, 1), std::string("t.csv, line 4, column 'b'"));
    QCOMPARE(reader.featureLocation(0), std::string("t.csv, column 'a'"));
}

void TestCsvReader::numberText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    QTest::newRow("plain") << "1.5" << true << 1.5;
    QTest::newRow("spaces") << " 2 " << true << 2.0;
    QTest::newRow("plus") << "+3" << true << 3.0;
    QTest::newRow("exponent") << "-4e-2" << true << -0.04;
    QTest::newRow("leading dot") << ".5" << true << 0.5;
    QTest::newRow("underflow") << "1e-400" << true << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("hex") << "0x10" << false << 0.0;
    QTest::newRow("comma") << "1,5" << false << 0.0;
    QTest::newRow("two dots") << "1.5.2" << false << 0.0;
    QTest::newRow("double sign") << "+-1" << false << 0.0;
    QTest::newRow("trailing text") << "3 m" << false << 0.0;
}

void TestCsvReader::numberText() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = -1.0;
    const std::string bytes = text.toStdString();
    QCOMPARE(latentlab::io::parseNumber(bytes, parsed), ok);
    if (ok) QCOMPARE(parsed, value);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
