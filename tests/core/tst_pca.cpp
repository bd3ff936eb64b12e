// Pca against scikit-learn's PCA(svd_solver="full") values in the fixtures.
#include "Errors.h"
#include "Pca.h"
#include "Scaler.h"
#include "TestData.h"

#include <Eigen/Eigenvalues>

using namespace latentlab;

class TestPca : public QObject {
    Q_OBJECT
private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void signsFollowScikitLearn();
    void wideDataAgreesWithTall();
    void lanczosAgreesWithFullDecomposition_data();
    void lanczosAgreesWithFullDecomposition();
    void tooManyComponentsIsAnError();
};

void TestPca::matchesScikitLearn_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("small") << "small_blobs";
    QTest::newRow("seed") << "seed_blobs";
}

void TestPca::matchesScikitLearn() {
    QFETCH(QString, name);
    const Dataset data = testdata::referenceCsv(name + ".csv");
    const QJsonObject expected = testdata::json(name + ".expected.json")["pca"].toObject();
    const Eigen::MatrixXd scaled = Scaler(Scaling::MinMax).fitTransform(data.features);
    Pca pca(2);
    pca.fit(scaled);

    const Eigen::VectorXd variance = testdata::vector(expected["explained_variance"]);
    const Eigen::VectorXd ratio = testdata::vector(expected["explained_variance_ratio"]);
    const Eigen::VectorXd mean = testdata::vector(expected["mean"]);
    const Eigen::MatrixXd components = testdata::matrix(expected["components_up_to_sign"]);
    for (int j = 0; j < 2; ++j) {
        LL_COMPARE_REL(pca.explainedVariance()(j), variance(j), 1e-9);
        LL_COMPARE_REL(pca.explainedVarianceRatio()(j), ratio(j), 1e-9);
        const double sign = pca.componentMatrix().row(j).dot(components.row(j)) < 0 ? -1.0 : 1.0;
        for (int c = 0; c < components.cols(); ++c)
            LL_COMPARE_REL(sign * pca.componentMatrix()(j, c), components(j, c), 1e-9);
    }
    for (int c = 0; c < mean.size(); ++c) LL_COMPARE_REL(pca.mean()(c), mean(c), 1e-12);
    LL_COMPARE_REL(pca.reconstructionMse(scaled), expected["reconstruction_mse"].toDouble(), 1e-9);
}

void TestPca::signsFollowScikitLearn() {
    // The reference's k-means initial centres are the first rows of sklearn's own
    // embedding, so they pin the signs sklearn chose.
    const Dataset data = testdata::referenceCsv("small_blobs.csv");
    const Eigen::MatrixXd scaled = Scaler(Scaling::MinMax).fitTransform(data.features);
    const Eigen::MatrixXd init = testdata::matrix(
        testdata::json("small_blobs.expected.json")["kmeans_on_pca_from_first_k_rows"]
            .toObject()["init_centers"]);
    const Eigen::MatrixXd latent = Pca(2).fitTransform(scaled);
    for (int r = 0; r < init.rows(); ++r)
        for (int c = 0; c < 2; ++c) LL_COMPARE_ABS(latent(r, c), init(r, c), 1e-9);
}

void TestPca::wideDataAgreesWithTall() {
    // Wide data (more columns than rows) takes the rows x rows route; its transpose-free
    // answer must agree with the covariance route on the same spectrum.
    Eigen::MatrixXd wide = Eigen::MatrixXd::Random(20, 60);
    wide.col(0) *= 5.0;
    Pca viaGram(3);
    viaGram.fit(wide);
    const Eigen::MatrixXd centred = wide.rowwise() - wide.colwise().mean();
    Eigen::MatrixXd covariance = centred.transpose() * centred / 19.0;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    for (int j = 0; j < 3; ++j) {
        LL_COMPARE_REL(viaGram.explainedVariance()(j), solver.eigenvalues()(59 - j), 1e-9);
        const double alignment =
            std::abs(viaGram.componentMatrix().row(j).dot(solver.eigenvectors().col(59 - j)));
        LL_COMPARE_REL(alignment, 1.0, 1e-9);
    }
    LL_COMPARE_REL(viaGram.totalVariance(), covariance.trace(), 1e-12);
}

void TestPca::lanczosAgreesWithFullDecomposition_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("tall, 400 x 240") << 400 << 240;
    QTest::newRow("wide, 150 x 400") << 150 << 400;
}

void TestPca::lanczosAgreesWithFullDecomposition() {
    // Many components of a spectrum with a slowly decaying tail (where Lanczos converges
    // slowest): the truncated solver must give the full decomposition's variances, the same
    // components up to sign and then the same (scikit-learn) sign.
    QFETCH(int, rows);
    QFETCH(int, columns);
    Eigen::MatrixXd data = Eigen::MatrixXd::Random(rows, columns);
    for (int c = 0; c < columns; ++c) data.col(c) *= 1.0 + 20.0 / (1.0 + c);
    const int k = 30;
    Pca full(k, PcaSolver::Full), lanczos(k, PcaSolver::Truncated), automatic(k);
    const Eigen::MatrixXd fullScores = full.fitTransform(data);
    const Eigen::MatrixXd lanczosScores = lanczos.fitTransform(data);
    automatic.fit(data);
    for (int j = 0; j < k; ++j) {
        LL_COMPARE_REL(lanczos.explainedVariance()(j), full.explainedVariance()(j), 1e-10);
        LL_COMPARE_REL(automatic.explainedVariance()(j), full.explainedVariance()(j), 1e-10);
        LL_COMPARE_ABS(lanczos.componentMatrix().row(j).dot(full.componentMatrix().row(j)), 1.0,
                       1e-8);
    }
    LL_COMPARE_ABS((lanczosScores - fullScores).cwiseAbs().maxCoeff(), 0.0,
                   1e-7 * fullScores.cwiseAbs().maxCoeff());
    LL_COMPARE_REL(lanczos.totalVariance(), full.totalVariance(), 1e-12);
    LL_COMPARE_REL(lanczos.reconstructionMse(data), full.reconstructionMse(data), 1e-9);
}

void TestPca::tooManyComponentsIsAnError() {
    Pca pca(4);
    QVERIFY_THROWS_EXCEPTION(latentlab::Error, pca.fit(Eigen::MatrixXd::Random(10, 3)));
}

QTEST_APPLESS_MAIN(TestPca)
#include "tst_pca.moc"
