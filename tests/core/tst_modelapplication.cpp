// Applying a saved model to new rows: on the training data itself it reproduces the run's
// embeddings, clusters and metrics; a hand-computed two-column model checks every step;
// reordered columns are put back in order and mismatched ones are refused by name.
#include "ColumnMatch.h"
#include "Errors.h"
#include "FittedModel.h"
#include "ModelApplication.h"
#include "Pipeline.h"
#include "TestData.h"

#include <cmath>

using namespace latentlab;

class TestModelApplication : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void trainingDataReproducesTheRun();
    void handComputedTwoColumnModel();
    void reorderedColumnsAreMatchedByName();
    void mismatchedColumnsAreRefusedByName();
    void longListsAreShortened();
    void repeatedColumnIsRefused();
    void nonFiniteCellIsRefused();
    void unlabelledDataHasNoAriOrConfusion();
    void incompleteResultIsRefused();

private:
    Result m_run;
};

namespace {

Dataset subset(const Dataset& data, Eigen::Index first, Eigen::Index count) {
    Dataset out = data;
    out.features = data.features.middleRows(first, count);
    out.labels.assign(data.labels.begin() + first, data.labels.begin() + first + count);
    return out;
}

/// 2 raw columns "a", "b"; scaler x' = (x - 1) * (0.5, 0.25); PCA mean (1, 1), one
/// component (0.6, 0.8); autoencoder z = x'1 + x'2, decoder x'^ = (0.5 z, 0.5 z); centres
/// PCA {1, -1}, autoencoder {0.5, 2.5}.
FittedModel handModel() {
    FittedModel model;
    model.columns = {"a", "b"};
    model.scaler = Scaler(Scaling::MinMax, Eigen::RowVector2d(1, 1), Eigen::RowVector2d(0.5, 0.25));
    Eigen::MatrixXd component(1, 2);
    component << 0.6, 0.8;
    model.pca = Pca(Eigen::RowVector2d(1, 1), component, Eigen::VectorXd::Constant(1, 1.0), 2.0);
    DenseLayer encoder{Eigen::MatrixXd::Constant(1, 2, 1.0), Eigen::VectorXd::Zero(1),
                       Activation::Linear};
    DenseLayer decoder{Eigen::MatrixXd::Constant(2, 1, 0.5), Eigen::VectorXd::Zero(2),
                       Activation::Linear};
    model.autoencoder = Autoencoder({encoder, decoder}, 1);
    model.spaces = {{"pca", Eigen::Vector2d(1.0, -1.0)},
                    {"autoencoder", Eigen::Vector2d(0.5, 2.5)}};
    return model;
}

Dataset table(const std::vector<std::string>& columns, const Eigen::MatrixXd& values) {
    Dataset data;
    data.columnNames = columns;
    data.features = values;
    return data;
}

}  // namespace

void TestModelApplication::initTestCase() {
    Config config;
    config.data.samples = 400;
    config.data.centers = 4;
    config.autoencoder.epochs = 3;
    m_run = runPipeline(config);
}

void TestModelApplication::trainingDataReproducesTheRun() {
    const ModelApplication applied = applyModel(FittedModel::fromResult(m_run), m_run.data);
    QVERIFY(applied.columns.ok());
    QVERIFY(!applied.columns.reordered);
    for (const auto& [mine, theirs] :
         {std::pair{&applied.space("pca"), &m_run.space("pca")},
          std::pair{&applied.space("autoencoder"), &m_run.space("autoencoder")}}) {
        QCOMPARE(mine->embedding.rows(), theirs->embedding.rows());
        QVERIFY((mine->embedding - theirs->embedding).cwiseAbs().maxCoeff() <= 1e-12);
        // k-means ends with an E-step, so its labels are the nearest saved centres.
        QVERIFY(mine->clusters == theirs->clustering.labels);
        LL_COMPARE_REL(mine->metrics.inertia, theirs->metrics.inertia, 1e-10);
        LL_COMPARE_REL(mine->metrics.reconstructionMse, theirs->metrics.reconstructionMse, 1e-12);
        LL_COMPARE_REL(mine->metrics.silhouetteLatent, theirs->metrics.silhouetteLatent, 1e-10);
        LL_COMPARE_REL(mine->metrics.silhouetteInput, theirs->metrics.silhouetteInput, 1e-10);
        LL_COMPARE_REL(mine->metrics.ari, theirs->metrics.ari, 1e-12);
        LL_COMPARE_REL(mine->metrics.nmi, theirs->metrics.nmi, 1e-12);
        QCOMPARE(mine->confusion, theirs->confusion);
        int total = 0;
        for (int size : mine->clusterSizes) total += size;
        QCOMPARE(total, m_run.data.rows());
    }
}

void TestModelApplication::handComputedTwoColumnModel() {
    // Raw (3, 9) scales to (1, 2); raw (1, 1) to (0, 0).
    Eigen::MatrixXd raw(2, 2);
    raw << 3, 9, 1, 1;
    const ModelApplication applied = applyModel(handModel(), table({"a", "b"}, raw));
    // PCA: (x' - (1, 1)) . (0.6, 0.8) = 0.8 and -1.4.
    LL_COMPARE_ABS(applied.space("pca").embedding(0, 0), 0.8, 1e-15);
    LL_COMPARE_ABS(applied.space("pca").embedding(1, 0), -1.4, 1e-15);
    // Back-projection (1.48, 1.64) and (0.16, -0.12): squared errors 0.36 + 0.04 over 4 cells.
    LL_COMPARE_REL(applied.space("pca").metrics.reconstructionMse, 0.1, 1e-12);
    QCOMPARE(applied.space("pca").clusters, (std::vector<int>{0, 1}));
    LL_COMPARE_REL(applied.space("pca").metrics.inertia, 0.04 + 0.16, 1e-12);
    QCOMPARE(applied.space("pca").clusterSizes, (std::vector<int>{1, 1}));
    // Autoencoder: z = 3 and 0; decoded (1.5, 1.5) and (0, 0): errors 0.25 + 0.25 over 4.
    LL_COMPARE_ABS(applied.space("autoencoder").embedding(0, 0), 3.0, 1e-15);
    LL_COMPARE_ABS(applied.space("autoencoder").embedding(1, 0), 0.0, 1e-15);
    LL_COMPARE_REL(applied.space("autoencoder").metrics.reconstructionMse, 0.125, 1e-12);
    QCOMPARE(applied.space("autoencoder").clusters, (std::vector<int>{1, 0}));
    LL_COMPARE_REL(applied.space("autoencoder").metrics.inertia, 0.25 + 0.25, 1e-12);
    // TSS of {3, 0} is 4.5.
    LL_COMPARE_REL(applied.space("autoencoder").metrics.inertiaOverTss, 0.5 / 4.5, 1e-12);
}

void TestModelApplication::reorderedColumnsAreMatchedByName() {
    Eigen::MatrixXd swapped(2, 2);
    swapped << 9, 3, 1, 1;
    const ModelApplication applied = applyModel(handModel(), table({"b", "a"}, swapped));
    QVERIFY(applied.columns.reordered);
    QCOMPARE(applied.data.columnNames, (std::vector<std::string>{"a", "b"}));
    LL_COMPARE_ABS(applied.space("pca").embedding(0, 0), 0.8, 1e-15);
    QVERIFY(applied.columns.describe().find("reordered") != std::string::npos);

    // The same on the blobs run: a reversed table gives the run's embedding.
    Dataset reversed = m_run.data;
    reversed.features = m_run.data.features.rowwise().reverse();
    std::reverse(reversed.columnNames.begin(), reversed.columnNames.end());
    const ModelApplication blobs = applyModel(FittedModel::fromResult(m_run), reversed);
    QVERIFY((blobs.space("autoencoder").embedding - m_run.space("autoencoder").embedding)
                .cwiseAbs()
                .maxCoeff() <= 1e-12);
}

void TestModelApplication::mismatchedColumnsAreRefusedByName() {
    std::vector<std::string> columns = m_run.data.columnNames;  // X1..X10
    columns[2] = "Y3";
    columns.push_back("extra");
    Dataset input = m_run.data;
    input.columnNames = columns;
    input.features.conservativeResize(Eigen::NoChange, 11);
    input.features.col(10).setZero();
    try {
        applyModel(FittedModel::fromResult(m_run), input);
        QFAIL("a column mismatch was accepted");
    } catch (const ColumnMismatch& error) {
        const QString message = error.what();
        QVERIFY2(message.contains("1 missing ('X3')"), qPrintable(message));
        QVERIFY2(message.contains("2 unexpected ('Y3', 'extra')"), qPrintable(message));
        QVERIFY2(message.contains("10 columns"), qPrintable(message));
    }
    // Fewer columns, nothing unexpected.
    Eigen::MatrixXd one(1, 1);
    one << 2.0;
    QVERIFY_THROWS_EXCEPTION(ColumnMismatch, applyModel(handModel(), table({"a"}, one)));
    const ColumnMatch match = matchColumns({"a", "b"}, {"a"});
    QCOMPARE(match.missing, (std::vector<std::string>{"b"}));
    QVERIFY(match.unexpected.empty());
    QCOMPARE(match.inputIndex, (std::vector<int>{0, -1}));
}

void TestModelApplication::longListsAreShortened() {
    std::vector<std::string> model, input;
    for (int i = 1; i <= 8; ++i) model.push_back("g" + std::to_string(i));
    const ColumnMatch match = matchColumns(model, input);
    const std::string text = match.describe();
    QVERIFY2(text.find("8 missing ('g1', 'g2', 'g3', 'g4', 'g5', and 3 more)") != std::string::npos,
             text.c_str());
}

void TestModelApplication::repeatedColumnIsRefused() {
    const ColumnMatch match = matchColumns({"a", "b"}, {"a", "b", "a"});
    QVERIFY(!match.ok());
    QCOMPARE(match.unexpected, (std::vector<std::string>{"a (again)"}));
}

void TestModelApplication::nonFiniteCellIsRefused() {
    Eigen::MatrixXd raw(2, 2);
    raw << 3, 9, 1, std::nan("");
    try {
        applyModel(handModel(), table({"a", "b"}, raw));
        QFAIL("a NaN cell was accepted");
    } catch (const DataError& error) {
        QCOMPARE(QString(error.what()), QString("row 2, column 'b': value is not a finite number"));
    }
}

void TestModelApplication::unlabelledDataHasNoAriOrConfusion() {
    Dataset unlabelled = subset(m_run.data, 0, 50);
    unlabelled.labels.clear();
    unlabelled.labelNames.clear();
    const ModelApplication applied = applyModel(FittedModel::fromResult(m_run), unlabelled);
    QVERIFY(std::isnan(applied.space("pca").metrics.ari));
    QVERIFY(std::isnan(applied.space("autoencoder").metrics.nmi));
    QCOMPARE(applied.space("pca").confusion.size(), Eigen::Index(0));
    QVERIFY(std::isfinite(applied.space("pca").metrics.silhouetteLatent));
    // A subset's rows land where the full run put them.
    for (Eigen::Index r = 0; r < 50; ++r)
        QCOMPARE(applied.space("pca").clusters[std::size_t(r)],
                 m_run.space("pca").clustering.labels[std::size_t(r)]);
}

void TestModelApplication::incompleteResultIsRefused() {
    QVERIFY_THROWS_EXCEPTION(DataError, FittedModel::fromResult(Result()));
}

QTEST_APPLESS_MAIN(TestModelApplication)
#include "tst_modelapplication.moc"
