// printable(), the one helper every message uses to quote a file's text: hand-made escapes,
// invalid UTF-8 of every kind, idempotence, truncation that never cuts a character, and its
// idea of a printable character checked against Qt's Unicode tables for every code point.
#include "PrintableText.h"
#include "TestData.h"

#include <QtTest>

using latentlab::isPrintable;
using latentlab::isPrintableCodePoint;
using latentlab::printable;
using latentlab::quotedForMessage;

class TestPrintableText : public QObject {
    Q_OBJECT
private slots:
    void escapes_data();
    void escapes();
    void everyResultIsPrintable_data();
    void everyResultIsPrintable();
    void agreesWithQtForEveryCodePoint();
    void quotedTextIsCutBetweenCharacters();
};

void TestPrintableText::escapes_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("ascii") << QByteArray("x1, 'a' \\ b") << QByteArray("x1, 'a' \\ b");
    QTest::newRow("letters") << QByteArray("caf\xC3\xA9 \xCE\xB2 \xE4\xB8\xAD \xF0\x9F\x99\x82")
                             << QByteArray("caf\xC3\xA9 \xCE\xB2 \xE4\xB8\xAD \xF0\x9F\x99\x82");
    QTest::newRow("hdf5") << QByteArray("\x89HDF\r\n\x1A\n", 8)
                          << QByteArray("\\x89HDF\\x0D\\x0A\\x1A\\x0A");
    QTest::newRow("nul, tab, del")
        << QByteArray("a\0b\tc\x7F", 6) << QByteArray("a\\x00b\\x09c\\x7F");
    QTest::newRow("terminal escape") << QByteArray("\x1B[2J") << QByteArray("\\x1B[2J");
    QTest::newRow("latin-1") << QByteArray("Caf\xE9") << QByteArray("Caf\\xE9");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QByteArray("\\xC0\\xAF");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QByteArray("\\xED\\xA0\\x80");
    QTest::newRow("beyond U+10FFFF")
        << QByteArray("\xF4\x90\x80\x80") << QByteArray("\\xF4\\x90\\x80\\x80");
    QTest::newRow("cut short") << QByteArray("ok\xE2\x82") << QByteArray("ok\\xE2\\x82");
    QTest::newRow("stray continuation") << QByteArray(
                                               "\x80"
                                               "a")
                                        << QByteArray("\\x80a");
    QTest::newRow("C1 control") << QByteArray("1\xC2\x85") << QByteArray("1\\u0085");
    QTest::newRow("bidi override") << QByteArray("x\xE2\x80\xAE") << QByteArray("x\\u202E");
    QTest::newRow("zero width space") << QByteArray("7\xE2\x80\x8B") << QByteArray("7\\u200B");
    QTest::newRow("BOM inside") << QByteArray("a\xEF\xBB\xBF") << QByteArray("a\\uFEFF");
    QTest::newRow("line separator") << QByteArray("a\xE2\x80\xA8") << QByteArray("a\\u2028");
    QTest::newRow("private use") << QByteArray("\xEE\x80\x80") << QByteArray("\\uE000");
    QTest::newRow("noncharacter") << QByteArray("\xEF\xBF\xBF") << QByteArray("\\uFFFF");
    QTest::newRow("tag") << QByteArray("\xF3\xA0\x80\x81") << QByteArray("\\U000E0001");
}

void TestPrintableText::escapes() {
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, shown);
    const std::string view(text.constData(), std::size_t(text.size()));
    QCOMPARE(QByteArray::fromStdString(printable(view)), shown);
    QCOMPARE(isPrintable(view), text == shown);
    QCOMPARE(printable(printable(view)),
             printable(view));  // idempotent: a safety net may repeat it
}

void TestPrintableText::everyResultIsPrintable_data() {
    QTest::addColumn<QByteArray>("text");
    QRandomGenerator random(20261201);
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes(1 + int(random.bounded(64)), Qt::Uninitialized);
        for (char& byte : bytes) byte = char(random.bounded(256));
        QTest::newRow(qPrintable(QString::number(i))) << bytes;
    }
}

void TestPrintableText::everyResultIsPrintable() {
    QFETCH(QByteArray, text);
    const std::string shown = printable(std::string(text.constData(), std::size_t(text.size())));
    QVERIFY(isPrintable(shown));
    const QString problem = testdata::nonPrintable(QByteArray::fromStdString(shown));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPrintableText::agreesWithQtForEveryCodePoint() {
    // Qt's isPrint() is false for controls, format characters, private use and unassigned
    // code points. printable() also escapes line and paragraph separators (a line break to
    // some programs) and noncharacters, and leaves unassigned code points alone: they do
    // nothing to a terminal, and a table of them would age with every Unicode version.
    int checked = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates are not UTF-8 at all
        const QChar::Category category = QChar::category(uint(c));
        const bool separator =
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
        const bool expected =
            QChar::isPrint(uint(c)) && !separator && !QChar::isNonCharacter(uint(c));
        if (category == QChar::Other_NotAssigned && !QChar::isNonCharacter(uint(c))) continue;
        if (isPrintableCodePoint(c) != expected)
            QFAIL(qPrintable(QString("U+%1").arg(uint(c), 4, 16, QLatin1Char('0'))));
        ++checked;
    }
    QVERIFY(checked > 280000);
}

void TestPrintableText::quotedTextIsCutBetweenCharacters() {
    QCOMPARE(quotedForMessage("short"), std::string("'short'"));
    QCOMPARE(quotedForMessage("two\nlines"), std::string("'two\\x0Alines'"));
    // 45 two-byte letters, cut after 40 characters (80 bytes), not in the middle of one.
    std::string letters;
    for (int i = 0; i < 45; ++i) letters += "\xC3\xA9";
    const std::string quoted = quotedForMessage(letters);
    QCOMPARE(quoted, "'" + letters.substr(0, 80) + "...'");
    QVERIFY(testdata::nonPrintable(QByteArray::fromStdString(quoted)).isEmpty());
    // An escape counts as one character and is never cut either.
    QCOMPARE(quotedForMessage(std::string(50, '\x01'), 3), std::string("'\\x01\\x01\\x01...'"));
}

QTEST_APPLESS_MAIN(TestPrintableText)
#include "tst_printabletext.moc"
