// latentlab-cli on expression inputs: a 10x folder (the genomics recipe case's counts, written
// by scipy) through the recipe, writing genes.csv and an embeddings.h5ad that anndata reads
// back with X_pca equal to embedding_pca.csv; the counts source; a --labels file.
#include "CliProcess.h"
#include "JsonFile.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace io = latentlab::io;

namespace {

QStringList quick() {
    return {"--set", "autoencoder.epochs=3",      "--set", "data.log1p=true",
            "--set", "data.normalize_total=10000"};
}

/// anndata's view of the file: "obs NAMES", "obs_names a,b,...", then X_pca's rows.
QStringList anndataDump(const QString& path) {
    const char* script = R"(
import sys, anndata
a = anndata.read_h5ad(sys.argv[1])
print("obs " + ",".join(a.obs.columns))
print("obs_names " + ",".join(a.obs_names))
print("shape %d %d" % a.obsm["X_pca"].shape)
for row in a.obsm["X_pca"]:
    print(",".join(repr(float(v)) for v in row))
)";
    QProcess python;
    python.start("/usr/bin/python3", {"-c", script, path});
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        return {"python failed: " + QString::fromUtf8(python.readAllStandardError())};
    return QString::fromUtf8(python.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
}

QStringList fileLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

}  // namespace

class TestCliExpression : public QObject {
    Q_OBJECT
private slots:
    void tenxFolderWritesGenesAndEmbeddings();
    void countsSourceIsLabelled();
    void labelsFileMissingRowsExitTwo();

private:
    QTemporaryDir m_dir;
};

void TestCliExpression::tenxFolderWritesGenesAndEmbeddings() {
    const QString out = m_dir.filePath("tenx");
    const CliRun run = runCli(QStringList{"run", "--input", testdata::path("genomics/recipe/tenx"),
                                          "--out", out, "--set", "data.min_genes=180", "--set",
                                          "data.min_cells=3", "--set", "data.top_genes=300",
                                          "--set", "kmeans.k=4", "--set", "pca.components=3"} +
                              quick());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QVERIFY2(run.out.contains("300 cells \u2192 224 kept; 1,200 genes \u2192 944 \u2192 "),
             qPrintable(run.out));
    QVERIFY(run.errLines.last().contains("genes.csv") &&
            run.errLines.last().contains("embeddings.h5ad"));

    const QStringList genes = fileLines(QDir(out).filePath("genes.csv"));
    QCOMPARE(genes.size(), 945);
    QCOMPARE(genes.front(),
             QString("gene,gene_id,means,dispersions,dispersions_norm,variances,highly_variable"));
    QVERIFY2(genes[1].startsWith("GENE00000,ID00000,"), qPrintable(genes[1]));

    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    const QJsonObject pre = metrics["preprocessing"].toObject();
    QCOMPARE(pre["cells_in"].toInt(), 300);
    QCOMPARE(pre["cells_kept"].toInt(), 224);
    QCOMPARE(pre["genes_kept"].toInt(), 944);
    QCOMPARE(pre["genes_selected"].toInt(), metrics["columns"].toInt());

    if (!testdata::anndataAvailable()) QSKIP("python3-anndata is not installed");
    const QStringList dump = anndataDump(QDir(out).filePath("embeddings.h5ad"));
    QVERIFY2(dump.size() == 3 + 224, qPrintable(dump.join('\n').left(2000)));
    QCOMPARE(dump[0], QString("obs kmeans_pca,kmeans_autoencoder"));
    QCOMPARE(dump[2], QString("shape 224 3"));
    const QStringList pca = fileLines(QDir(out).filePath("embedding_pca.csv"));
    QCOMPARE(pca.size(), 225);
    QCOMPARE(pca[0], QString("row_name,z1,z2,z3,label,cluster,silhouette"));
    QStringList names;
    for (int r = 0; r < 224; ++r) {
        const QStringList csv = pca[r + 1].split(',');
        names << csv[0];
        const QStringList h5 = dump[3 + r].split(',');
        for (int c = 0; c < 3; ++c) QCOMPARE(h5[c].toDouble(), csv[c + 1].toDouble());
    }
    QCOMPARE(dump[1], "obs_names " + names.join(','));
}

void TestCliExpression::countsSourceIsLabelled() {
    const QString out = m_dir.filePath("counts");
    const CliRun run =
        runCli(QStringList{"run", "--out", out, "--set", "data.source=counts", "--set",
                           "data.counts.cells=300", "--set", "data.counts.genes=400", "--set",
                           "data.counts.types=3", "--set", "data.top_genes=100", "--set",
                           "data.clip=3", "--set", "data.scaling=zscore"} +
               quick());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["n"].toInt(), 300);
    QCOMPARE(metrics["preprocessing"]["genes_in"].toInt(), 400);
    QVERIFY(metrics["pca"]["ari"].isDouble());  // labelled by cell_type
    const QJsonObject config = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(config["data"]["counts"]["cells"].toInt(), 300);
    QVERIFY(QFile::exists(QDir(out).filePath("genes.csv")));
    if (!testdata::anndataAvailable()) QSKIP("python3-anndata is not installed");
    const QStringList dump = anndataDump(QDir(out).filePath("embeddings.h5ad"));
    QVERIFY2(!dump.isEmpty(), "no output");
    QCOMPARE(dump[0], QString("obs label,kmeans_pca,kmeans_autoencoder"));
}

void TestCliExpression::labelsFileMissingRowsExitTwo() {
    const QString labels = testdata::path("expression/labels_partial.tsv");
    const QStringList base{"run",
                           "--input",
                           testdata::path("expression/tenx_v3"),
                           "--labels",
                           labels,
                           "--out",
                           m_dir.filePath("labels"),
                           "--set",
                           "kmeans.k=2"};
    const CliRun failed = runCli(base + quick());
    QCOMPARE(failed.exitCode, 2);
    QCOMPARE(failed.errLines.size(), 1);
    QVERIFY2(failed.errLines[0].startsWith("latentlab-cli: error: ") &&
                 failed.errLines[0].contains("4 of the data's 6 rows have no label"),
             qPrintable(failed.errLines[0]));
    const CliRun dropped = runCli(base + quick() + QStringList{"--set", "data.missing=drop"});
    QVERIFY2(dropped.exitCode == 0, qPrintable(commandFailure(dropped)));
    const QJsonObject metrics =
        io::readJsonObject(QDir(m_dir.filePath("labels")).filePath("metrics.json"));
    QCOMPARE(metrics["n"].toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCliExpression)
#include "tst_cli_expression.moc"
