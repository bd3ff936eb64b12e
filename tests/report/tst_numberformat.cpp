// The shared number formatter, table-driven against hand-written strings: signs (a true
// minus, U+2212), zero, tiny and huge magnitudes, NaN and infinities, thousands separators;
// and MetricFormat's tooltips, which must read as whole sentences for every catalog entry.
#include "MetricFormat.h"
#include "NumberFormat.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace latentlab;
using namespace latentlab::report;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();
// Written out so a test reads like what a user sees.
const QString M = QString(QChar(0x2212));
const QString kDash = QStringLiteral("\u2014");

}  // namespace

class TestNumberFormat : public QObject {
    Q_OBJECT
private slots:
    void metric_data();
    void metric();
    void difference_data();
    void difference();
    void seconds_data();
    void seconds();
    void count_data();
    void count();
    void tick_data();
    void tick();
    void data_data();
    void data();
    void percent();
    void sameMetricSameDigits();
    void neverAnAsciiMinus();
    void withInterval();
    void metricCellsMatchTheirKind();
    void tooltipsAreWholeSentences();
};

void TestNumberFormat::metric_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("fraction") << 0.512345 << "0.5123";
    QTest::newRow("trailing zeros kept") << 0.31 << "0.3100";
    QTest::newRow("tens") << 12.3456 << "12.35";
    QTest::newRow("hundreds") << 544.249 << "544.2";
    QTest::newRow("thousands") << 1234.56 << "1,235";
    QTest::newRow("ten thousands") << 52345.6 << "52,346";
    QTest::newRow("millions") << 36718123.4 << "36,718,123";
    QTest::newRow("rounds up a decade") << 9.99996 << "10.00";
    QTest::newRow("rounds up to thousands") << 999.96 << "1,000";
    QTest::newRow("small, still fixed") << 0.004632 << "0.004632";
    QTest::newRow("small, issue's value") << 0.00019251 << "0.0001925";
    QTest::newRow("tiny") << 0.0000123 << "1.230 \u00d7 10\u207b\u2075";
    QTest::newRow("tiny negative") << -0.0000123 << M + "1.230 \u00d7 10\u207b\u2075";
    QTest::newRow("just below the fixed range") << 0.000099996 << "1.000 \u00d7 10\u207b\u2074";
    QTest::newRow("huge") << 1.5e15 << "1.500 \u00d7 10\u00b9\u2075";
    QTest::newRow("negative") << -0.25 << M + "0.2500";
    QTest::newRow("negative thousands") << -1981.0 << M + "1,981";
    QTest::newRow("nan") << kNaN << kDash;
    QTest::newRow("inf") << kInf << "\u221e";
    QTest::newRow("-inf") << -kInf << M + "\u221e";
}

void TestNumberFormat::metric() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::metric(value), text);
    QCOMPARE(MetricFormat::value(value), text);
}

void TestNumberFormat::difference_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("positive") << 0.12341 << "+0.1234";
    QTest::newRow("negative") << -0.0567 << M + "0.05670";
    QTest::newRow("negative thousands") << -1981.4 << M + "1,981";
    QTest::newRow("tiny") << 1.925e-5 << "+1.925 \u00d7 10\u207b\u2075";
    QTest::newRow("nan") << kNaN << kDash;
    QTest::newRow("inf") << kInf << "\u221e";
}

void TestNumberFormat::difference() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::difference(value), text);
}

void TestNumberFormat::seconds_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("signedText");
    QTest::newRow("zero") << 0.0 << "0.00"
                          << "0.00";
    QTest::newRow("fast") << 0.0512 << "0.05"
                          << "+0.05";
    QTest::newRow("rounds to zero") << -0.001 << "0.00"
                                    << "0.00";
    QTest::newRow("minutes") << 1234.5 << "1,234.50"
                             << "+1,234.50";
    QTest::newRow("negative") << -0.4 << M + "0.40" << M + "0.40";
    QTest::newRow("nan") << kNaN << kDash << kDash;
}

void TestNumberFormat::seconds() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QFETCH(QString, signedText);
    QCOMPARE(NumberFormat::seconds(value), text);
    QCOMPARE(NumberFormat::secondsDifference(value), signedText);
    QCOMPARE(MetricFormat::difference(value, true), signedText);
}

void TestNumberFormat::count_data() {
    QTest::addColumn<qlonglong>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0LL << "0";
    QTest::newRow("small") << 999LL << "999";
    QTest::newRow("thousands") << 36718LL << "36,718";
    QTest::newRow("negative") << -1981LL << M + "1,981";
    QTest::newRow("million") << 1000000LL << "1,000,000";
    QTest::newRow("largest") << std::numeric_limits<qlonglong>::max()
                             << "9,223,372,036,854,775,807";
    QTest::newRow("smallest") << std::numeric_limits<qlonglong>::min()
                              << M + "9,223,372,036,854,775,808";
}

void TestNumberFormat::count() {
    QFETCH(qlonglong, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::count(value), text);
}

void TestNumberFormat::tick_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer step") << 3.0 << 1.0 << "3";
    QTest::newRow("tenths") << 0.3000000000000001 << 0.1 << "0.3";
    QTest::newRow("quarter step") << 0.75 << 0.25 << "0.75";
    QTest::newRow("quarter step, whole value") << 1.0 << 0.25 << "1.00";
    QTest::newRow("negative") << -2000.0 << 500.0 << M + "2,000";
    QTest::newRow("negative fraction") << -0.5 << 0.5 << M + "0.5";
    QTest::newRow("zero from rounding") << -1e-17 << 0.1 << "0.0";
    QTest::newRow("zero") << 0.0 << 2.0 << "0";
    QTest::newRow("large step") << 250000.0 << 50000.0 << "250,000";
    QTest::newRow("small step") << 0.0015 << 0.0005 << "0.0015";
    QTest::newRow("tiny step") << 3e-6 << 1e-6 << "3 \u00d7 10\u207b\u2076";
    QTest::newRow("nan") << kNaN << 1.0 << kDash;
}

void TestNumberFormat::tick() {
    QFETCH(double, value);
    QFETCH(double, step);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::tick(value, step), text);
}

void TestNumberFormat::data_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 3.0 << "3";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("fraction") << 0.125 << "0.125";
    QTest::newRow("six digits") << 1234.5678 << "1,234.57";
    QTest::newRow("big count") << 1234567.0 << "1,234,567";
    QTest::newRow("negative") << -5.25 << M + "5.25";
    QTest::newRow("tiny") << 2.5e-7 << "2.5 \u00d7 10\u207b\u2077";
    QTest::newRow("nan") << kNaN << kDash;
    QTest::newRow("-inf") << -kInf << M + "\u221e";
}

void TestNumberFormat::data() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::data(value), text);
}

void TestNumberFormat::percent() {
    QCOMPARE(NumberFormat::percent(0.1234), QStringLiteral("12.3\u00a0%"));
    QCOMPARE(NumberFormat::percent(1.0), QStringLiteral("100.0\u00a0%"));
    QCOMPARE(NumberFormat::percent(0.0), QStringLiteral("0.0\u00a0%"));
    QCOMPARE(NumberFormat::percent(kNaN), kDash);
}

void TestNumberFormat::sameMetricSameDigits() {
    // The pair: "1.925e-04" next to "0.004632" in one column. Both now have four
    // significant digits in fixed notation.
    QCOMPARE(NumberFormat::metric(1.925e-4), QStringLiteral("0.0001925"));
    QCOMPARE(NumberFormat::metric(0.004632), QStringLiteral("0.004632"));
    // "0.31" in the Apply-model dialog against "0.3100" in the metrics table.
    const MetricInfo& ari = metricCatalog()[5];
    QCOMPARE(QString::fromLatin1(ari.key), QStringLiteral("ari"));
    MethodMetrics m;
    m.ari = 0.31;
    QCOMPARE(MetricFormat::cell(ari, m), QStringLiteral("0.3100"));
}

void TestNumberFormat::neverAnAsciiMinus() {
    for (double v : {-1981.0, -0.5, -1e-9, -3e14, -kInf}) {
        for (const QString& text :
             {NumberFormat::metric(v), NumberFormat::difference(v), NumberFormat::data(v),
              NumberFormat::tick(v, 0.5), NumberFormat::fixed(v, 2), NumberFormat::seconds(v)}) {
            QVERIFY2(!text.contains(QLatin1Char('-')), qPrintable(text));
        }
    }
}

void TestNumberFormat::withInterval() {
    QCOMPARE(MetricFormat::withInterval(0.512, 0.006, 10000),
             QStringLiteral("0.512 \u00b1 0.006 (n = 10,000)"));
    QCOMPARE(MetricFormat::withInterval(-0.0421, 0.0123, 500),
             M + QStringLiteral("0.042 \u00b1 0.012 (n = 500)"));
    QCOMPARE(MetricFormat::withInterval(kNaN, 0.1, 10), kDash);
}

void TestNumberFormat::metricCellsMatchTheirKind() {
    MethodMetrics m;
    m.seconds = 12.3456;
    m.inertia = 36718.2;
    m.silhouetteLatent = 0.41234;
    for (const MetricInfo& info : metricCatalog()) {
        const QString key = QString::fromLatin1(info.key);
        if (key == QLatin1String("seconds")) QCOMPARE(MetricFormat::cell(info, m), "12.35");
        if (key == QLatin1String("inertia")) QCOMPARE(MetricFormat::cell(info, m), "36,718");
        if (key == QLatin1String("silhouette_latent"))
            QCOMPARE(MetricFormat::cell(info, m), "0.4123");
        if (key == QLatin1String("ari")) QCOMPARE(MetricFormat::cell(info, m), kDash);
    }
    m.silhouetteSampleSize = 2000;
    m.silhouetteLatentCi = 0.0123;
    const auto sil = std::find_if(
        metricCatalog().begin(), metricCatalog().end(),
        [](const MetricInfo& i) { return i.member == &MethodMetrics::silhouetteLatent; });
    QCOMPARE(MetricFormat::cell(*sil, m), QStringLiteral("0.412 \u00b1 0.012 (n = 2,000)"));
}

void TestNumberFormat::tooltipsAreWholeSentences() {
    for (const MetricInfo& info : metricCatalog()) {
        const QString html = MetricFormat::tooltip(info);
        // Each paragraph a whole sentence: ends with a full stop.
        const QRegularExpression paragraph(QStringLiteral("<p>(.*?)</p>"));
        int paragraphs = 0;
        for (auto it = paragraph.globalMatch(html); it.hasNext(); ++paragraphs) {
            const QString text = it.next().captured(1);
            QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(info.key + (": " + text)));
        }
        QCOMPARE(paragraphs, 3);
        // As plain text (a screen reader, a copied tooltip), the verdict starts a sentence.
        QTextDocument document;
        document.setHtml(html);
        const QString plain = document.toPlainText().simplified();
        const QString verdict = info.higherIsBetter ? QStringLiteral("Higher is better.")
                                                    : QStringLiteral("Lower is better.");
        const int at = plain.indexOf(verdict);
        QVERIFY2(at > 2, qPrintable(plain));
        QVERIFY2(plain.mid(at - 2, 2) == QStringLiteral(". "), qPrintable(plain));
        QVERIFY2(plain.startsWith(QString::fromUtf8(info.label)), qPrintable(plain));
    }
}

QTEST_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
