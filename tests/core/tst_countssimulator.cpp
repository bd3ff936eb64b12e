// CountsSimulator: its gamma and gamma-Poisson draws against their moments, and the
// simulated matrix against what make_counts.py gives at the same options (about 10 %
// non-zero at 20,000 genes, the median library size, markers raised in their type).
#include "CountsSimulator.h"
#include "Errors.h"
#include "TestData.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace latentlab;

namespace {

struct Moments {
    double mean = 0.0;
    double variance = 0.0;
};

template <typename Draw>
Moments momentsOf(int n, Draw draw) {
    double sum = 0.0, squares = 0.0;
    for (int i = 0; i < n; ++i) {
        const double x = draw();
        sum += x;
        squares += x * x;
    }
    const double mean = sum / n;
    return {mean, (squares - n * mean * mean) / (n - 1)};
}

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2),
                     values.end());
    return values[values.size() / 2];
}

}  // namespace

class TestCountsSimulator : public QObject {
    Q_OBJECT
private slots:
    void gammaHasItsMoments_data();
    void gammaHasItsMoments();
    void gammaPoissonHasItsMoments_data();
    void gammaPoissonHasItsMoments();
    void looksLikeTheReference();
    void markersAreHigherInTheirType();
    void sameSeedSameCounts();
    void badOptionsAreErrors();
};

void TestCountsSimulator::gammaHasItsMoments_data() {
    QTest::addColumn<double>("shape");
    QTest::addColumn<double>("scale");
    QTest::newRow("skewed gene means") << 0.35 << 1.0;
    QTest::newRow("biological noise") << 25.0 << 0.04;
    QTest::newRow("shape 1") << 1.0 << 3.0;
}

void TestCountsSimulator::gammaHasItsMoments() {
    QFETCH(double, shape);
    QFETCH(double, scale);
    Random rng(11);
    const int n = 200000;
    const Moments m = momentsOf(n, [&] { return CountsSimulator::gamma(rng, shape, scale); });
    const double mean = shape * scale, variance = shape * scale * scale;
    // Within 5 standard errors (the variance's from the fourth moment, 3 + 6 / shape).
    LL_COMPARE_ABS(m.mean, mean, 5.0 * std::sqrt(variance / n));
    LL_COMPARE_ABS(m.variance, variance, 5.0 * variance * std::sqrt((2.0 + 6.0 / shape) / n));
}

void TestCountsSimulator::gammaPoissonHasItsMoments_data() {
    QTest::addColumn<double>("mean");
    QTest::newRow("rare") << 0.05;
    QTest::newRow("typical") << 3.0;
    QTest::newRow("high") << 40.0;
}

void TestCountsSimulator::gammaPoissonHasItsMoments() {
    QFETCH(double, mean);
    Random rng(5);
    const int n = 200000;
    double zeros = 0.0;
    const Moments m = momentsOf(n, [&] {
        const int x = CountsSimulator::gammaPoisson(rng, mean, 25.0);
        zeros += x == 0;
        return double(x);
    });
    const double variance = mean + mean * mean / 25.0;  // negative binomial, CV 0.2
    LL_COMPARE_ABS(m.mean, mean, 5.0 * std::sqrt(variance / n));
    LL_COMPARE_ABS(m.variance, variance, 0.05 * variance);
    const double p0 = std::pow(1.0 + mean / 25.0, -25.0);
    LL_COMPARE_ABS(zeros / n, p0, 5.0 * std::sqrt(p0 * (1 - p0) / n));
}

void TestCountsSimulator::looksLikeTheReference() {
    // make_counts.py --cells 400 --genes 20000 --types 6 (seeds 2, 3): 10.1 % and 10.3 %
    // non-zero, median counts per cell 2401 and 2579 (depth 2500).
    const ExpressionData data = CountsSimulator({400, 20000, 6, 0.03, 2.5, 2500.0, 2}).generate();
    QCOMPARE(data.cells(), 400);
    QCOMPARE(data.genes(), 20000);
    data.values.validate();
    const double share = double(data.values.nonZeros()) / (400.0 * 20000.0);
    QVERIFY2(share > 0.09 && share < 0.115, qPrintable(QString::number(share)));
    std::vector<double> totals(400, 0.0), logs(400);
    for (int c = 0; c < 400; ++c) {
        for (std::int64_t k = data.values.rowStart(c); k < data.values.rowEnd(c); ++k) {
            const double x = data.values.values[std::size_t(k)];
            QVERIFY(x >= 1.0 && x == std::floor(x));
            totals[std::size_t(c)] += x;
        }
        logs[std::size_t(c)] = std::log(totals[std::size_t(c)]);
    }
    const double mid = median(totals);
    QVERIFY2(mid > 2250 && mid < 2750, qPrintable(QString::number(mid)));
    // Library sizes are log-normal with sd 0.35 (plus a little Poisson noise).
    double mean = 0.0, squares = 0.0;
    for (double l : logs) mean += l / 400.0;
    for (double l : logs) squares += (l - mean) * (l - mean) / 399.0;
    QVERIFY2(std::sqrt(squares) > 0.30 && std::sqrt(squares) < 0.40,
             qPrintable(QString::number(std::sqrt(squares))));
    QCOMPARE(data.cellNames.front(), std::string("CELL000000-1"));
    QCOMPARE(data.geneIds.back(), std::string("GENE19999"));
    const ExpressionData::Annotation* types = data.annotation("cell_type");
    QVERIFY(types);
    std::map<std::string, int> perType;
    for (const std::string& t : types->values) ++perType[t];
    QCOMPARE(int(perType.size()), 6);
    for (const auto& [name, count] : perType) QVERIFY2(count > 35, name.c_str());  // ~67 each
}

namespace {

/// Per type, the median type / rest ratio of mean counts among the top 3 % of the genes
/// expressed well enough (rest mean > 2 counts per cell) to measure a ratio.
std::vector<double> topMarkerRatios(const ExpressionData& data, int types) {
    const ExpressionData::Annotation* type = data.annotation("cell_type");
    std::vector<double> out;
    for (int t = 0; t < types; ++t) {
        const std::string name = "type" + std::to_string(t);
        std::vector<double> inType(std::size_t(data.genes()), 0.0), rest(inType);
        double cellsIn = 0.0, cellsOut = 0.0;
        for (int c = 0; c < data.cells(); ++c) {
            const bool mine = type->values[std::size_t(c)] == name;
            (mine ? cellsIn : cellsOut) += 1.0;
            for (std::int64_t k = data.values.rowStart(c); k < data.values.rowEnd(c); ++k)
                (mine ? inType : rest)[std::size_t(data.values.indices[std::size_t(k)])] +=
                    data.values.values[std::size_t(k)];
        }
        std::vector<double> ratios;
        for (std::size_t g = 0; g < inType.size(); ++g)
            if (rest[g] / cellsOut > 2.0)
                ratios.push_back((inType[g] / cellsIn) / (rest[g] / cellsOut));
        std::sort(ratios.begin(), ratios.end(), std::greater<double>());
        out.push_back(ratios[std::size_t(0.03 * double(ratios.size())) / 2]);
    }
    return out;
}

}  // namespace

void TestCountsSimulator::markersAreHigherInTheirType() {
    // 3 % of the genes are raised ~2.5-fold (log-normal) in each type: their ratios stand out
    // from the sampling noise that is all a simulation without markers shows.
    const ExpressionData marked = CountsSimulator({1200, 2000, 3, 0.03, 2.5, 5000.0, 9}).generate();
    const ExpressionData plain = CountsSimulator({1200, 2000, 3, 0.0, 2.5, 5000.0, 9}).generate();
    const std::vector<double> withMarkers = topMarkerRatios(marked, 3);
    const std::vector<double> without = topMarkerRatios(plain, 3);
    for (int t = 0; t < 3; ++t) {
        qInfo("type%d: top 3 %% ratio %.2f with markers, %.2f without", t,
              withMarkers[std::size_t(t)], without[std::size_t(t)]);
        QVERIFY(withMarkers[std::size_t(t)] > 1.5);
        QVERIFY(without[std::size_t(t)] < 1.3);
    }
}

void TestCountsSimulator::sameSeedSameCounts() {
    const CountsSimulatorOptions options{300, 500, 3, 0.03, 2.5, 1000.0, 4};
    const ExpressionData a = CountsSimulator(options).generate();
    const ExpressionData b = CountsSimulator(options).generate();
    QCOMPARE(a.values.values, b.values.values);
    QCOMPARE(a.values.indices, b.values.indices);
    QCOMPARE(a.annotations.front().values, b.annotations.front().values);
    CountsSimulatorOptions other = options;
    other.seed = 5;
    QVERIFY(CountsSimulator(other).generate().values.values != a.values.values);
}

void TestCountsSimulator::badOptionsAreErrors() {
    QVERIFY_THROWS_EXCEPTION(ConfigError, CountsSimulator({0, 10, 2}));
    QVERIFY_THROWS_EXCEPTION(ConfigError, CountsSimulator({10, 10, 0}));
    QVERIFY_THROWS_EXCEPTION(ConfigError, CountsSimulator({10, 10, 2, 1.5}));
    QVERIFY_THROWS_EXCEPTION(ConfigError, CountsSimulator({10, 10, 2, 0.03, 2.5, -1.0}));
}

QTEST_APPLESS_MAIN(TestCountsSimulator)
#include "tst_countssimulator.moc"
