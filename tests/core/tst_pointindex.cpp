// PointIndex against a brute-force search: random clouds (with duplicates, a line, NaN rows),
// elliptic radii, queries inside and outside the points' extent, and the empty index.
#include "PointIndex.h"
#include "Random.h"

#include <QtTest>
#include <cmath>

using latentlab::PointIndex;

namespace {

int bruteForce(const Eigen::MatrixXd& xy, double x, double y, double rx, double ry) {
    int best = -1;
    double bestDistance = 1.0;
    for (int row = 0; row < int(xy.rows()); ++row) {
        if (!std::isfinite(xy(row, 0)) || !std::isfinite(xy(row, 1))) continue;
        const double dx = (xy(row, 0) - x) / rx, dy = (xy(row, 1) - y) / ry;
        const double distance = dx * dx + dy * dy;
        if (distance < bestDistance || (distance == bestDistance && (best < 0 || row < best))) {
            best = row;
            bestDistance = distance;
        }
    }
    return best;
}

/// Uniform values in [low, high) from the project's seeded engine.
double uniform(latentlab::Random& random, double low, double high) {
    return low + (high - low) * random.uniform();
}

}  // namespace

class TestPointIndex : public QObject {
    Q_OBJECT
private slots:
    void emptyIndexFindsNothing();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void duplicatesGoToTheLowestRow();
};

void TestPointIndex::emptyIndexFindsNothing() {
    const PointIndex none;
    QCOMPARE(none.nearest(0, 0, 1e9), -1);
    const PointIndex zeroRows{Eigen::MatrixXd(0, 2)};
    QVERIFY(zeroRows.empty());
    QCOMPARE(zeroRows.nearest(0, 0, 1.0), -1);
    Eigen::MatrixXd nan(3, 2);
    nan.setConstant(std::nan(""));
    const PointIndex allNan{nan};
    QCOMPARE(allNan.nearest(0, 0, 1e9), -1);
    Eigen::MatrixXd one(1, 2);
    one << 2.0, 3.0;
    const PointIndex single{one};
    QCOMPARE(single.nearest(2.0, 3.0, 0.1), 0);
    QCOMPARE(single.nearest(2.5, 3.0, 0.4), -1);
    QCOMPARE(single.nearest(2.5, 3.0, 0.5), 0);   // on the circle counts
    QCOMPARE(single.nearest(2.0, 3.0, 0.0), -1);  // no radius, no point
}

void TestPointIndex::matchesBruteForce_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("shape");  // 0: uniform, 1: clumps with duplicates, 2: a line + NaN
    QTest::newRow("uniform 2000") << 2000 << 0;
    QTest::newRow("clumps with duplicates 5000") << 5000 << 1;
    QTest::newRow("line with NaN rows 3000") << 3000 << 2;
    QTest::newRow("seven points") << 7 << 1;
}

void TestPointIndex::matchesBruteForce() {
    QFETCH(int, rows);
    QFETCH(int, shape);
    latentlab::Random random(17 + rows);
    Eigen::MatrixXd xy(rows, 2);
    for (int row = 0; row < rows; ++row) {
        if (shape == 0) {
            xy(row, 0) = uniform(random, -5, 5);
            xy(row, 1) = uniform(random, 0, 100);
        } else if (shape == 1) {
            // Eight clumps; a third of the rows repeat an earlier row exactly.
            if (row > 0 && random.uniform() < 0.33) {
                xy.row(row) = xy.row(int(random.uniform() * row));
                continue;
            }
            const int clump = int(random.uniform() * 8);
            xy(row, 0) = clump + uniform(random, -0.05, 0.05);
            xy(row, 1) = clump * clump + uniform(random, -0.05, 0.05);
        } else {
            xy(row, 0) = uniform(random, 0, 1);
            xy(row, 1) = 2.0;
            if (row % 10 == 3) xy(row, random.uniform() < 0.5 ? 0 : 1) = std::nan("");
        }
    }
    const PointIndex index(xy);
    int found = 0;
    for (int query = 0; query < 4000; ++query) {
        // Queries reach a little past the points' extent on every side.
        const double x = uniform(random, xy.col(0).minCoeff() - 1, xy.col(0).maxCoeff() + 1);
        double y = uniform(random, -10, 110);
        if (shape == 1) y = uniform(random, -1, 50);
        if (shape == 2) y = uniform(random, 1.9, 2.1);
        if (query % 4 == 0) {  // on a point: its duplicates are at distance 0
            const int row = int(random.uniform() * rows);
            if (std::isfinite(xy(row, 0)) && std::isfinite(xy(row, 1))) {
                const int got = index.nearest(xy(row, 0), xy(row, 1), 1e-3);
                QCOMPARE(got, bruteForce(xy, xy(row, 0), xy(row, 1), 1e-3, 1e-3));
            }
        }
        const double rx = std::pow(10.0, uniform(random, -3, 0.5));
        const double ry = rx * std::pow(10.0, uniform(random, -1, 1));
        const int expected = bruteForce(xy, x, y, rx, ry);
        QCOMPARE(index.nearest(x, y, rx, ry), expected);
        if (expected >= 0) ++found;
    }
    QVERIFY2(found > 100, qPrintable(QString::number(found)));  // the hits were tested too
}

void TestPointIndex::duplicatesGoToTheLowestRow() {
    Eigen::MatrixXd xy(5, 2);
    xy << 1, 1, 0, 0, 1, 1, 1, 1, 3, 3;
    const PointIndex index(xy);
    QCOMPARE(index.nearest(1.0, 1.0, 0.5), 0);
    QCOMPARE(index.nearest(1.1, 1.1, 0.5), 0);
    QCOMPARE(index.nearest(0.1, 0.0, 0.5), 1);
    QCOMPARE(index.nearest(10.0, 10.0, 0.5), -1);
}

QTEST_APPLESS_MAIN(TestPointIndex)
#include "tst_pointindex.moc"
