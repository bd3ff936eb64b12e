// The linear sanity check users can repeat in the GUI: an autoencoder with linear
// activations and a 2-wide latent can do no better than PCA with 2 components (PCA is the
// optimal rank-2 linear reconstruction), and a correctly trained one gets within 2 % of it.
#include "Pipeline.h"
#include "TestData.h"

using namespace latentlab;

class TestLinearSanity : public QObject {
    Q_OBJECT
private slots:
    void linearAutoencoderApproachesPca_data();
    void linearAutoencoderApproachesPca();
};

void TestLinearSanity::linearAutoencoderApproachesPca_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("small_blobs") << "small_blobs.csv";
    QTest::newRow("iris") << "iris.csv";
}

void TestLinearSanity::linearAutoencoderApproachesPca() {
    QFETCH(QString, file);
    // Only the measurements matter here (iris' text labels read as one class).
    const Dataset data = testdata::referenceCsv(file);
    Config config;
    config.kmeans.k = 3;
    config.autoencoder.activation = Activation::Linear;
    config.autoencoder.latent = 2;
    config.autoencoder.optimizer = OptimizerKind::Adam;
    config.autoencoder.learningRate = 0.01;
    config.autoencoder.batchSize = 32;
    config.autoencoder.epochs = 400;
    config.metrics.silhouette = SilhouetteMode::Sampled;  // not what is checked here
    config.metrics.silhouetteSample = 200;
    const Result result = runPipeline(config, data);
    const double pca = result.space("pca").metrics.reconstructionMse;
    const double ae = result.space("autoencoder").metrics.reconstructionMse;
    qInfo("reconstruction MSE: PCA %.6g, linear autoencoder %.6g (ratio %.4f)", pca, ae, ae / pca);
    QVERIFY(ae >= pca * (1 - 1e-9));  // PCA is optimal among rank-2 linear maps
    QVERIFY(ae <= pca * 1.02);
}

QTEST_APPLESS_MAIN(TestLinearSanity)
#include "tst_linearsanity.moc"
