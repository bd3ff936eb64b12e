// Every file of the malformed-input corpus (tests/data/malformed, made by generate.py) run
// through latentlab-cli: exit code 2, exactly one printable line on stderr that says where
// the problem is, and no output folder left behind, so a bad input never costs the user
// anything.
#include "CliProcess.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCliMalformed : public QObject {
    Q_OBJECT
private slots:
    void rejectedWithOneLine_data();
    void rejectedWithOneLine();
    void hundredThousandColumns();
};

void TestCliMalformed::rejectedWithOneLine_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QFile list(testdata::path("malformed/expected.tsv"));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).chopped(1);
        if (line.startsWith('#') || line.isEmpty()) continue;
        const QStringList fields = line.split('\t');
        QCOMPARE(fields.size(), 2);
        QTest::newRow(qPrintable(fields[0])) << fields[0] << fields[1];
        ++rows;
    }
    QVERIFY2(rows >= 200, "the corpus has at least 200 malformed inputs");
}

void TestCliMalformed::rejectedWithOneLine() {
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QTemporaryDir work;
    const QString input = testdata::path("malformed/" + file);
    const QString out = work.filePath("out");
    const QStringList arguments =
        file.startsWith("config/")
            ? QStringList{"run", "--config", input, "--out", out}
            : QStringList{"run", "--input", input, "--set", "autoencoder.epochs=1", "--out", out};
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    const QString& message = run.errLines.front();
    QVERIFY2(message.startsWith("latentlab-cli: error: "), qPrintable(message));
    QVERIFY2(message.contains(fragment, Qt::CaseInsensitive),
             qPrintable(QString("'%1' lacks '%2'").arg(message, fragment)));
    QVERIFY2(!message.contains("internal error"), qPrintable(message));
    // U+FFFD: stderr held bytes that are not UTF-8 (runCli decodes them so).
    const QString unprintable = testdata::nonPrintable(message.toUtf8());
    QVERIFY2(unprintable.isEmpty() && !message.contains(QChar::ReplacementCharacter),
             qPrintable(unprintable + ": " + message));
    QVERIFY2(!QDir(out).exists(), "a rejected input must not leave an output folder");
}

void TestCliMalformed::hundredThousandColumns() {
    // Too wide to keep in the repository: 100 000 columns and three rows, one cell bad.
    QTemporaryDir work;
    const QString input = work.filePath("wide.csv");
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr int kColumns = 100000;
    QByteArray header, row;
    for (int c = 0; c < kColumns; ++c) {
        header += (c ? ",g" : "g") + QByteArray::number(c);
        row += c ? ",1" : "1";
    }
    QByteArray bad = row;
    bad.replace(bad.size() - 1, 1, "x");
    file.write(header + "\n" + row + "\n" + row + "\n" + bad + "\n");
    file.close();
    const CliRun run = runCli({"run", "--input", input, "--out", work.filePath("out")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines.front().contains("line 4, column 'g99999'"),
             qPrintable(run.errLines.front()));
}

QTEST_GUILESS_MAIN(TestCliMalformed)
#include "tst_cli_malformed.moc"
