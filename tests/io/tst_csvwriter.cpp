// CsvWriter: quoting only where needed, and numbers that read back bit for bit.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "NumberText.h"
#include "TestData.h"

#include <cmath>
#include <cstring>
#include <limits>

using latentlab::io::CsvReader;
using latentlab::io::CsvWriter;

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void quoting_data();
    void quoting();
    void numbers_data();
    void numbers();
    void matrixReadsBackExactly();
};

void TestCsvWriter::quoting_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << "setosa" << QByteArray("setosa");
    QTest::newRow("empty") << "" << QByteArray("");
    QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
    QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << "two\nlines" << QByteArray("\"two\nlines\"");
    QTest::newRow("outer spaces") << " x " << QByteArray("\" x \"");
    QTest::newRow("semicolon stays plain") << "a;b" << QByteArray("a;b");
    QTest::newRow("utf-8") << "größer" << QString("größer").toUtf8();
}

void TestCsvWriter::quoting() {
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    CsvWriter csv;
    csv.addText(text.toStdString());
    csv.addInteger(7);
    csv.endRow();
    QCOMPARE(csv.bytes(), written + ",7\n");
}

void TestCsvWriter::numbers_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
    QTest::newRow("sum") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("integer") << 42.0 << QByteArray("42");
    QTest::newRow("negative zero") << -0.0 << QByteArray("-0");
    QTest::newRow("small") << 1e-5 << QByteArray("1e-05");
    QTest::newRow("nan") << std::nan("") << QByteArray("");
}

void TestCsvWriter::numbers() {
    QFETCH(double, value);
    QFETCH(QByteArray, written);
    QCOMPARE(QByteArray::fromStdString(latentlab::io::formatNumber(value)), written);
}

void TestCsvWriter::matrixReadsBackExactly() {
    Eigen::MatrixXd values(4, 3);
    values << 0.1, -1.0 / 3.0, 1e-300, std::numeric_limits<double>::denorm_min(), 6.02214076e23,
        -0.0, std::numeric_limits<double>::max(), std::numeric_limits<double>::min(), 2.0 / 3.0,
        M_PI, -M_E, 1e16 + 2;
    const QByteArray csv = CsvWriter::matrix({"a", "b c", "d,e"}, values);
    const latentlab::Dataset back = CsvReader().parse(csv, "written.csv");
    QCOMPARE(back.columnNames, (std::vector<std::string>{"a", "b c", "d,e"}));
    QCOMPARE(back.rows(), 4);
    QVERIFY(std::memcmp(back.features.data(), values.data(), sizeof(double) * 12) == 0);
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
