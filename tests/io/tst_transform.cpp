// Reading a table to apply a saved model to: the training table's dialect (transpose, row
// names, log1p) is applied to the new file too; a label or ignored column the new file does
// not have is dropped from the options instead of failing; and the transform folder writes
// row names, labels and clusters in the run folder's layout.
#include "CsvTokenizer.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "ModelApplication.h"
#include "TestData.h"
#include "TransformFolder.h"
#include "TransformInput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>

namespace io = latentlab::io;
using namespace latentlab;

class TestTransformIo : public QObject {
    Q_OBJECT
private slots:
    void transposedLog1pDialectIsApplied();
    void absentLabelAndIgnoredColumnsAreDropped();
    void presentLabelColumnIsUsed();
    void folderKeepsRowNamesLabelsAndClusters();

private:
    QString write(const QString& name, const QByteArray& text) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) file.write(text);
        return path;
    }

    QTemporaryDir m_dir;
};

void TestTransformIo::transposedLog1pDialectIsApplied() {
    DataConfig training;
    training.source = DataSource::Csv;
    training.path = "/elsewhere/training.tsv";
    training.transpose = true;
    training.rowNames = true;
    training.log1p = true;
    training.ignoreColumns = {"ctrl"};
    // Genes as rows, samples as columns; the control gene the training table had is gone
    // and the genes come in another order.
    const QString path = write("new.tsv", "gene\tn1\tn2\ng2\t3\t0\ng1\t1\t7\n");
    const Dataset data = io::readTransformInput(training, path);
    QCOMPARE(data.columnNames, (std::vector<std::string>{"g2", "g1"}));
    QCOMPARE(data.rowNames, (std::vector<std::string>{"n1", "n2"}));
    QVERIFY(!data.hasLabels());
    LL_COMPARE_REL(data.features(0, 0), std::log(4.0), 1e-15);  // n1, g2: log(1 + 3)
    LL_COMPARE_REL(data.features(0, 1), std::log(2.0), 1e-15);  // n1, g1: log(1 + 1)
    QCOMPARE(data.features(1, 0), 0.0);                         // n2, g2: log(1 + 0)
    LL_COMPARE_REL(data.features(1, 1), std::log(8.0), 1e-15);  // n2, g1: log(1 + 7)
}

void TestTransformIo::absentLabelAndIgnoredColumnsAreDropped() {
    DataConfig training;
    training.labelColumn = "species";
    training.ignoreColumns = {"id", "batch"};
    const QString path = write("unlabelled.csv", "batch,x,y\nb1,1,2\nb2,3,4\n");
    const DataConfig dialect = io::transformDialect(training, path);
    QCOMPARE(dialect.path, path.toStdString());
    QCOMPARE(dialect.source, DataSource::Csv);
    QCOMPARE(dialect.ignoreColumns, (std::vector<std::string>{"batch"}));
    const Dataset data = io::readTransformInput(training, path);
    QVERIFY(!data.hasLabels());
    QCOMPARE(data.columnNames, (std::vector<std::string>{"x", "y"}));
    QCOMPARE(data.features(1, 1), 4.0);
}

void TestTransformIo::presentLabelColumnIsUsed() {
    DataConfig training;
    training.labelColumn = "species";
    const QString path = write("labelled.csv", "x,Species,y\n1,a,2\n3,b,4\n5,a,6\n");
    const Dataset data = io::readTransformInput(training, path);
    QVERIFY(data.hasLabels());
    QCOMPARE(data.labels, (std::vector<int>{0, 1, 0}));
    QCOMPARE(data.columnNames, (std::vector<std::string>{"x", "y"}));
    // A bad cell is still the file's error, with its place.
    const QString bad = write("bad.csv", "x,species,y\n1,a,2\n3,b,oops\n");
    try {
        io::readTransformInput(training, bad);
        QFAIL("a non-numeric cell was accepted");
    } catch (const io::ReadError& error) {
        const QString message = error.what();
        QVERIFY2(message.contains("line 3") && message.contains("'y'") && message.contains("oops"),
                 qPrintable(message));
    }
}

void TestTransformIo::folderKeepsRowNamesLabelsAndClusters() {
    ModelApplication applied;
    applied.data.columnNames = {"a", "b"};
    applied.data.features = Eigen::MatrixXd::Zero(2, 2);
    applied.data.rowNames = {"s,1", "s2"};
    applied.data.labels = {1, 0};
    applied.data.labelNames = {"ctl", "case"};
    applied.data.labelColumn = "group";
    applied.columns = matchColumns({"a", "b"}, {"b", "a"});
    applied.spaces.resize(2);
    applied.spaces[0].method = "pca";
    applied.spaces[1].method = "autoencoder";
    applied.withoutTransform = {"tsne"};
    for (AppliedSpace* space : {&applied.spaces[0], &applied.spaces[1]}) {
        space->embedding.resize(2, 2);
        space->embedding << 0.5, -1, 2, 0.25;
        space->clusters = {1, 0};
        space->clusterSizes = {1, 1};
        space->silhouetteLatent = Eigen::Vector2d(0.75, std::nan(""));
    }
    applied.spaces[0].metrics.ari = 1.0;
    const QString out = m_dir.filePath("out");
    io::TransformFolder(out).write(applied, {"session", "m.latentlab", "new.csv"});

    QFile file(QDir(out).filePath("embedding_pca.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("row_name,z1,z2,label,cluster,silhouette\n"
                                        "\"s,1\",0.5,-1,case,1,0.75\n"
                                        "s2,2,0.25,ctl,0,\n"));
    const QJsonObject summary = io::readJsonObject(QDir(out).filePath("transform.json"));
    QCOMPARE(summary["columns"]["status"].toString(), QString("reordered"));
    QCOMPARE(summary["input"]["rows"].toInt(), 2);
    QCOMPARE(summary["input"]["label_column"].toString(), QString("group"));
    QCOMPARE(summary["input"]["row_names"].toBool(), true);
    QCOMPARE(summary["model"]["k"].toInt(), 2);
    QCOMPARE(summary["pca"]["metrics"]["ari"].toDouble(), 1.0);
    QVERIFY(summary["autoencoder"]["metrics"]["ari"].isNull());
    QVERIFY(!summary["pca"]["metrics"].toObject().contains("trustworthiness"));
    QCOMPARE(summary["methods"].toArray(), (QJsonArray{"pca", "autoencoder"}));
    // What the saved run could not map is said, not silently dropped.
    QCOMPARE(summary["without_transform"].toArray(), QJsonArray{"tsne"});
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
}

QTEST_GUILESS_MAIN(TestTransformIo)
#include "tst_transform.moc"
