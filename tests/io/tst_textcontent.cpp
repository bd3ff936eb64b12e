// requireText, the check every reader of text makes first: binary files refused with the
// byte (and line) where the binary content starts and, by their signature, what they are;
// text in another encoding named with its line and byte; UTF-8 text of any kind accepted.
#include "IoErrors.h"
#include "TestData.h"
#include "TextContent.h"

#include <QtTest>

using latentlab::io::kBinaryWindow;
using latentlab::io::ReadError;
using latentlab::io::requireText;

namespace {

QString errorOf(const QByteArray& bytes, bool complete = true) {
    try {
        requireText(bytes, "f.csv", "text table", complete);
    } catch (const ReadError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

}  // namespace

class TestTextContent : public QObject {
    Q_OBJECT
private slots:
    void textIsAccepted_data();
    void textIsAccepted();
    void binaryIsRefused_data();
    void binaryIsRefused();
    void otherEncodingsAreNamed_data();
    void otherEncodingsAreNamed();
    void binaryWindowIsTheFirst64KiB();
    void partialReadMayEndInsideACharacter();
    void kindNamesWhatTheFileShouldBe();
};

void TestTextContent::textIsAccepted_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("csv") << QByteArray("x1,x2\n1,2\n");
    QTest::newRow("bom, crlf, tabs") << QByteArray("\xEF\xBB\xBFx1\tx2\r\n1\t2\r\n");
    QTest::newRow("form feed") << QByteArray("x\f\n1\n");
    QTest::newRow("utf-8 names") << QByteArray(
        "g\xC3\xA8ne,\xCE\xB2,\xE4\xB8\xAD,\xF0\x9F\x99\x82\n1,2,3,4\n");
    // Text magic numbers are ordinary column names in a text file.
    QTest::newRow("PAR1 gene") << QByteArray("PAR1,MZB1,BZh\n1,2,3\n");
}

void TestTextContent::textIsAccepted() {
    QFETCH(QByteArray, bytes);
    QCOMPARE(errorOf(bytes), QString());
}

void TestTextContent::binaryIsRefused_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QString prefix = "f.csv: not a text table (binary content at byte ";
    QTest::newRow("nul first") << QByteArray("\0abc", 4) << prefix + "1)";
    QTest::newRow("nul on line 3") << QByteArray("a,b\n1,2\n3,\0", 11) << prefix + "11, line 3)";
    QTest::newRow("crlf lines") << QByteArray("a\r\nb\r\n\x01") << prefix + "7, line 3)";
    QTest::newRow("escape code") << QByteArray("a,\x1B[31mb\n") << prefix + "3)";
    QTest::newRow("hdf5") << QByteArray("\x89HDF\r\n\x1A\n\0\0\0\0", 12)
                          << prefix +
                                 "1): an HDF5 file; AnnData files named .h5ad are read as data "
                                 "(--input, File > Open data), 10x .h5 and loom files are not: "
                                 "use Cell Ranger's Matrix Market folder";
    QByteArray matlab = "MATLAB 7.3 MAT-file, Platform: GLNXA64";
    matlab += QByteArray(512 - matlab.size(), '\0') + "\x89HDF\r\n\x1A\n";
    QTest::newRow("matlab 7.3")
        << matlab
        << prefix +
               "39): a MATLAB v7.3 .mat file; write the matrix as CSV first "
               "(writematrix)";
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0", 4)
                          << prefix +
                                 "1): a gzip-compressed file; decompress it first (gunzip -c "
                                 "f.csv > table.csv)";
    QTest::newRow("xz") << QByteArray("\xFD\x37zXZ\0\0", 8)
                        << prefix +
                               "1): an xz-compressed file; decompress it first (unxz -c "
                               "f.csv > table.csv)";
    QTest::newRow("elf") << QByteArray("\x7F\x45LF\x02\x01", 6)
                         << prefix + "1): a program (an ELF executable), not a table";
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\0\0[Content_Types].xml", 27)
                          << prefix +
                                 "3): an Excel workbook (.xlsx); save the sheet as 'CSV "
                                 "UTF-8' in the spreadsheet program";
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0data.csv", 16)
                         << prefix + "3): a ZIP archive; unpack it and read the table inside";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                         << prefix + "1): a PNG image, not a table";
    QTest::newRow("pickle") << QByteArray("\x80\x04\x95\x10\0", 5)
                            << prefix +
                                   "1): a Python pickle; write the table with "
                                   "DataFrame.to_csv instead";
    QTest::newRow("pdf, binary") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\nstream\n\x01\x02")
                                 << prefix +
                                        "11, line 2): a PDF document; export the table as "
                                        "CSV from the program that made it";
    QTest::newRow("pdf, all ascii") << QByteArray("%PDF-1.0\n1 0 obj\n")
                                    << QString(
                                           "f.csv: not a text table: a PDF document; "
                                           "export the table as CSV from the program "
                                           "that made it");
    QTest::newRow("parquet") << QByteArray("PAR1\x15\x04\x15", 7)
                             << prefix +
                                    "5): an Apache Parquet file; write it as CSV first, e.g. "
                                    "in Python: pandas.read_parquet('f.csv').to_csv("
                                    "'table.csv')";
}

void TestTextContent::binaryIsRefused() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QCOMPARE(errorOf(bytes), message);
}

void TestTextContent::otherEncodingsAreNamed_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QString save = "; save the file as UTF-8 (in a spreadsheet program: 'CSV UTF-8')";
    QTest::newRow("latin-1") << QByteArray("name,x\nCaf\xE9,1\n")
                             << "f.csv, line 2: not UTF-8 text: byte 11 is 0xE9 ('\u00E9' in "
                                "Latin-1 and Windows-1252)" +
                                    save;
    QTest::newRow("windows-1252 quote") << QByteArray("\x93x\x94,y\n")
                                        << "f.csv, line 1: not UTF-8 text: byte 1 is 0x93 "
                                           "('\u201C' in Windows-1252)" +
                                               save;
    QTest::newRow("undefined in 1252")
        << QByteArray("a\x81,b\n") << "f.csv, line 1: not UTF-8 text: byte 2 is 0x81" + save;
    QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFEx\0")
                                << QString("f.csv: the file is UTF-16 text; save it as UTF-8");
    QTest::newRow("utf-32 bom") << QByteArray("\xFF\xFE\0\0x\0\0\0", 8)
                                << QString("f.csv: the file is UTF-32 text; save it as UTF-8");
    QTest::newRow("utf-16, no bom")
        << QByteArray(
               "x\0"
               "1\0,\0x\0"
               "2\0\n\0",
               12)
        << QString(
               "f.csv: the file looks like UTF-16 text (without a byte-order mark); save it "
               "as UTF-8");
}

void TestTextContent::otherEncodingsAreNamed() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QCOMPARE(errorOf(bytes), message);
}

void TestTextContent::binaryWindowIsTheFirst64KiB() {
    // A control byte past the window is left to the parser (a cell that is not a number);
    // bytes that are not UTF-8 are found wherever they are.
    QByteArray text = "x\n";
    while (text.size() < kBinaryWindow) text += "1\n";
    QCOMPARE(errorOf(text + "\x01\n"), QString());
    const int line = int(text.count('\n')) + 1;
    QVERIFY2(errorOf(text + "\xE9\n")
                 .startsWith(QString("f.csv, line %1: not UTF-8 text: byte %2 is 0xE9")
                                 .arg(line)
                                 .arg(text.size() + 1)),
             qPrintable(errorOf(text + "\xE9\n")));
}

void TestTextContent::partialReadMayEndInsideACharacter() {
    const QByteArray cut("x,caf\xC3");  // the first 8 MiB of a file can end there
    QCOMPARE(errorOf(cut, false), QString());
    QVERIFY(errorOf(cut, true).contains("byte 6 is 0xC3"));
}

void TestTextContent::kindNamesWhatTheFileShouldBe() {
    try {
        requireText(QByteArray("{\"a\": \"caf\xE9\"}"), "c.json", "JSON file");
        QFAIL("accepted");
    } catch (const ReadError& error) {
        // No spreadsheet advice for a JSON file.
        QCOMPARE(QString(error.what()), QString("c.json, line 1: not UTF-8 text: byte 11 is 0xE9 "
                                                "('\u00E9' in Latin-1 and Windows-1252); save the "
                                                "file as UTF-8"));
    }
    try {
        requireText(QByteArray("\0", 1), "a\x1B[2Jb.json", "JSON file");
        QFAIL("accepted");
    } catch (const ReadError& error) {
        QCOMPARE(QString(error.what()),
                 QString("a\\x1B[2Jb.json: not a JSON file (binary content at byte 1)"));
    }
}

QTEST_APPLESS_MAIN(TestTextContent)
#include "tst_textcontent.moc"
