// Procrustes alignment recovers a known similarity (rotation or reflection, scale, shift),
// and for clouds that do not match, scipy's rotation with either scale: the least-squares
// one (which shrinks the source) or the one that gives it the target's spread.
#include "Errors.h"
#include "Procrustes.h"
#include "Random.h"
#include "TestData.h"

#include <QJsonObject>
#include <cmath>

using namespace latentlab;

Q_DECLARE_METATYPE(latentlab::SimilarityScale)

class TestProcrustes : public QObject {
    Q_OBJECT
private slots:
    void recoversAKnownSimilarity_data();
    void recoversAKnownSimilarity();
    void unlikeCloudsMatchScipy_data();
    void unlikeCloudsMatchScipy();
    void matchedSpreadKeepsTheTargetsSize();
    void mismatchedShapesAreRefused();
};

void TestProcrustes::recoversAKnownSimilarity_data() {
    QTest::addColumn<bool>("reflect");
    QTest::addColumn<SimilarityScale>("scaling");
    QTest::newRow("rotation") << false << SimilarityScale::LeastSquares;
    QTest::newRow("rotation and reflection") << true << SimilarityScale::LeastSquares;
    // An exact similarity: both scales are the true one.
    QTest::newRow("rotation, matched spread") << false << SimilarityScale::MatchSpread;
    QTest::newRow("reflection, matched spread") << true << SimilarityScale::MatchSpread;
}

void TestProcrustes::recoversAKnownSimilarity() {
    QFETCH(bool, reflect);
    QFETCH(SimilarityScale, scaling);
    Random rng(5);
    Eigen::MatrixXd source(50, 2);
    for (Eigen::Index i = 0; i < source.size(); ++i) source.data()[i] = rng.gauss();
    const double angle = 0.7;
    Eigen::Matrix2d rotation;
    rotation << std::cos(angle), std::sin(angle), -std::sin(angle), std::cos(angle);
    if (reflect) rotation.col(0) *= -1.0;
    Eigen::RowVector2d shift(3.0, -1.5);
    const Eigen::MatrixXd target = ((2.5 * source * rotation).rowwise() + shift);

    const Similarity fit = fitSimilarity(source, target, scaling);
    LL_COMPARE_REL(fit.scale, 2.5, 1e-12);
    QVERIFY((fit.rotation - Eigen::MatrixXd(rotation)).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((fit.apply(source) - target).cwiseAbs().maxCoeff() < 1e-12);
    LL_COMPARE_ABS(fit.shift(0), 3.0, 1e-12);
}

void TestProcrustes::unlikeCloudsMatchScipy_data() {
    QTest::addColumn<SimilarityScale>("scaling");
    QTest::addColumn<QString>("key");
    QTest::newRow("least squares") << SimilarityScale::LeastSquares << "least_squares_scale";
    QTest::newRow("matched spread") << SimilarityScale::MatchSpread << "match_spread_scale";
}

void TestProcrustes::unlikeCloudsMatchScipy() {
    QFETCH(SimilarityScale, scaling);
    QFETCH(QString, key);
    // The clouds of tests/data/procrustes_reference.py, rebuilt from the same formulas.
    Eigen::MatrixXd source(40, 2), target(40, 2);
    for (int i = 0; i < 40; ++i) {
        source.row(i) << 3.0 * std::cos(0.3 * i) + 1.0, 0.2 * std::sin(0.7 * i);
        target.row(i) << std::sin(0.3 * i + 0.4), 0.8 * std::cos(1.1 * i) - 2.0;
    }
    const QJsonObject reference = testdata::json(QStringLiteral("procrustes_reference.json"));
    const Similarity fit = fitSimilarity(source, target, scaling);
    const Eigen::MatrixXd rotation = testdata::matrix(reference["rotation"]);
    QVERIFY((fit.rotation - rotation).cwiseAbs().maxCoeff() < 1e-12);
    LL_COMPARE_REL(fit.scale, reference[key].toDouble(), 1e-12);
    // Either way the means coincide.
    const Eigen::RowVectorXd gap = fit.apply(source).colwise().mean() - target.colwise().mean();
    QVERIFY(gap.cwiseAbs().maxCoeff() < 1e-12);
}

void TestProcrustes::matchedSpreadKeepsTheTargetsSize() {
    // By hand: a plus sign onto a bar. a^T b = diag(4, 0), so R keeps x; the least-squares
    // scale is 4 / ||a||^2 = 1 and leaves the plus half the bar's spread (4 against 8); the
    // matched scale sqrt(8 / 4) gives the bar's spread.
    Eigen::MatrixXd plus(4, 2), bar(4, 2);
    plus << 1, 0, -1, 0, 0, 1, 0, -1;
    bar << 2, 0, -2, 0, 0, 0, 0, 0;
    const Similarity leastSquares = fitSimilarity(plus, bar, SimilarityScale::LeastSquares);
    const Similarity matched = fitSimilarity(plus, bar, SimilarityScale::MatchSpread);
    LL_COMPARE_ABS(leastSquares.rotation(0, 0), 1.0, 1e-12);
    LL_COMPARE_ABS(matched.rotation(0, 0), 1.0, 1e-12);
    LL_COMPARE_REL(leastSquares.scale, 1.0, 1e-12);
    LL_COMPARE_REL(matched.scale, std::sqrt(2.0), 1e-12);
    LL_COMPARE_REL(leastSquares.apply(plus).squaredNorm(), 4.0, 1e-12);
    LL_COMPARE_REL(matched.apply(plus).squaredNorm(), 8.0, 1e-12);
}

void TestProcrustes::mismatchedShapesAreRefused() {
    QVERIFY_THROWS_EXCEPTION(
        DataError, fitSimilarity(Eigen::MatrixXd::Zero(5, 2), Eigen::MatrixXd::Zero(4, 2)));
}

QTEST_APPLESS_MAIN(TestProcrustes)
#include "tst_procrustes.moc"
