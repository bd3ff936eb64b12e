// Procrustes alignment recovers a known similarity (rotation or reflection, scale, shift).
#include "Errors.h"
#include "Procrustes.h"
#include "Random.h"
#include "TestData.h"

#include <cmath>

using namespace latentlab;

class TestProcrustes : public QObject {
    Q_OBJECT
private slots:
    void recoversAKnownSimilarity_data();
    void recoversAKnownSimilarity();
    void mismatchedShapesAreRefused();
};

void TestProcrustes::recoversAKnownSimilarity_data() {
    QTest::addColumn<bool>("reflect");
    QTest::newRow("rotation") << false;
    QTest::newRow("rotation and reflection") << true;
}

void TestProcrustes::recoversAKnownSimilarity() {
    QFETCH(bool, reflect);
    Random rng(5);
    Eigen::MatrixXd source(50, 2);
    for (Eigen::Index i = 0; i < source.size(); ++i) source.data()[i] = rng.gauss();
    const double angle = 0.7;
    Eigen::Matrix2d rotation;
    rotation << std::cos(angle), std::sin(angle), -std::sin(angle), std::cos(angle);
    if (reflect) rotation.col(0) *= -1.0;
    Eigen::RowVector2d shift(3.0, -1.5);
    const Eigen::MatrixXd target = ((2.5 * source * rotation).rowwise() + shift);

    const Similarity fit = fitSimilarity(source, target);
    LL_COMPARE_REL(fit.scale, 2.5, 1e-12);
    QVERIFY((fit.rotation - Eigen::MatrixXd(rotation)).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((fit.apply(source) - target).cwiseAbs().maxCoeff() < 1e-12);
    LL_COMPARE_ABS(fit.shift(0), 3.0, 1e-12);
}

void TestProcrustes::mismatchedShapesAreRefused() {
    QVERIFY_THROWS_EXCEPTION(
        DataError, fitSimilarity(Eigen::MatrixXd::Zero(5, 2), Eigen::MatrixXd::Zero(4, 2)));
}

QTEST_APPLESS_MAIN(TestProcrustes)
#include "tst_procrustes.moc"
