// The shared palette: at least 20 colours that stay apart in CIEDE2000 on a white and on a
// dark background, the first 8 the colour-blind-safe ones, contrast against both
// backgrounds, and (colour, marker shape) pairs that never repeat for 40+ groups. The
// CIEDE2000 here is written from the formula and checked on Sharma, Wu & Dalal's 34 pairs.
#include "Marker.h"
#include "Palette.h"

#include <QPolygonF>
#include <QtTest>
#include <cmath>
#include <set>

using namespace latentlab::report;

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Lab {
    double l, a, b;
};

double radians(double degrees) { return degrees * kPi / 180.0; }
double degrees(double radians) { return radians * 180.0 / kPi; }

/// sRGB (D65) to CIELAB.
Lab toLab(const QColor& colour) {
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(colour.redF()), g = linear(colour.greenF()), b = linear(colour.blueF());
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    auto f = [](double t) {
        constexpr double d = 6.0 / 29.0;
        return t > d * d * d ? std::cbrt(t) : t / (3 * d * d) + 4.0 / 29.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

/// CIEDE2000 colour difference (CIE 142-2001, kL = kC = kH = 1), in the notation of Sharma,
/// Wu & Dalal, Color Res. Appl. 30 (2005), eqs. (2)-(22).
double ciede2000(const Lab& p, const Lab& q) {
    const double pow25_7 = std::pow(25.0, 7);
    const double cBar = (std::hypot(p.a, p.b) + std::hypot(q.a, q.b)) / 2;
    const double g = 0.5 * (1 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + pow25_7)));
    const double a1 = (1 + g) * p.a, a2 = (1 + g) * q.a;
    const double c1 = std::hypot(a1, p.b), c2 = std::hypot(a2, q.b);
    auto hue = [](double b, double a) {
        if (a == 0 && b == 0) return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hue(p.b, a1), h2 = hue(q.b, a2);
    double dh = 0;
    if (c1 * c2 != 0) {
        dh = h2 - h1;
        if (dh > 180) dh -= 360;
        if (dh < -180) dh += 360;
    }
    const double dL = q.l - p.l, dC = c2 - c1;
    const double dH = 2 * std::sqrt(c1 * c2) * std::sin(radians(dh / 2));
    const double lMean = (p.l + q.l) / 2, cMean = (c1 + c2) / 2;
    double hMean = h1 + h2;
    if (c1 * c2 != 0) {
        if (std::abs(h1 - h2) <= 180)
            hMean = (h1 + h2) / 2;
        else
            hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(radians(hMean - 30)) +
                     0.24 * std::cos(radians(2 * hMean)) + 0.32 * std::cos(radians(3 * hMean + 6)) -
                     0.20 * std::cos(radians(4 * hMean - 63));
    const double dTheta = 30 * std::exp(-std::pow((hMean - 275) / 25, 2));
    const double rC = 2 * std::sqrt(std::pow(cMean, 7) / (std::pow(cMean, 7) + pow25_7));
    const double sL = 1 + 0.015 * std::pow(lMean - 50, 2) / std::sqrt(20 + std::pow(lMean - 50, 2));
    const double sC = 1 + 0.045 * cMean;
    const double sH = 1 + 0.015 * cMean * t;
    const double rT = -std::sin(radians(2 * dTheta)) * rC;
    return std::sqrt(std::pow(dL / sL, 2) + std::pow(dC / sC, 2) + std::pow(dH / sH, 2) +
                     rT * (dC / sC) * (dH / sH));
}

/// Area and centroid of a simple polygon (shoelace formula).
std::pair<double, QPointF> areaAndCentroid(const QPolygonF& polygon) {
    double twice = 0, cx = 0, cy = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF& a = polygon[i];
        const QPointF& b = polygon[(i + 1) % polygon.size()];
        const double cross = a.x() * b.y() - b.x() * a.y();
        twice += cross;
        cx += (a.x() + b.x()) * cross;
        cy += (a.y() + b.y()) * cross;
    }
    return {std::abs(twice) / 2, QPointF(cx / (3 * twice), cy / (3 * twice))};
}

const QColor kWhite(Qt::white);
const QColor kDarkTheme(0x1F, 0x21, 0x24);  // the dark palette's chart background
const QColor kDarkGrey(0x20, 0x20, 0x24);

}  // namespace

class TestPalette : public QObject {
    Q_OBJECT
private slots:
    void ciede2000MatchesSharmaTable_data();
    void ciede2000MatchesSharmaTable();
    void atLeastTwentyColours();
    void firstEightStayColourBlindSafe();
    void coloursStayApart_data();
    void coloursStayApart();
    void contrastAgainstBothBackgrounds();
    void wrapsAround();
    void fortyGroupsAreFortyPairs();
    void shapesCoverTheDiscsArea();
};

void TestPalette::ciede2000MatchesSharmaTable_data() {
    QTest::addColumn<double>("l1");
    QTest::addColumn<double>("a1");
    QTest::addColumn<double>("b1");
    QTest::addColumn<double>("l2");
    QTest::addColumn<double>("a2");
    QTest::addColumn<double>("b2");
    QTest::addColumn<double>("expected");
    // Sharma, Wu & Dalal (2005), Table 1: the 34 test pairs and their published dE00.
    const double table[34][7] = {
        {50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
        {50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
        {50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
        {50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
        {50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461},
        {50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065},
        {50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
        {50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
        {50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
        {50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000},
        {60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644},
        {63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630},
        {61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731},
        {35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645},
        {22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373},
        {36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146},
        {90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441},
        {90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381},
        {6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377},
        {2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082},
    };
    for (int i = 0; i < 34; ++i) {
        const double* r = table[i];
        QTest::addRow("pair %d", i + 1) << r[0] << r[1] << r[2] << r[3] << r[4] << r[5] << r[6];
    }
}

void TestPalette::ciede2000MatchesSharmaTable() {
    QFETCH(double, l1);
    QFETCH(double, a1);
    QFETCH(double, b1);
    QFETCH(double, l2);
    QFETCH(double, a2);
    QFETCH(double, b2);
    QFETCH(double, expected);
    // The table rounds to 4 decimals; the difference is symmetric.
    const double forward = ciede2000({l1, a1, b1}, {l2, a2, b2});
    const double backward = ciede2000({l2, a2, b2}, {l1, a1, b1});
    QVERIFY2(std::abs(forward - expected) < 1e-4, qPrintable(QString::number(forward, 'f', 6)));
    QVERIFY2(std::abs(backward - expected) < 1e-4, qPrintable(QString::number(backward, 'f', 6)));
}

void TestPalette::atLeastTwentyColours() {
    QVERIFY(Palette::size() >= 20);
    std::set<QRgb> colours;
    for (int i = 0; i < Palette::size(); ++i) colours.insert(Palette::color(i).rgb());
    QCOMPARE(int(colours.size()), Palette::size());
}

void TestPalette::firstEightStayColourBlindSafe() {
    // Tol's and Okabe-Ito's colours, as the notebook comparison shows them.
    const QRgb safe[8] = {0x0077BB, 0xE69F00, 0x117733, 0xEE3377,
                          0x33BBEE, 0xD55E00, 0x44AA99, 0xAA3377};
    for (int i = 0; i < 8; ++i) QCOMPARE(Palette::color(i).rgb() & 0xFFFFFF, safe[i]);
}

void TestPalette::coloursStayApart_data() {
    QTest::addColumn<QColor>("background");
    QTest::newRow("white (report, light theme)") << kWhite;
    QTest::newRow("dark theme") << kDarkTheme;
    QTest::newRow("dark grey") << kDarkGrey;
}

void TestPalette::coloursStayApart() {
    QFETCH(QColor, background);
    // 14 CIEDE2000 units: far beyond a just noticeable difference (about 1-2), and the
    // minimum the glasbey selection reached (tests/data/palette_selection.py).
    constexpr double kMinimum = 14.0;
    double worst = 1e9;
    QString worstPair;
    for (int i = 0; i < Palette::size(); ++i) {
        for (int j = 0; j < i; ++j) {
            const QColor a = Palette::color(i, background), b = Palette::color(j, background);
            const double distance = ciede2000(toLab(a), toLab(b));
            if (distance < worst) {
                worst = distance;
                worstPair = a.name() + QLatin1Char(' ') + b.name();
            }
        }
    }
    qInfo("minimum CIEDE2000 on %s: %.2f (%s)", qPrintable(background.name()), worst,
          qPrintable(worstPair));
    QVERIFY2(worst >= kMinimum,
             qPrintable(worstPair + QStringLiteral(": ") + QString::number(worst, 'f', 2)));
}

void TestPalette::contrastAgainstBothBackgrounds() {
    for (int i = 0; i < Palette::size(); ++i) {
        const QColor c = Palette::color(i);
        QVERIFY2(Palette::contrast(c, kWhite) >= 1.8, qPrintable(c.name()));
        for (const QColor& background : {kWhite, kDarkTheme, kDarkGrey})
            QVERIFY2(Palette::contrast(Palette::color(i, background), background) >= 2.2,
                     qPrintable(c.name() + QLatin1Char(' ') + background.name()));
    }
}

void TestPalette::wrapsAround() {
    QCOMPARE(Palette::color(Palette::size()), Palette::color(0));
    QCOMPARE(Palette::color(-1), Palette::color(Palette::size() - 1));
    QCOMPARE(Palette::shape(0), MarkerShape::Circle);
    QCOMPARE(Palette::shape(Palette::size() - 1), MarkerShape::Circle);
    QCOMPARE(Palette::shape(Palette::size()), MarkerShape::Square);
    QCOMPARE(Palette::shape(Palette::size() * Marker::shapeCount()), MarkerShape::Circle);
    QCOMPARE(Palette::shape(-1), MarkerShape(Marker::shapeCount() - 1));
}

void TestPalette::fortyGroupsAreFortyPairs() {
    const int groups = Palette::size() * Marker::shapeCount();
    QVERIFY(groups >= 40);
    std::set<std::pair<QRgb, int>> pairs;
    for (int g = 0; g < groups; ++g)
        pairs.insert({Palette::color(g).rgb(), int(Palette::shape(g))});
    QCOMPARE(int(pairs.size()), groups);
}

void TestPalette::shapesCoverTheDiscsArea() {
    const double size = 100.0;
    const double disc = kPi * size * size / 4;
    for (int s = 0; s < Marker::shapeCount(); ++s) {
        const QPainterPath path = Marker::path(MarkerShape(s), size);
        const auto [area, centroid] = areaAndCentroid(path.toFillPolygon());
        QVERIFY2(std::abs(area / disc - 1.0) < 0.02, qPrintable(QString::number(area / disc)));
        // Centred on the point it marks, and no wider than a legend swatch allows.
        QVERIFY(std::abs(centroid.x()) < 1e-6 * size && std::abs(centroid.y()) < 1e-6 * size);
        const QRectF box = path.boundingRect();
        QVERIFY(box.width() < 1.6 * size && box.height() < 1.6 * size);
    }
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
