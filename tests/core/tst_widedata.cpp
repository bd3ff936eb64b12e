// Wide data, as in gene expression (far more columns than rows): PCA's Gram-matrix route
// against an independent covariance eigen-decomposition, and a 1000 x 5000 table written to
// CSV, read back through loadDataset and run through the whole pipeline.
#include "DatasetLoader.h"
#include "Pca.h"
#include "Pipeline.h"
#include "TestData.h"

#include <Eigen/Eigenvalues>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <cstdint>
#include <cstdio>

using latentlab::Config;
using latentlab::Dataset;
using latentlab::Pca;

namespace {

/// splitmix64: a fixed, portable stream of 64-bit values.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Cell (r, c) of the wide table, in thousandths: four groups (r % 4) that differ in the
/// first 200 columns, plus noise of up to 1.0 everywhere.
int milliValue(int r, int c) {
    const int group = r % 4;
    const int signal = c < 200 ? ((group * 131 + c * 17) % 11) * 300 : 0;
    const int noise = int(mix(std::uint64_t(r) * 100003ULL + std::uint64_t(c)) % 1000);
    return signal + noise;
}

Eigen::MatrixXd smallWide(int rows, int columns) {
    Eigen::MatrixXd x(rows, columns);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) x(r, c) = double(milliValue(r, c)) / 1000.0 + 0.01 * c;
    return x;
}

}  // namespace

class TestWideData : public QObject {
    Q_OBJECT
private slots:
    void gramRouteMatchesCovariance();
    void wideTableThroughLoaderAndPipeline();
};

void TestWideData::gramRouteMatchesCovariance() {
    // 12 rows x 40 columns: Pca takes the 12 x 12 Gram route; the reference decomposes the
    // 40 x 40 covariance matrix directly.
    const Eigen::MatrixXd x = smallWide(12, 40);
    Pca pca(3);
    const Eigen::MatrixXd scores = pca.fitTransform(x);

    const Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
    const Eigen::MatrixXd covariance = centred.transpose() * centred / 11.0;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    const Eigen::VectorXd eigenvalues = solver.eigenvalues().reverse();
    const Eigen::MatrixXd eigenvectors = solver.eigenvectors().rowwise().reverse();
    for (int j = 0; j < 3; ++j) {
        LL_COMPARE_REL(pca.explainedVariance()(j), eigenvalues(j), 1e-10);
        // Same direction up to sign: |cos| = 1.
        const double cosine = pca.componentMatrix().row(j).dot(eigenvectors.col(j));
        LL_COMPARE_ABS(std::abs(cosine), 1.0, 1e-9);
        // scikit-learn's sign rule: the largest-magnitude score of each component is positive.
        Eigen::Index largest = 0;
        scores.col(j).cwiseAbs().maxCoeff(&largest);
        QVERIFY(scores(largest, j) > 0);
    }
    LL_COMPARE_REL(pca.totalVariance(), covariance.trace(), 1e-12);
    // What PCA leaves out is the rest of the spectrum: MSE = sum of the other eigenvalues
    // * (n - 1) / (n * d).
    const double rest = eigenvalues.tail(eigenvalues.size() - 3).sum();
    LL_COMPARE_REL(pca.reconstructionMse(x), rest * 11.0 / (12.0 * 40.0), 1e-9);
}

void TestWideData::wideTableThroughLoaderAndPipeline() {
    constexpr int kRows = 1000;
    constexpr int kColumns = 5000;
    QTemporaryDir dir;
    const QString path = dir.filePath("wide.csv");
    {
        std::string text;
        text.reserve(std::size_t(kRows) * kColumns * 7);
        for (int c = 0; c < kColumns; ++c) text += "g" + std::to_string(c + 1) + ",";
        text += "class\n";
        char cell[32];
        for (int r = 0; r < kRows; ++r) {
            for (int c = 0; c < kColumns; ++c) {
                std::snprintf(cell, sizeof cell, "%.3f,", double(milliValue(r, c)) / 1000.0);
                text += cell;
            }
            text += "type" + std::to_string(r % 4) + "\n";
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text.data(), qint64(text.size())), qint64(text.size()));
    }

    Config config;
    config.data.source = latentlab::DataSource::Csv;
    config.data.path = path.toStdString();
    latentlab::io::ImportReport report;
    Dataset data = latentlab::io::loadDataset(config.data, &report);
    QCOMPARE(data.rows(), kRows);
    QCOMPARE(data.columns(), kColumns);
    QCOMPARE(data.classes(), 4);
    QCOMPARE(data.columnNames.back(), std::string("g5000"));
    for (int r : {0, 1, 517, kRows - 1})
        for (int c : {0, 199, 200, kColumns - 1})
            QCOMPARE(data.features(r, c), double(milliValue(r, c)) / 1000.0);

    config.autoencoder.epochs = 2;
    const Eigen::MatrixXd scaled = testdata::minMaxScaled(data.features);
    const latentlab::Result result = latentlab::runPipeline(config, std::move(data));

    QCOMPARE(result.space("pca").embedding.rows(), Eigen::Index(kRows));
    QCOMPARE(result.space("pca").embedding.cols(), Eigen::Index(2));
    QCOMPARE(result.space("autoencoder").embedding.rows(), Eigen::Index(kRows));
    QCOMPARE(result.space("autoencoder").embedding.cols(), Eigen::Index(2));
    QCOMPARE(result.autoencoder.inputWidth(), kColumns);  // the network follows the data
    QCOMPARE(result.pca.componentMatrix().cols(), Eigen::Index(kColumns));

    // Explained variance ratio from the 1000 x 1000 Gram matrix of the scaled, centred data,
    // decomposed here directly: its eigenvalues are the covariance's times (n - 1).
    const Eigen::MatrixXd centred = scaled.rowwise() - scaled.colwise().mean();
    const Eigen::MatrixXd gram = centred * centred.transpose();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram, Eigen::EigenvaluesOnly);
    const Eigen::VectorXd eigenvalues = solver.eigenvalues().reverse();
    const double total = gram.trace();
    const Eigen::VectorXd ratio = result.pca.explainedVarianceRatio();
    LL_COMPARE_REL(ratio(0), eigenvalues(0) / total, 1e-9);
    LL_COMPARE_REL(ratio(1), eigenvalues(1) / total, 1e-9);
    QVERIFY(ratio(0) >= ratio(1));

    for (const latentlab::SpaceResult* space :
         {&result.space("pca"), &result.space("autoencoder")}) {
        const latentlab::MethodMetrics& m = space->metrics;
        QVERIFY(space->embedding.allFinite());
        for (double value : {m.reconstructionMse, m.inertia, m.silhouetteLatent, m.silhouetteInput,
                             m.ari, m.nmi, m.trustworthiness})
            QVERIFY(std::isfinite(value));
    }
    // Four groups that differ in 200 columns: PCA's k-means finds them.
    QVERIFY2(result.space("pca").metrics.ari > 0.9,
             qPrintable(QString::number(result.space("pca").metrics.ari)));
}

QTEST_APPLESS_MAIN(TestWideData)
#include "tst_widedata.moc"
