// The autoencoder's sparse first layer (SparseInput.h): baselines by majority, batches
// gathered by column, the forward product and weight gradient against the dense ones and
// against finite differences, and the trainer choosing it for z-scored counts only.
#include "AutoencoderTrainer.h"
#include "CountsSimulator.h"
#include "Scaler.h"
#include "SparseInput.h"
#include "TestData.h"

using namespace latentlab;

namespace {

using RowsD = BaselineSparseRows<double>::RowMajor;

/// Columns that are mostly one value each (a different one per column), the rest random.
RowsD mostlyBaseline(int rows, int cols, double share, unsigned seed) {
    std::mt19937 engine(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    RowsD x(rows, cols);
    for (int c = 0; c < cols; ++c)
        for (int r = 0; r < rows; ++r)
            x(r, c) = unit(engine) < share ? unit(engine) * 4 - 2 : -0.25 * (c % 7);
    return x;
}

}  // namespace

class TestSparseInput : public QObject {
    Q_OBJECT
private slots:
    void baselineIsEachColumnsMajority();
    void batchGatheredByColumnIsTheRows();
    void gradientMatchesFiniteDifferences();
    void floatKernelsMatchDenseProducts();
    void trainerUsesItForCountsOnly();
};

void TestSparseInput::baselineIsEachColumnsMajority() {
    RowsD x(5, 3);
    x << 1, 0, 5,  //
        1, 2, 5,   //
        1, 0, 7,   //
        3, 0, 5,   //
        1, 0, 9;
    const auto sparse = BaselineSparseRows<double>::fromRows(x);
    QCOMPARE(sparse.baseline(), Eigen::Vector3d(1, 0, 5));
    QCOMPARE(sparse.density(), 4.0 / 15.0);  // 3 in row 3, 2 in row 1, 7 and 9
}

void TestSparseInput::batchGatheredByColumnIsTheRows() {
    const RowsD x = mostlyBaseline(40, 9, 0.3, 1);
    const auto sparse = BaselineSparseRows<double>::fromRows(x);
    const std::vector<int> rows = {17, 3, 39, 3, 0};  // any order, repeats allowed
    SparseBatch<double> batch;
    sparse.gatherBatch(rows.data(), Eigen::Index(rows.size()), batch);
    const Eigen::MatrixXd dense = batch.toDense();
    QCOMPARE(dense.rows(), Eigen::Index(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        QVERIFY((dense.row(Eigen::Index(i)) - x.row(rows[i])).cwiseAbs().maxCoeff() < 1e-15);
    // No column has a majority: still exact, only denser.
    RowsD distinct(4, 2);
    distinct << 1, 2, 3, 4, 5, 6, 7, 8;
    const auto dense2 = BaselineSparseRows<double>::fromRows(distinct);
    const std::vector<int> all = {0, 1, 2, 3};
    dense2.gatherBatch(all.data(), 4, batch);
    QCOMPARE(Eigen::MatrixXd(batch.toDense()), Eigen::MatrixXd(distinct));
}

void TestSparseInput::gradientMatchesFiniteDifferences() {
    const Autoencoder ae(12, {6, 4}, 2, Activation::Tanh, 3);
    DenseNetwork<double> net = ae.network();
    net.parameters() += 0.1 * Eigen::VectorXd::Random(net.parameterCount());
    const RowsD x = mostlyBaseline(9, 12, 0.2, 2);
    const auto sparse = BaselineSparseRows<double>::fromRows(x);
    const std::vector<int> rows = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    SparseBatch<double> batch;
    sparse.gatherBatch(rows.data(), 9, batch);
    const Eigen::MatrixXd target = x;
    DenseNetwork<double>::Workspace ws;
    Eigen::VectorXd gradient, denseGradient, unused;
    const double loss = net.lossAndGradient(batch, ws, gradient);
    const double denseLoss = net.lossAndGradient(target, target, ws, denseGradient);
    QVERIFY(std::abs(loss - denseLoss) < 1e-14 * denseLoss);
    const double h = 1e-5;
    Eigen::VectorXd numeric(net.parameterCount());
    for (Eigen::Index p = 0; p < net.parameterCount(); ++p) {
        const double original = net.parameters()(p);
        net.parameters()(p) = original + h;
        const double up = net.lossAndGradient(batch, ws, unused);
        net.parameters()(p) = original - h;
        const double down = net.lossAndGradient(batch, ws, unused);
        net.parameters()(p) = original;
        numeric(p) = (up - down) / (2 * h);
    }
    QVERIFY((numeric - gradient).norm() / numeric.norm() < 1e-6);
    QVERIFY((denseGradient - gradient).norm() / gradient.norm() < 1e-13);
}

void TestSparseInput::floatKernelsMatchDenseProducts() {
    // Wide enough for both threads to share the work, as in training.
    using RowsF = BaselineSparseRows<float>::RowMajor;
    const RowsF x = mostlyBaseline(128, 500, 0.1, 4).cast<float>();
    const auto sparse = BaselineSparseRows<float>::fromRows(x);
    QVERIFY(sparse.density() > 0.08 && sparse.density() < 0.12);
    std::vector<int> rows(128);
    for (int i = 0; i < 128; ++i) rows[std::size_t(i)] = (i * 37) % 128;
    SparseBatch<float> batch;
    sparse.gatherBatch(rows.data(), 128, batch);
    const Eigen::MatrixXf dense = batch.toDense();
    const Eigen::MatrixXf weights = Eigen::MatrixXf::Random(64, 500);
    const Eigen::VectorXf bias = Eigen::VectorXf::Random(64);
    Eigen::MatrixXf out;
    sparseTimesWeights<float>(batch, weights, bias, out);
    const Eigen::MatrixXf expected = (dense * weights.transpose()).rowwise() + bias.transpose();
    QVERIFY((out - expected).norm() < 1e-5f * expected.norm());
    const Eigen::MatrixXf delta = Eigen::MatrixXf::Random(128, 64);
    Eigen::MatrixXf gradient(64, 500);
    sparseWeightGradient<float>(batch, delta,
                                Eigen::Map<Eigen::MatrixXf>(gradient.data(), 64, 500));
    const Eigen::MatrixXf expectedGradient = delta.transpose() * dense;
    QVERIFY((gradient - expectedGradient).norm() < 1e-5f * expectedGradient.norm());
}

void TestSparseInput::trainerUsesItForCountsOnly() {
    CountsSimulatorOptions options;
    options.cells = 300;
    options.genes = 400;
    options.types = 3;
    options.depth = 80;  // about 15 % of the genes counted in a cell, as in droplet data
    const Eigen::MatrixXd counts = CountsSimulator(options).generate().values.toDense();
    Eigen::MatrixXd logged = (counts.array() + 1.0).log().matrix();
    const Eigen::MatrixXd scaled = Scaler(Scaling::ZScore).fitTransform(logged);
    AutoencoderConfig config;
    config.epochs = 2;
    config.batchSize = 32;
    const Autoencoder shape(400, {32}, 4, Activation::Relu, 5);
    AutoencoderTrainer sparse(shape, scaled, config);
    QVERIFY(sparse.usesSparseInput());
    AutoencoderTrainer again(shape, scaled, config);
    AutoencoderTrainer dense(shape, scaled, config, InputForm::Dense);
    QVERIFY(!dense.usesSparseInput());
    for (int epoch = 0; epoch < config.epochs; ++epoch) {
        const double loss = sparse.runEpoch();
        QCOMPARE(again.runEpoch(), loss);  // same seed, same threads: the same bits
        // The same training up to float rounding.
        QVERIFY(std::abs(dense.runEpoch() - loss) < 1e-4 * loss);
    }
    const Eigen::MatrixXd latent = sparse.encodeData(), denseLatent = dense.encodeData();
    QVERIFY((latent - denseLatent).norm() < 1e-3 * denseLatent.norm());
    // The seed blobs are dense (and narrow): the ordinary product.
    const auto blobs = testdata::referenceCsv("seed_blobs.csv").features;
    const Autoencoder narrow(int(blobs.cols()), {8, 6}, 2, Activation::Tanh, 42);
    QVERIFY(!AutoencoderTrainer(narrow, Scaler(Scaling::MinMax).fitTransform(blobs), config)
                 .usesSparseInput());
}

QTEST_APPLESS_MAIN(TestSparseInput)
#include "tst_sparseinput.moc"
