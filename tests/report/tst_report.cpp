// The supervisor report end to end on a real (small) run: the PDF's own text, read back with
// pdftotext, holds the metric values of both methods, the seeds, the versions and a page
// number on every page; sweep and repeats add their sections; the HTML is one file whose
// images are all inline PNGs; bad paths give a WriteError naming the path.
#include "DatasetLoader.h"
#include "ExpressionSummary.h"
#include "IoErrors.h"
#include "Report.h"
#include "ReportContent.h"
#include "ReportTestRun.h"
#include "TestData.h"

#include <unistd.h>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace latentlab;
using reporttest::fourSignificant;

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfTextHoldsMetricsSeedsAndVersions();
    void everyPageIsNumbered();
    void sweepAndRepeatsAddTheirSections();
    void htmlIsOneSelfContainedFile();
    void unlabelledDataSayWhatIsMissing();
    void expressionRunListsItsPreprocessing();
    void lossAxisFollowsTheChoice();
    void verdictFollowsTheNumbers();
    void everyMethodGetsItsPlotRowsAndClause();
    void verdictOverRepeatsWeighsTheInterval();
    void unknownSuffixIsAWriteError();
    void unwritablePlacesAreWriteErrors();
    void readOnlyFolderIsAWriteError();

private:
    QString write(const report::ReportInput& input, const QString& name);
    QString pdfText(const QString& path);

    QTemporaryDir m_dir;
    Result m_result;
    KSweep m_sweep;
    RepeatsResult m_repeats;
};

void TestReport::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_result = runPipeline(reporttest::smallConfig());
    m_sweep = sweepK(m_result, 2, 6);
    m_repeats = runRepeats(reporttest::smallConfig(), 3, nullptr);
}

QString TestReport::write(const report::ReportInput& input, const QString& name) {
    const QString path = m_dir.filePath(name);
    report::writeReport(input, path);
    return path;
}

QString TestReport::pdfText(const QString& path) {
    const QString text = reporttest::pdfText(path);
    if (text.isNull()) qWarning("pdftotext is missing (packaging/install-build-deps.sh)");
    return text;
}

void TestReport::pdfTextHoldsMetricsSeedsAndVersions() {
    const QString path = write({m_result}, QStringLiteral("single.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(path);
    if (text.isNull()) QSKIP("pdftotext not installed");

    for (const auto* space : {&m_result.space("pca"), &m_result.space("autoencoder")}) {
        const MethodMetrics& m = space->metrics;
        for (double value : {m.ari, m.silhouetteInput, m.silhouetteLatent, m.reconstructionMse,
                             m.nmi, m.inertiaOverTss}) {
            QVERIFY2(std::abs(value) >= 1e-3 && std::abs(value) < 1e4,
                     "the 4-significant-digit rule covers this value");
            QVERIFY2(text.contains(fourSignificant(value)),
                     qPrintable(fourSignificant(value) + " is not in the PDF's text"));
        }
    }
    // One row per seed, with the run's value.
    for (const char* seed : {"data.seed", "autoencoder.seed", "kmeans.seed", "metrics.seed"}) {
        const QRegularExpression row(QRegularExpression::escape(seed) + "\\s+42\\s");
        QVERIFY2(text.contains(row), seed);
    }
    QVERIFY(text.contains(QStringLiteral("Qt %1").arg(qVersion())) ||
            text.contains(QRegularExpression(
                QStringLiteral("Qt\\s+%1").arg(QRegularExpression::escape(qVersion())))));
    QVERIFY(text.contains(QStringLiteral("LatentLab " LATENTLAB_VERSION)));
    QVERIFY(text.contains(QStringLiteral("%1.%2.%3")
                              .arg(EIGEN_WORLD_VERSION)
                              .arg(EIGEN_MAJOR_VERSION)
                              .arg(EIGEN_MINOR_VERSION)));
    // Sections that need a sweep or repeats are absent without them.
    QVERIFY(!text.contains(QStringLiteral("k sweep")));
    QVERIFY(!text.contains(QStringLiteral("Repeats:")));
}

void TestReport::everyPageIsNumbered() {
    const QString path = write({m_result, &m_sweep, &m_repeats}, QStringLiteral("paged.pdf"));
    const QString text = pdfText(path);
    if (text.isNull()) QSKIP("pdftotext not installed");
    QStringList pages = text.split(QChar('\f'));
    if (pages.last().trimmed().isEmpty()) pages.removeLast();
    QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
    for (int i = 0; i < pages.size(); ++i) {
        const QString number = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        QVERIFY2(pages[i].contains(number), qPrintable(number));
    }
}

void TestReport::sweepAndRepeatsAddTheirSections() {
    const QString path = write({m_repeats.last, &m_sweep, &m_repeats}, QStringLiteral("full.pdf"));
    const QString text = pdfText(path);
    if (text.isNull()) QSKIP("pdftotext not installed");
    QVERIFY(text.contains(QStringLiteral("k sweep")));
    QVERIFY(text.contains(QStringLiteral("Repeats: 3 seeds")));
    // The sweep table's row for k = 4 in both spaces.
    for (const auto* line : {&m_sweep.of("pca"), &m_sweep.of("autoencoder")}) {
        const KSweepPoint& k4 = (*line)[2];
        QCOMPARE(k4.k, 4);
        QVERIFY(text.contains(fourSignificant(k4.silhouette)));
        QVERIFY(text.contains(fourSignificant(k4.inertiaOverTss)));
    }
    // Repeats: mean ± sd of the ARI, recomputed here from the per-run values.
    const std::vector<MethodMetrics> pcaRuns = m_repeats.of("pca");
    const std::vector<MethodMetrics> aeRuns = m_repeats.of("autoencoder");
    for (const auto* runs : {&pcaRuns, &aeRuns}) {
        double sum = 0.0;
        for (const MethodMetrics& m : *runs) sum += m.ari;
        const double mean = sum / double(runs->size());
        double squares = 0.0;
        for (const MethodMetrics& m : *runs) squares += (m.ari - mean) * (m.ari - mean);
        const double sd = std::sqrt(squares / double(runs->size() - 1));
        const QString expected =
            fourSignificant(mean) + QStringLiteral(" \u00b1 ") + fourSignificant(sd);
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // Repeat r moves every seed on by r: the seeds table shows the range from the given ones.
    QVERIFY(
        text.contains(QRegularExpression(QStringLiteral("autoencoder\\.seed\\s+42 \u2026 44"))));
}

void TestReport::htmlIsOneSelfContainedFile() {
    const QString path = write({m_result, &m_sweep, nullptr}, QStringLiteral("report.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    for (const char* external : {"src=\"http", "href=\"http", "file:", "url(", "<script", "<link"})
        QVERIFY2(!html.contains(QLatin1String(external), Qt::CaseInsensitive), external);

    const QRegularExpression img(QStringLiteral("<img [^>]*src=\"([^\"]*)\""));
    int images = 0;
    for (auto match = img.globalMatch(html); match.hasNext(); ++images) {
        const QString source = match.next().captured(1);
        QVERIFY2(source.startsWith(QStringLiteral("data:image/png;base64,")),
                 qPrintable(source.left(40)));
        const QByteArray png = QByteArray::fromBase64(source.mid(22).toLatin1());
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() >= 400 && image.height() >= 150);
    }
    QCOMPARE(html.count(QStringLiteral("<img ")), images);
    QCOMPARE(images, 5);  // loss, two scatters, two sweep charts

    for (double value :
         {m_result.space("pca").metrics.ari, m_result.space("autoencoder").metrics.ari,
          m_result.space("pca").metrics.silhouetteInput,
          m_result.space("autoencoder").metrics.silhouetteInput})
        QVERIFY2(html.contains(fourSignificant(value)), qPrintable(fourSignificant(value)));
}

void TestReport::unlabelledDataSayWhatIsMissing() {
    Dataset data = runPipeline(reporttest::smallConfig()).data;
    data.labels.clear();
    data.labelNames.clear();
    Config config = reporttest::smallConfig();
    config.kmeans.k = 4;
    const Result unlabelled = runPipeline(config, data);
    const QString path = write({unlabelled}, QStringLiteral("unlabelled.pdf"));
    const QString text = pdfText(path);
    if (text.isNull()) QSKIP("pdftotext not installed");
    QVERIFY(text.contains(QStringLiteral("no true labels")));
    // What the scatter colours (the caption may wrap between the two words).
    QVERIFY(text.simplified().contains(QStringLiteral("cluster (the data have no labels)")));
    QVERIFY(!text.contains(QStringLiteral("label \\ cluster")));  // no confusion matrix
    QVERIFY(
        text.contains(fourSignificant(unlabelled.space("autoencoder").metrics.silhouetteInput)));
}

void TestReport::expressionRunListsItsPreprocessing() {
    // Simulated counts through the recipe; the counts left after each step are the recipe's
    // own (checked against scanpy's in tst_expressionrecipe), so the report must show them.
    Config config = reporttest::smallConfig();
    config.data.source = DataSource::Counts;
    config.data.counts.cells = 300;
    config.data.counts.genes = 400;
    config.data.counts.types = 3;
    config.data.minGenes = 150;
    config.data.minCells = 3;
    config.data.normalizeTotal = 1e4;
    config.data.log1p = true;
    config.data.topGenes = 120;
    config.data.scaling = Scaling::ZScore;
    config.data.clip = 10;
    config.autoencoder.epochs = 2;
    const Dataset data = io::loadDataset(config.data);
    QVERIFY(data.expression);
    const PreprocessingCounts& n = data.expression->counts;
    QVERIFY(n.cellsKept < n.cellsIn || n.genesKept < n.genesIn);  // the filters did something
    const Result result = runPipeline(config, data);
    const QString text = pdfText(write({result}, QStringLiteral("expression.pdf")));
    if (text.isNull()) QSKIP("pdftotext not installed");
    QVERIFY(text.contains(QStringLiteral("Preprocessing")));
    const QLocale english(QLocale::English);
    // pdftotext -layout: a table row is its cells on one line, any run of spaces between.
    const auto row = [&](const QString& step, const QString& setting, const QString& left) {
        QStringList words;
        for (const QString& cell : {step, setting, left})
            for (const QString& word : cell.split(' ', Qt::SkipEmptyParts))
                words << QRegularExpression::escape(word);
        return text.contains(QRegularExpression(words.join(QStringLiteral("\\s+"))));
    };
    QVERIFY(row("Read", "", QStringLiteral("300 cells \u00d7 400 genes")));
    QVERIFY(row("Filter cells", QStringLiteral("\u2265 150 genes"),
                english.toString(n.cellsKept) + " cells"));
    QVERIFY(row("Filter genes", QStringLiteral("in \u2265 3 cells"),
                english.toString(n.genesKept) + " genes"));
    QVERIFY(row("Normalise", "10,000 counts per cell", ""));
    QVERIFY(row("Select genes", "120 most variable (seurat)", "120 genes"));
    QVERIFY(row("Scale", QStringLiteral("zscore, clipped at \u00b110"), ""));
    // A plain table has no such section.
    QVERIFY(!pdfText(write({m_result}, QStringLiteral("plain.pdf"))).contains("Preprocessing"));
}

void TestReport::lossAxisFollowsTheChoice() {
    const QString log = pdfText(write(
        {m_result, nullptr, nullptr, QString(), report::LossAxis::Log}, QStringLiteral("log.pdf")));
    if (log.isNull()) QSKIP("pdftotext not installed");
    QVERIFY(log.contains(QStringLiteral("logarithmic scale")));
    const QString linear =
        pdfText(write({m_result, nullptr, nullptr, QString(), report::LossAxis::Linear},
                      QStringLiteral("linear.pdf")));
    QVERIFY(!linear.contains(QStringLiteral("logarithmic scale")));
}

void TestReport::verdictFollowsTheNumbers() {
    Result result;
    result.data.labels = {0, 1};
    result.data.labelNames = {"a", "b"};
    result.spaces.resize(2);
    result.spaces[0].method = "pca";
    result.spaces[1].method = "autoencoder";
    result.space("pca").metrics.ari = 0.2;
    result.space("autoencoder").metrics.ari = 0.8;
    result.space("pca").metrics.silhouetteInput = 0.3;
    result.space("autoencoder").metrics.silhouetteInput = 0.1;
    const QString text = report::verdictText({result});
    QVERIFY2(text.contains(QStringLiteral("the autoencoder scores better than PCA on the adjusted "
                                          "Rand index against the true labels (0.8000 vs 0.2000)"),
                           Qt::CaseInsensitive),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("the autoencoder scores worse than PCA on the silhouette "
                                          "of its clusters in the scaled input space (0.1000 vs "
                                          "0.3000")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("single seed")));
}

void TestReport::everyMethodGetsItsPlotRowsAndClause() {
    Config config = reporttest::smallConfig();
    config.methods = {"pca", "autoencoder", "umap", "tsne"};
    config.umap.epochs = 50;
    config.tsne.iterations = 250;
    const Result result = runPipeline(config);
    const QString text = pdfText(write({result}, QStringLiteral("four.pdf")));
    if (text.isNull()) QSKIP("pdftotext not installed");
    for (const char* title :
         {"PCA latent space", "Autoencoder latent space", "UMAP latent space", "t-SNE latent space",
          "UMAP \u2212 PCA", "t-SNE \u2212 PCA", "KL divergence", "umap.seed", "tsne.seed"})
        QVERIFY2(text.contains(QString::fromUtf8(title)), title);
    for (const SpaceResult& space : result.spaces)
        QVERIFY2(text.contains(fourSignificant(space.metrics.ari)), space.method.c_str());
    const QString verdict = report::verdictText({result});
    // A clause for each method against the baseline, whichever way it goes.
    for (const char* method : {"the autoencoder", "UMAP", "t-SNE"}) {
        const QRegularExpression clause(
            QStringLiteral("%1 (scores (better|worse) than|and) PCA").arg(method),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(verdict.contains(clause), method);
    }
    QVERIFY2(verdict.contains(QStringLiteral("UMAP (15 neighbours, min_dist 0.1)")),
             qPrintable(verdict));
}

void TestReport::verdictOverRepeatsWeighsTheInterval() {
    // Paired AE - PCA differences of ARI: 0.5, 0.6, 0.7 -> mean 0.6, sd 0.1, 95 % half-width
    // t(0.975, 2) * 0.1 / sqrt(3) = 4.3027 * 0.057735 = 0.2484: the interval excludes 0.
    // Silhouettes differ by +0.1, -0.1, 0 -> the interval holds 0.
    RepeatsResult repeats;
    const double pcaAri[] = {0.2, 0.2, 0.2}, aeAri[] = {0.7, 0.8, 0.9};
    const double pcaSil[] = {0.3, 0.3, 0.3}, aeSil[] = {0.4, 0.2, 0.3};
    for (int r = 0; r < 3; ++r) {
        MethodMetrics pca, ae;
        pca.ari = pcaAri[r];
        ae.ari = aeAri[r];
        pca.silhouetteInput = pcaSil[r];
        ae.silhouetteInput = aeSil[r];
        repeats.runs.push_back({pca, ae});
    }
    repeats.methods = {"pca", "autoencoder"};
    repeats.baseline = "pca";
    repeats.last.spaces.resize(2);
    repeats.last.spaces[0].method = "pca";
    repeats.last.spaces[1].method = "autoencoder";
    repeats.last.data.labels = {0, 1};
    repeats.last.data.labelNames = {"a", "b"};
    const QString text = report::verdictText({repeats.last, nullptr, &repeats});
    QVERIFY2(text.contains(QStringLiteral("Over 3 seeds")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("the autoencoder scores better than PCA on the adjusted "
                                          "Rand index against the true labels, beyond the "
                                          "seed-to-seed noise")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("+0.6000, 95 % interval +0.3516 to +0.8484")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("on the silhouette of its clusters in the scaled input "
                                          "space, the autoencoder and PCA cannot be told apart")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("single seed")));
}

void TestReport::unknownSuffixIsAWriteError() {
    const QString path = m_dir.filePath(QStringLiteral("report.doc"));
    try {
        report::writeReport({m_result}, path);
        QFAIL("no error for .doc");
    } catch (const io::WriteError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(path), error.what());
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral(".pdf or .html")),
                 error.what());
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY_THROWS_EXCEPTION(io::WriteError, report::checkReportPath(path));
    report::checkReportPath(m_dir.filePath(QStringLiteral("fine.PDF")));
    report::checkReportPath(m_dir.filePath(QStringLiteral("fine.htm")));
}

void TestReport::unwritablePlacesAreWriteErrors() {
    // Under a plain file (no folder can exist there, whoever runs the test) and in a folder
    // that does not exist.
    QFile plain(m_dir.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (const QString& path : {m_dir.filePath(QStringLiteral("plain/report.pdf")),
                                m_dir.filePath(QStringLiteral("missing/report.html"))}) {
        for (auto attempt : {0, 1}) {
            try {
                if (attempt == 0)
                    report::checkReportPath(path);
                else
                    report::writeReport({m_result}, path);
                QFAIL(qPrintable("no error for " + path));
            } catch (const io::WriteError& error) {
                QVERIFY2(QString::fromUtf8(error.what()).contains(path), error.what());
            }
        }
    }
}

void TestReport::readOnlyFolderIsAWriteError() {
    if (::geteuid() == 0) QSKIP("root writes into read-only folders");
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString path = QDir(folder).filePath(QStringLiteral("report.pdf"));
    try {
        report::writeReport({m_result}, path);
        QFAIL("no error in a read-only folder");
    } catch (const io::WriteError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(path), error.what());
    }
    QVERIFY_THROWS_EXCEPTION(io::WriteError, report::checkReportPath(path));
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
