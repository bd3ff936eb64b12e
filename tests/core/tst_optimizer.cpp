// Adam and SGD with momentum against the update rules written out in double precision here
// (Keras' definitions: Kingma & Ba's Adam with the bias corrections folded into the step size),
// including long runs of zero gradients, whose moments must reach 0 instead of float's slow
// subnormal range without changing the weights.
#include "Optimizer.h"

#include <QtTest>
#include <cmath>

using namespace latentlab;

class TestOptimizer : public QObject {
    Q_OBJECT
private slots:
    void adamMatchesTheRule();
    void adamMomentsNeverTurnSubnormal();
    void momentumMatchesTheRule();
};

namespace {

/// Adam in double, with no flushing: the reference.
struct ReferenceAdam {
    double lr, b1, b2, eps;
    Eigen::VectorXd m, v;
    int t = 0;
    void step(Eigen::VectorXd& p, const Eigen::VectorXd& g) {
        ++t;
        m = b1 * m + (1 - b1) * g;
        v = b2 * v + (1 - b2) * g.cwiseProduct(g);
        const double stepSize = lr * std::sqrt(1 - std::pow(b2, t)) / (1 - std::pow(b1, t));
        p.array() -= stepSize * m.array() / (v.array().sqrt() + eps);
    }
};

/// Gradients for step `s`: random for the first `live` steps, then 0 for half the parameters
/// (units that stopped firing) and random for the rest.
Eigen::VectorXd gradientAt(int s, int live, Eigen::Index size) {
    std::srand(unsigned(s) + 1);
    Eigen::VectorXd g = 0.1 * Eigen::VectorXd::Random(size);
    if (s >= live) g.head(size / 2).setZero();
    return g;
}

bool anySubnormal(const Eigen::VectorXf& values) {
    for (float x : values)
        if (std::fpclassify(x) == FP_SUBNORMAL) return true;
    return false;
}

double relativeError(const Eigen::VectorXd& expected, const Eigen::VectorXf& actual) {
    return (expected - actual.cast<double>()).norm() / expected.norm();
}

}  // namespace

void TestOptimizer::adamMatchesTheRule() {
    const Eigen::Index size = 100000;  // above the size where the update runs in threads
    const Eigen::VectorXd start = Eigen::VectorXd::Random(size);
    Eigen::VectorXd expected = start;
    Eigen::VectorXf actual = start.cast<float>();
    ReferenceAdam reference{
        1e-3, 0.9, 0.999, 1e-7, Eigen::VectorXd::Zero(size), Eigen::VectorXd::Zero(size)};
    AdamOptimizer adam(1e-3, 0.9, 0.999, 1e-7, size);
    for (int s = 0; s < 50; ++s) {
        const Eigen::VectorXd g = gradientAt(s, 50, size);
        reference.step(expected, g);
        adam.step(actual, g.cast<float>());
    }
    QVERIFY2(relativeError(expected, actual) < 1e-6,
             qPrintable(QString::number(relativeError(expected, actual))));
    QVERIFY(relativeError(reference.m, adam.firstMoment()) < 1e-5);
    // float's 0.999 is 0.99900001: 1 - beta2, and so v, are 1.3e-5 off in relative terms.
    QVERIFY(relativeError(reference.v, adam.secondMoment()) < 1e-4);
}

void TestOptimizer::adamMomentsNeverTurnSubnormal() {
    // 0.9^k reaches float's subnormals (< 1.2e-38) from 1e-2 after ~810 steps; 3000 steps
    // take the first moments of the silent half through that range and far below it.
    const Eigen::Index size = 2000;
    const Eigen::VectorXd start = Eigen::VectorXd::Random(size);
    Eigen::VectorXd expected = start;
    Eigen::VectorXf actual = start.cast<float>();
    ReferenceAdam reference{
        1e-3, 0.9, 0.999, 1e-7, Eigen::VectorXd::Zero(size), Eigen::VectorXd::Zero(size)};
    AdamOptimizer adam(1e-3, 0.9, 0.999, 1e-7, size);
    bool everSubnormal = false;
    for (int s = 0; s < 3000; ++s) {
        const Eigen::VectorXd g = gradientAt(s, 20, size);
        reference.step(expected, g);
        adam.step(actual, g.cast<float>());
        everSubnormal =
            everSubnormal || anySubnormal(adam.firstMoment()) || anySubnormal(adam.secondMoment());
    }
    QVERIFY(!everSubnormal);
    QCOMPARE(adam.firstMoment().head(size / 2).cwiseAbs().maxCoeff(), 0.0f);
    // The weights whose gradient stopped are where the double rule leaves them.
    const double silent =
        (expected.head(size / 2) - actual.head(size / 2).cast<double>()).cwiseAbs().maxCoeff();
    QVERIFY2(silent < 1e-6, qPrintable(QString::number(silent)));
    QVERIFY(relativeError(expected, actual) < 1e-5);
}

void TestOptimizer::momentumMatchesTheRule() {
    const Eigen::Index size = 1000;
    Eigen::VectorXd expected = Eigen::VectorXd::Random(size),
                    velocity = Eigen::VectorXd::Zero(size);
    Eigen::VectorXf actual = expected.cast<float>();
    SgdOptimizer sgd(0.01, 0.9, size);
    bool everSubnormal = false;
    for (int s = 0; s < 2000; ++s) {
        const Eigen::VectorXd g = gradientAt(s, 20, size);
        velocity = 0.9 * velocity - 0.01 * g;
        expected += velocity;
        sgd.step(actual, g.cast<float>());
        everSubnormal = everSubnormal || anySubnormal(sgd.velocity());
    }
    QVERIFY(!everSubnormal);
    QCOMPARE(sgd.velocity().head(size / 2).cwiseAbs().maxCoeff(), 0.0f);
    QVERIFY(relativeError(expected, actual) < 1e-5);
}

QTEST_GUILESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
