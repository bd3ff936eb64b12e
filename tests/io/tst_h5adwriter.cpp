// H5adWriter: the file it writes is read back by anndata itself (Debian's python3-anndata),
// which prints what it found; obs names, categoricals (a missing value included), obsm
// matrices and the uns string must be what was written. Skipped when anndata is missing.
#include "H5adWriter.h"
#include "IoErrors.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using latentlab::io::H5adWriter;
using latentlab::io::WriteError;

namespace {

const char* kReadBack = R"(
import json, sys
import anndata
a = anndata.read_h5ad(sys.argv[1])
out = {"n_obs": a.n_obs, "n_vars": a.n_vars, "X": a.X is None,
       "obs_names": list(a.obs_names), "columns": list(a.obs.columns),
       "obsm": {k: a.obsm[k].tolist() for k in a.obsm},
       "uns": {k: str(v) for k, v in a.uns.items()}}
for c in a.obs.columns:
    s = a.obs[c]
    out["cat_" + c] = {"categories": [str(x) for x in s.cat.categories],
                       "values": ["" if v != v else str(v) for v in s.astype(object)]}
print(json.dumps(out))
)";

QStringList texts(const QJsonValue& array) {
    QStringList list;
    for (const QJsonValue& v : array.toArray()) list << v.toString();
    return list;
}

}  // namespace

class TestH5adWriter : public QObject {
    Q_OBJECT
private slots:
    void anndataReadsItBack();
    void sameResultSameBytes();
    void unwritablePath();
    void sizesMustMatch();
};

void TestH5adWriter::anndataReadsItBack() {
    if (!testdata::anndataAvailable()) QSKIP("python3-anndata is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath("embeddings.h5ad");
    H5adWriter writer({"cell-1", "cell-2", "cell-3", "cell-4"});
    writer.addCategorical("label", {"T", "", "B", "T"});
    writer.addCategorical("kmeans_pca", {"10", "2", "0", "2"});
    Eigen::MatrixXd pca(4, 2);
    pca << 0.5, -1.25, 1e-300, 3, -7, 0.1, 2, 1.0 / 3.0;
    writer.addObsm("X_pca", pca);
    writer.addObsm("X_autoencoder", Eigen::MatrixXd::Constant(4, 3, 0.75));
    const std::string config = "{\n  \"seed\": 42,\n  \"name\": \"caf\xC3\xA9\"\n}";
    writer.addUnsString("latentlab_config", config);
    writer.write(path);

    QProcess python;
    python.start("/usr/bin/python3", {"-c", kReadBack, path});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject back = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(back.value("n_obs").toInt(), 4);
    QCOMPARE(back.value("n_vars").toInt(), 0);
    QCOMPARE(back.value("X").toBool(), true);
    QCOMPARE(texts(back.value("obs_names")), QStringList({"cell-1", "cell-2", "cell-3", "cell-4"}));
    QCOMPARE(texts(back.value("columns")), QStringList({"label", "kmeans_pca"}));
    const QJsonObject label = back.value("cat_label").toObject();
    QCOMPARE(texts(label.value("categories")), QStringList({"B", "T"}));
    QCOMPARE(texts(label.value("values")), QStringList({"T", "", "B", "T"}));
    const QJsonObject kmeans = back.value("cat_kmeans_pca").toObject();
    QCOMPARE(texts(kmeans.value("categories")), QStringList({"0", "2", "10"}));
    QCOMPARE(texts(kmeans.value("values")), QStringList({"10", "2", "0", "2"}));
    const QJsonArray rows = back.value("obsm").toObject().value("X_pca").toArray();
    QCOMPARE(rows.size(), 4);
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 2; ++c) QCOMPARE(rows.at(r).toArray().at(c).toDouble(), pca(r, c));
    QCOMPARE(back.value("obsm").toObject().value("X_autoencoder").toArray().at(3).toArray().size(),
             3);
    QCOMPARE(back.value("uns").toObject().value("latentlab_config").toString(),
             QString::fromStdString(config));
}

void TestH5adWriter::sameResultSameBytes() {
    // HDF5 stamps objects with their creation time unless told not to; a run folder written
    // twice (Export all, then the CLI) must not differ for that.
    QTemporaryDir dir;
    const auto writeTo = [](const QString& path) {
        H5adWriter writer({"a", "b"});
        writer.addCategorical("label", {"x", "y"});
        writer.addObsm("X_pca", Eigen::MatrixXd::Identity(2, 2));
        writer.addUnsString("latentlab_config", "{}");
        writer.write(path);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray first = writeTo(dir.filePath("first.h5ad"));
    QTest::qSleep(1100);  // object times have a resolution of one second
    const QByteArray second = writeTo(dir.filePath("second.h5ad"));
    QVERIFY(!first.isEmpty());
    QVERIFY(first == second);
}

void TestH5adWriter::unwritablePath() {
    QTemporaryDir dir;
    const QString path = dir.filePath("missing/embeddings.h5ad");
    try {
        H5adWriter({"a"}).write(path);
        QFAIL("no error");
    } catch (const WriteError& error) {
        const QString what = error.what();
        QVERIFY2(what.startsWith("cannot write '" + path + "': "), qPrintable(what));
        QVERIFY2(!what.contains('\n'), qPrintable(what));
    }
    QVERIFY(!QFile::exists(path));
}

void TestH5adWriter::sizesMustMatch() {
    H5adWriter writer({"a", "b"});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.addCategorical("label", {"x"}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.addObsm("X_pca", Eigen::MatrixXd(3, 2)));
}

QTEST_GUILESS_MAIN(TestH5adWriter)
#include "tst_h5adwriter.moc"
