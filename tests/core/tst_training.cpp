// Training that says when it did not learn: the held-out rows (a seeded share, never trained
// on, measured each epoch by hand here), early stopping that keeps the best epoch's weights
// (compared with a run stopped there by hand), and each diagnostic on hand-made loss curves
// and on the notebook's SGD run, which learns nothing on z-scored data.
#include "AutoencoderTrainer.h"
#include "Pipeline.h"
#include "Scaler.h"
#include "TestData.h"
#include "TrainingDiagnostics.h"

#include <QtTest>
#include <algorithm>
#include <set>

using namespace latentlab;

namespace {

bool hasWarning(const std::vector<TrainingWarning>& warnings, const std::string& code) {
    return std::any_of(warnings.begin(), warnings.end(),
                       [&](const TrainingWarning& w) { return w.code == code; });
}

TrainingRecord quietRecord() {
    TrainingRecord record;
    record.loss = std::vector<double>(20, 0.5);  // flat: converged
    record.reconstructionMse = 0.1;
    record.meanColumnVariance = 1.0;
    record.updates = 5000;
    return record;
}

}  // namespace

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void heldOutRowsAreSeededAndNeverTrainedOn();
    void validationLossIsTheHeldOutRowsMse();
    void earlyStoppingKeepsTheBestEpoch();
    void aQuietRunHasNoWarnings();
    void learnedLittleBeyondTheMean();
    void notConverged();
    void overfitting();
    void fewUpdates();
    void notebookSgdOnZScoredDataIsFlagged();

private:
    Eigen::MatrixXd m_small;
};

void TestTraining::initTestCase() {
    m_small =
        Scaler(Scaling::MinMax).fitTransform(testdata::referenceCsv("small_blobs.csv").features);
}

void TestTraining::heldOutRowsAreSeededAndNeverTrainedOn() {
    AutoencoderConfig config;
    config.validationSplit = 0.2;
    const Autoencoder initial(int(m_small.cols()), {6}, 2, Activation::Tanh, 7);
    AutoencoderTrainer a(initial, m_small, config), b(initial, m_small, config);
    QCOMPARE(a.validationRows(), b.validationRows());
    QCOMPARE(int(a.validationRows().size()), 120);  // 20 % of 600
    QCOMPARE(a.trainingRows(), 480);
    const std::set<int> held(a.validationRows().begin(), a.validationRows().end());
    QCOMPARE(int(held.size()), 120);
    QVERIFY(*held.begin() >= 0 && *held.rbegin() < 600);
    config.seed = 8;
    AutoencoderTrainer other(initial, m_small, config);
    QVERIFY(other.validationRows() != a.validationRows());
    // Never trained on: changing the held-out rows changes nothing in training.
    Eigen::MatrixXd changed = m_small;
    for (int row : a.validationRows()) changed.row(row).setConstant(50.0);
    config.seed = 42;
    AutoencoderTrainer c(initial, m_small, config), d(initial, changed, config);
    for (int epoch = 0; epoch < 3; ++epoch) QCOMPARE(c.runEpoch(), d.runEpoch());
    QCOMPARE(c.parameters(), d.parameters());
    QVERIFY(c.validationLoss() < d.validationLoss());
    // The snapshot covers every row, in order: 600 rows.
    QCOMPARE(int(c.encodeData().rows()), 600);
    const Eigen::MatrixXd all = c.model().encode(m_small);
    QVERIFY((c.encodeData() - all).cwiseAbs().maxCoeff() < 1e-5);
}

void TestTraining::validationLossIsTheHeldOutRowsMse() {
    AutoencoderConfig config;
    config.validationSplit = 0.25;
    AutoencoderTrainer trainer(Autoencoder(int(m_small.cols()), {6}, 2, Activation::Tanh, 3),
                               m_small, config);
    trainer.runEpoch();
    Eigen::MatrixXd held(Eigen::Index(trainer.validationRows().size()), m_small.cols());
    for (std::size_t i = 0; i < trainer.validationRows().size(); ++i)
        held.row(Eigen::Index(i)) = m_small.row(trainer.validationRows()[i]);
    const double byHand = trainer.model().reconstructionMse(held);
    QVERIFY2(std::abs(trainer.validationLoss() - byHand) < 1e-5 * byHand,
             qPrintable(QString("%1 vs %2").arg(trainer.validationLoss()).arg(byHand)));
}

void TestTraining::earlyStoppingKeepsTheBestEpoch() {
    // A learning rate that overshoots: the validation loss soon stops improving.
    Config config;
    config.data.source = DataSource::Blobs;
    config.data.samples = 400;
    config.autoencoder.optimizer = OptimizerKind::Adam;
    config.autoencoder.learningRate = 0.05;
    config.autoencoder.epochs = 200;
    config.autoencoder.batchSize = 16;
    config.autoencoder.validationSplit = 0.3;
    config.autoencoder.earlyStopping = 5;
    config.kmeans.nInit = 1;
    const Result stopped = runPipeline(config);
    const int best = stopped.training.bestEpoch;
    const int ran = int(stopped.loss.size());
    qInfo("ran %d epochs, best %d", ran, best);
    QVERIFY(stopped.training.stoppedEarly);
    QVERIFY(best > 0 && ran == best + 5 && ran < 200);
    QCOMPARE(stopped.validationLoss.size(), stopped.loss.size());
    const double bestLoss =
        *std::min_element(stopped.validationLoss.begin(), stopped.validationLoss.end());
    QCOMPARE(stopped.validationLoss[std::size_t(best - 1)], bestLoss);
    // The same run stopped at the best epoch by hand has the kept weights.
    Config byHand = config;
    byHand.autoencoder.earlyStopping = 0;
    byHand.autoencoder.epochs = best;
    const Result reference = runPipeline(byHand);
    QCOMPARE(stopped.autoencoder.network().parameters(),
             reference.autoencoder.network().parameters());
    QCOMPARE(stopped.space("autoencoder").metrics.reconstructionMse,
             reference.space("autoencoder").metrics.reconstructionMse);
}

void TestTraining::aQuietRunHasNoWarnings() { QVERIFY(diagnoseTraining(quietRecord()).empty()); }

void TestTraining::learnedLittleBeyondTheMean() {
    TrainingRecord record = quietRecord();
    record.reconstructionMse = 0.91;  // 91 % of the variance: little learned
    auto warnings = diagnoseTraining(record);
    QVERIFY(hasWarning(warnings, "learned_little"));
    QVERIFY(warnings.front().message.find("91 %") != std::string::npos);
    QVERIFY(!warnings.front().advice.empty());
    QVERIFY(warnings.front().advice.find("Adam") != std::string::npos);
    QVERIFY(warnings.front().message.find("PCA") == std::string::npos);  // PCA's MSE unknown
    // Already on Adam: something else to try. PCA as stuck as the network: the data's noise.
    record.adam = true;
    record.pcaMse = 0.85;
    record.pcaComponents = 50;
    warnings = diagnoseTraining(record);
    QVERIFY(warnings.front().advice.find("Adam") == std::string::npos);
    QVERIFY(warnings.front().advice.find("autoencoder.latent") != std::string::npos);
    QVERIFY(warnings.front().message.find("PCA with 50 components leaves 85 %") !=
            std::string::npos);
    record.pcaMse = 0.2;  // PCA keeps far more: nothing to excuse the network with
    QVERIFY(diagnoseTraining(record).front().message.find("PCA") == std::string::npos);
    record.reconstructionMse = 0.89;
    QVERIFY(!hasWarning(diagnoseTraining(record), "learned_little"));
}

void TestTraining::notConverged() {
    TrainingRecord record = quietRecord();
    // 20 epochs: the last tenth is 2 epochs; 0.5 -> 0.494 is a 1.2 % fall.
    record.loss[19] = 0.494;
    QVERIFY(hasWarning(diagnoseTraining(record), "not_converged"));
    record.loss[19] = 0.496;  // 0.8 %
    QVERIFY(!hasWarning(diagnoseTraining(record), "not_converged"));
    record.loss[19] = 0.494;
    record.stoppedEarly = true;  // early stopping decided it had converged
    QVERIFY(!hasWarning(diagnoseTraining(record), "not_converged"));
}

void TestTraining::overfitting() {
    TrainingRecord record = quietRecord();
    for (int e = 0; e < 20; ++e) {
        record.loss[std::size_t(e)] = 1.0 - 0.02 * e;  // keeps falling
        record.validationLoss.push_back(e < 10 ? 1.0 - 0.02 * e : 0.82 + 0.01 * (e - 9));
    }
    record.stoppedEarly = true;  // (not_converged is not the point here)
    const auto warnings = diagnoseTraining(record);
    QVERIFY(hasWarning(warnings, "overfitting"));
    // Rising validation with training rising too is not over-fitting.
    for (int e = 10; e < 20; ++e) record.loss[std::size_t(e)] = 0.9 + 0.01 * e;
    QVERIFY(!hasWarning(diagnoseTraining(record), "overfitting"));
}

void TestTraining::fewUpdates() {
    TrainingRecord record = quietRecord();
    record.updates = 999;
    QVERIFY(hasWarning(diagnoseTraining(record), "few_updates"));
    record.updates = 1000;
    QVERIFY(!hasWarning(diagnoseTraining(record), "few_updates"));
}

void TestTraining::notebookSgdOnZScoredDataIsFlagged() {
    // The case: SGD 0.01, batch 64, 2 epochs of ~100 rows each = very few updates;
    // here 600 rows, 2 epochs = 20 updates, on z-scored data.
    Config config;
    config.data.samples = 600;
    config.data.scaling = Scaling::ZScore;
    config.autoencoder.epochs = 2;
    config.kmeans.nInit = 1;
    const Result result = runPipeline(config);
    QCOMPARE(result.training.updates, 20LL);
    QVERIFY(hasWarning(result.warnings, "few_updates"));
    QVERIFY(hasWarning(result.warnings, "learned_little"));
    qInfo("reconstruction MSE %.4f", result.space("autoencoder").metrics.reconstructionMse);
}

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
