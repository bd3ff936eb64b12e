// latentlab-cli with every method side by side: `--set methods=pca,autoencoder,umap,tsne`
// writes one embedding file, one metrics object and one table column per method, the
// difference of each to the baseline, and an embeddings.h5ad whose obsm anndata reads as
// X_pca, X_autoencoder, X_umap and X_tsne; Leiden clusters every space; a bad list is one
// clear error and exit code 2.
#include "CliProcess.h"
#include "CsvTokenizer.h"
#include "JsonFile.h"
#include "RunFolder.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace io = latentlab::io;

namespace {

std::size_t csvRows(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return 0;
    const QByteArray bytes = file.readAll();
    io::CsvTokenizer tokens(bytes, ',', path.toStdString());
    std::vector<std::string> fields;
    std::size_t rows = 0;
    while (tokens.next(fields)) ++rows;
    return rows;
}

QStringList fourMethods() {
    return quickBlobs() + QStringList{"--set", "methods=pca,autoencoder,umap,tsne",
                                      "--set", "umap.epochs=60",
                                      "--set", "tsne.iterations=300"};
}

/// anndata's view of embeddings.h5ad: obs columns, then "KEY ROWSxCOLS" per obsm entry.
QStringList anndataView(const QString& path) {
    const char* script = R"(
import sys, anndata
a = anndata.read_h5ad(sys.argv[1])
print(",".join(a.obs.columns))
for key in a.obsm:
    print(key, "%dx%d" % a.obsm[key].shape)
)";
    QProcess python;
    python.start("/usr/bin/python3", {"-c", script, path});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) return {};
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed().split('\n');
}

}  // namespace

class TestCliMethods : public QObject {
    Q_OBJECT
private slots:
    void fourMethodsSideBySide();
    void leidenClustersEverySpace();
    void badMethodsAreOneClearError_data();
    void badMethodsAreOneClearError();

private:
    QTemporaryDir m_dir;
};

void TestCliMethods::fourMethodsSideBySide() {
    const QString out = m_dir.filePath("four");
    const CliRun run = runCli(QStringList{"run", "--out", out} + fourMethods());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));

    const std::vector<std::string> methods{"pca", "autoencoder", "umap", "tsne"};
    QStringList files = QDir(out).entryList(QDir::Files);
    QStringList expected = io::RunFolder::fileNames(false, methods);
    files.sort();
    expected.sort();
    QCOMPARE(files, expected);
    for (const char* name : {"embedding_umap.csv", "embedding_tsne.csv", "embedding_ae.csv"})
        QCOMPARE(csvRows(QDir(out).filePath(name)), std::size_t(601));

    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["methods"].toArray(), (QJsonArray{"pca", "autoencoder", "umap", "tsne"}));
    for (const char* method : {"pca", "autoencoder", "umap", "tsne"}) {
        QVERIFY2(metrics[method]["ari"].isDouble(), method);
        QVERIFY2(metrics[method]["trustworthiness"].isDouble(), method);
        QVERIFY2(metrics["seconds"][method].isDouble(), method);
    }
    QVERIFY(metrics["tsne"]["kl_divergence"].isDouble());
    QVERIFY(!metrics["umap"].toObject().contains("kl_divergence"));
    LL_COMPARE_ABS(metrics["difference"]["umap"]["ari"].toDouble(),
                   metrics["umap"]["ari"].toDouble() - metrics["pca"]["ari"].toDouble(), 1e-12);
    // The blobs are well separated: the neighbour-graph methods find them.
    QVERIFY(metrics["umap"]["ari"].toDouble() > 0.9);

    for (const char* header : {"PCA", "Autoencoder", "UMAP", "t-SNE", "AE \u2212 PCA",
                               "UMAP \u2212 PCA", "t-SNE \u2212 PCA", "KL divergence"})
        QVERIFY2(run.out.contains(QString::fromUtf8(header)), header);
    QVERIFY(run.errLines.join('\n').contains("[umap]"));
    QVERIFY(run.errLines.join('\n').contains("[tsne] 600 x 2"));

    if (!testdata::anndataAvailable()) QSKIP("python3-anndata is not installed");
    const QStringList view = anndataView(QDir(out).filePath("embeddings.h5ad"));
    QVERIFY2(view.size() == 5, qPrintable(view.join('|')));
    QCOMPARE(view[0], QString("label,kmeans_pca,kmeans_autoencoder,kmeans_umap,kmeans_tsne"));
    QStringList obsm = view.mid(1);
    obsm.sort();
    QCOMPARE(obsm,
             (QStringList{"X_autoencoder 600x2", "X_pca 600x2", "X_tsne 600x2", "X_umap 600x2"}));
}

void TestCliMethods::leidenClustersEverySpace() {
    const QString out = m_dir.filePath("leiden");
    const CliRun run = runCli(QStringList{"run", "--out", out, "--set", "methods=pca,umap", "--set",
                                          "clustering.method=leiden", "--set", "umap.epochs=60",
                                          "--sweep-resolution", "0.5:1.5:0.5"} +
                              quickBlobs());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["clustering"].toString(), QString("leiden"));
    for (const char* method : {"pca", "umap"}) {
        const double modularity = metrics[method]["modularity"].toDouble(-1);
        QVERIFY2(modularity > 0.0 && modularity < 1.0, method);
        QVERIFY2(metrics[method]["clusters"].toDouble() >= 2, method);
    }
    QVERIFY(run.out.contains("Modularity"));
    QVERIFY(run.out.contains("Leiden at resolution 1"));
    // The resolution sweep: a row per resolution, the run's marked.
    QFile sweep(QDir(out).filePath("sweep_resolution.csv"));
    QVERIFY(sweep.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(sweep.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QString("resolution,pca_clusters,pca_modularity,pca_silhouette,pca_ari,"
                               "umap_clusters,umap_modularity,umap_silhouette,umap_ari,chosen"));
    QVERIFY(lines[2].startsWith("1,") && lines[2].endsWith(",1"));
    QVERIFY(lines[1].endsWith(",0"));
    const CliRun bad = runCli({"run", "--out", out, "--sweep-resolution", "0:1:0.1"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errLines.join('\n').contains("--sweep-resolution must be FIRST:LAST:STEP"),
             qPrintable(bad.errLines.join('\n')));
}

void TestCliMethods::badMethodsAreOneClearError_data() {
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown")
        << "methods=pca,isomap"
        << "methods: 'isomap' is not a method; use pca, autoencoder, umap, tsne";
    QTest::newRow("twice") << "methods=umap,umap"
                           << "methods names umap twice";
    QTest::newRow("baseline") << "compare.baseline=lda"
                              << "compare.baseline = 'lda' is out of range";
    QTest::newRow("umap") << "umap.min_dist=-1"
                          << "umap.min_dist";
    QTest::newRow("clustering") << "clustering.method=dbscan"
                                << "clustering.method must be one of kmeans, leiden";
}

void TestCliMethods::badMethodsAreOneClearError() {
    QFETCH(QString, setting);
    QFETCH(QString, message);
    const CliRun run = runCli(
        {"run", "--out", m_dir.filePath("bad"), "--set", setting, "--set", "data.samples=50"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines[0].contains(message), qPrintable(run.errLines[0]));
}

QTEST_GUILESS_MAIN(TestCliMethods)
#include "tst_cli_methods.moc"
