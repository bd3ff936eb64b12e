// LabelsFile: labels matched to the data's rows by name whatever the file's order, the label
// column by name or position, rows without a label as an error or (drop) rows to drop, and
// one exact line per kind of bad labels file.
#include "ExpressionExpected.h"
#include "IoErrors.h"
#include "LabelsFile.h"

using latentlab::io::LabelsFile;
using latentlab::io::LabelsOptions;
using latentlab::io::MatchedLabels;
using latentlab::io::ReadError;

namespace {

const std::vector<std::string> kCells = {"AAACCTGA-1", "AAACGGGC-1", "AAAGATGG-1",
                                         "AACTCAGT-1", "AAGGCAGC-1", "ACATACGT-1"};

QString errorOf(const QByteArray& content, const LabelsOptions& options = {}) {
    try {
        LabelsFile(options).matchContent(content, "l.csv", {"a", "b", "c", "d", "e"});
    } catch (const ReadError& error) {
        return QString::fromStdString(error.what());
    }
    return "(no error)";
}

}  // namespace

class TestLabelsFile : public QObject {
    Q_OBJECT
private slots:
    void matchesByName();
    void namedColumn();
    void withoutHeader();
    void missingRows();
    void dropMissingRows();
    void badInput_data();
    void badInput();
};

void TestLabelsFile::matchesByName() {
    // the file lists the cells in reverse order, plus one that is not in the data
    const MatchedLabels matched = LabelsFile().match(expression::path("labels.csv"), kCells);
    QCOMPARE(expression::texts(matched.labels), QStringList({"T", "B", "", "T", "Mono", "B"}));
    QCOMPARE(QString::fromStdString(matched.column), QString("cell_type"));
    QCOMPARE(matched.missing, 0);
    QCOMPARE(matched.unmatched, 1);
    QVERIFY(std::all_of(matched.keep.begin(), matched.keep.end(), [](bool k) { return k; }));
}

void TestLabelsFile::namedColumn() {
    const MatchedLabels matched =
        LabelsFile({"score"}).match(expression::path("labels.csv"), kCells);
    QCOMPARE(expression::texts(matched.labels), QStringList(6, "0.5"));
}

void TestLabelsFile::withoutHeader() {
    // a first line naming a data row is data; a tab-separated file is detected
    const MatchedLabels matched = LabelsFile().matchContent("b\tx\na\ty\r\nc\tz\nd\tz\ne\tx\n",
                                                            "l.tsv", {"a", "b", "c", "d", "e"});
    QCOMPARE(expression::texts(matched.labels), QStringList({"y", "x", "z", "z", "x"}));
    QVERIFY(matched.column.empty());
}

void TestLabelsFile::missingRows() {
    const QString path = expression::path("labels_partial.tsv");
    try {
        LabelsFile().match(path, kCells);
        QFAIL("no error");
    } catch (const ReadError& error) {
        QCOMPARE(QString(error.what()),
                 path +
                     ": 4 of the data's 6 rows have no label ('AAAGATGG-1', 'AACTCAGT-1', "
                     "'AAGGCAGC-1', ...); list them in the file or drop them");
    }
}

void TestLabelsFile::dropMissingRows() {
    LabelsOptions options;
    options.dropMissing = true;
    const MatchedLabels matched =
        LabelsFile(options).match(expression::path("labels_partial.tsv"), kCells);
    QCOMPARE(matched.missing, 4);
    QCOMPARE(matched.keep, std::vector<bool>({true, true, false, false, false, false}));
    QCOMPARE(expression::texts(matched.labels), QStringList({"T", "B", "", "", "", ""}));
}

void TestLabelsFile::badInput_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    const QByteArray all = "a,1\nb,1\nc,1\nd,1\ne,1\n";
    QTest::newRow("listed twice") << QByteArray("id,label\n" + all + "b,2\n") << ""
                                  << "l.csv, line 7: 'b' is listed again (first on line 3)";
    QTest::newRow("no such column") << QByteArray("id,label\n" + all) << "cluster"
                                    << "l.csv, line 1: no column 'cluster' (after the row names)";
    QTest::newRow("one column") << QByteArray("id\na\n") << ""
                                << "l.csv, line 1: expected two columns or more (row names, "
                                   "then labels)";
    QTest::newRow("short line") << QByteArray("id,label\na,1\nb\n") << ""
                                << "l.csv, line 3: 1 field, expected at least 2";
    QTest::newRow("column without header") << all << "label"
                                           << "l.csv, line 1: no header line naming the column "
                                              "'label'";
    QTest::newRow("empty") << QByteArray("\n\n") << ""
                           << "l.csv: the file is empty";
    QTest::newRow("few rows") << QByteArray("id,label\na,1\n") << ""
                              << "l.csv: 4 of the data's 5 rows have no label ('b', 'c', 'd', "
                                 "...); list them in the file or drop them";
    QTest::newRow("binary") << QByteArray("\x89HDF\r\n\x1a\n", 8) << ""
                            << "l.csv: not a labels table";
}

void TestLabelsFile::badInput() {
    QFETCH(QByteArray, content);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const QString what = errorOf(content, {column.toStdString()});
    QVERIFY2(what.startsWith(message), qPrintable(what));
}

QTEST_GUILESS_MAIN(TestLabelsFile)
#include "tst_labelsfile.moc"
