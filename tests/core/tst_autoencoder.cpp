// Autoencoder and its trainer: backprop against finite differences, Glorot initialisation,
// learning on the seed data, optimizer comparison, divergence handling.
#include "AutoencoderTrainer.h"
#include "Errors.h"
#include "Scaler.h"
#include "TestData.h"

using namespace latentlab;

class TestAutoencoder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void glorotInitialisation();
    void encodeDecodeShapes();
    void restoreFromLayers();
    void lossFallsOnSeedData();
    void sameSeedSameTraining();
    void adamBeatsSgdOnSeedData();
    void divergenceNamesEpochAndAdvice();

private:
    Eigen::MatrixXd m_seedScaled;
};

void TestAutoencoder::initTestCase() {
    m_seedScaled =
        Scaler(Scaling::MinMax).fitTransform(testdata::referenceCsv("seed_blobs.csv").features);
}

void TestAutoencoder::gradientMatchesFiniteDifferences_data() {
    QTest::addColumn<int>("activation");
    QTest::newRow("tanh") << int(Activation::Tanh);
    QTest::newRow("sigmoid") << int(Activation::Sigmoid);
    QTest::newRow("relu") << int(Activation::Relu);
    QTest::newRow("linear") << int(Activation::Linear);
}

void TestAutoencoder::gradientMatchesFiniteDifferences() {
    QFETCH(int, activation);
    const Autoencoder ae(6, {5, 4}, 2, Activation(activation), 7);
    DenseNetwork<double> net = ae.network();
    net.parameters() += 0.1 * Eigen::VectorXd::Random(net.parameterCount());  // non-zero biases
    const Eigen::MatrixXd batch = Eigen::MatrixXd::Random(9, 6);              // 9 samples as rows
    DenseNetwork<double>::Workspace ws;
    Eigen::VectorXd gradient;
    net.lossAndGradient(batch, batch, ws, gradient);

    Eigen::VectorXd unused;
    Eigen::VectorXd numeric(net.parameterCount());
    const double h = 1e-5;  // central differences: O(h^2) truncation, ~1e-11 rounding
    for (Eigen::Index p = 0; p < net.parameterCount(); ++p) {
        const double original = net.parameters()(p);
        net.parameters()(p) = original + h;
        const double up = net.lossAndGradient(batch, batch, ws, unused);
        net.parameters()(p) = original - h;
        const double down = net.lossAndGradient(batch, batch, ws, unused);
        net.parameters()(p) = original;
        numeric(p) = (up - down) / (2 * h);
    }
    const double relativeError =
        (numeric - gradient).norm() / std::max(numeric.norm(), gradient.norm());
    qInfo("relative error of the gradient (%lld parameters): %.3g", (long long)net.parameterCount(),
          relativeError);
    QVERIFY(relativeError < 1e-6);
}

void TestAutoencoder::glorotInitialisation() {
    const Autoencoder ae(10, {8, 6}, 2, Activation::Tanh, 42);
    QCOMPARE(ae.widths(), (std::vector<int>{10, 8, 6, 2, 6, 8, 10}));
    QCOMPARE(ae.encoderLayers(), 3);
    const std::vector<DenseLayer> layers = ae.layers();
    QCOMPARE(layers.size(), std::size_t(6));
    for (const DenseLayer& layer : layers) {
        const double limit = std::sqrt(6.0 / double(layer.weights.rows() + layer.weights.cols()));
        QVERIFY(layer.weights.cwiseAbs().maxCoeff() <= limit);
        QVERIFY(layer.weights.cwiseAbs().maxCoeff() > 0.5 * limit);  // really spread, not tiny
        QCOMPARE(layer.bias.cwiseAbs().sum(), 0.0);
    }
    QCOMPARE(layers[2].activation, Activation::Linear);  // bottleneck
    QCOMPARE(layers[5].activation, Activation::Linear);  // output
    QCOMPARE(layers[0].activation, Activation::Tanh);
}

void TestAutoencoder::encodeDecodeShapes() {
    const Autoencoder ae(10, {8, 6}, 3, Activation::Tanh, 1);
    const Eigen::MatrixXd x = m_seedScaled.topRows(50);
    const Eigen::MatrixXd z = ae.encode(x);
    QCOMPARE(z.rows(), Eigen::Index(50));
    QCOMPARE(z.cols(), Eigen::Index(3));
    QVERIFY((ae.decode(z) - ae.reconstruct(x)).cwiseAbs().maxCoeff() == 0.0);
    QVERIFY_THROWS_EXCEPTION(DataError, ae.encode(Eigen::MatrixXd::Zero(3, 4)));
}

void TestAutoencoder::restoreFromLayers() {
    const Autoencoder ae(10, {8, 6}, 2, Activation::Sigmoid, 5);
    const Autoencoder copy(ae.layers(), ae.encoderLayers());
    QCOMPARE(copy.widths(), ae.widths());
    QCOMPARE(copy.reconstruct(m_seedScaled.topRows(20)), ae.reconstruct(m_seedScaled.topRows(20)));
}

void TestAutoencoder::lossFallsOnSeedData() {
    AutoencoderConfig config;  // the notebook: SGD 0.01, batch 64
    AutoencoderTrainer trainer(Autoencoder(10, {8, 6}, 2, Activation::Tanh, 42), m_seedScaled,
                               config);
    const Autoencoder untrained = trainer.model();
    std::vector<double> losses;
    for (int epoch = 0; epoch < 10; ++epoch) losses.push_back(trainer.runEpoch());
    qInfo("loss epoch 1 %.6f, epoch 10 %.6f", losses.front(), losses.back());
    QVERIFY(losses.back() < 0.8 * losses.front());
    QVERIFY(trainer.model().reconstructionMse(m_seedScaled) <
            untrained.reconstructionMse(m_seedScaled));
}

void TestAutoencoder::sameSeedSameTraining() {
    AutoencoderConfig config;
    const Eigen::MatrixXd x = m_seedScaled.topRows(2000);
    AutoencoderTrainer a(Autoencoder(10, {8, 6}, 2, Activation::Tanh, 3), x, config);
    AutoencoderTrainer b(Autoencoder(10, {8, 6}, 2, Activation::Tanh, 3), x, config);
    for (int epoch = 0; epoch < 3; ++epoch) QCOMPARE(a.runEpoch(), b.runEpoch());
    QCOMPARE(a.encodeData(), b.encodeData());
}

void TestAutoencoder::adamBeatsSgdOnSeedData() {
    auto trainedMse = [&](OptimizerKind kind, double learningRate) {
        AutoencoderConfig config;
        config.optimizer = kind;
        config.learningRate = learningRate;
        AutoencoderTrainer trainer(Autoencoder(10, {8, 6}, 2, Activation::Tanh, 42), m_seedScaled,
                                   config);
        for (int epoch = 0; epoch < 50; ++epoch) trainer.runEpoch();
        return trainer.model().reconstructionMse(m_seedScaled);
    };
    const double sgd = trainedMse(OptimizerKind::Sgd, 0.01);
    const double adam = trainedMse(OptimizerKind::Adam, 0.001);
    qInfo("reconstruction MSE after 50 epochs: SGD 0.01 %.6f, Adam 0.001 %.6f", sgd, adam);
    QVERIFY(adam < sgd);
}

void TestAutoencoder::divergenceNamesEpochAndAdvice() {
    AutoencoderConfig config;
    config.learningRate = 100.0;
    AutoencoderTrainer trainer(Autoencoder(10, {8, 6}, 2, Activation::Relu, 42),
                               m_seedScaled.topRows(3000), config);
    try {
        for (int epoch = 0; epoch < 20; ++epoch) trainer.runEpoch();
        QFAIL("training with learning rate 100 should diverge");
    } catch (const TrainingDiverged& error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains("epoch 1"), qPrintable(message));
        QVERIFY2(message.contains("lower learning rate"), qPrintable(message));
    }
}

QTEST_APPLESS_MAIN(TestAutoencoder)
#include "tst_autoencoder.moc"
