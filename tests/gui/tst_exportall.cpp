// Export all from the real window on the notebook's 30,000 rows: the GUI thread keeps ticking
// while it runs, every file is written and equal to what the direct path (ChartExport,
// io::RunFolder) writes, Cancel stops between files, a failure half-way is reported once and
// leaves the window usable, a full disk costs no previous file, and a run started during an
// export does not reach its files (once the charts are recorded it cannot; before, the export
// stops and says so). The training replay comes last, as animation.gif.
#include "ChartExport.h"
#include "ClustersTab.h"
#include "ConfusionMatrixView.h"
#include "DataTab.h"
#include "ExportController.h"
#include "FileSizeLimit.h"
#include "ImageDifference.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MetricsTableView.h"
#include "RunDisplay.h"
#include "RunFolder.h"
#include "Scatter3DView.h"
#include "ScatterView.h"
#include "SilhouettePlotView.h"
#include "StallProbe.h"
#include "TestMode.h"
#include "VarianceBarsView.h"
#include "WindowExport.h"
#include "WindowRun.h"

#include <sys/resource.h>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <csignal>
#include <memory>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int g_exportFailedWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;
void countExportFailures(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (type == QtWarningMsg && text.startsWith(QLatin1String("Export failed")))
        ++g_exportFailedWarnings;
    g_previousHandler(type, context, text);
}

}  // namespace

constexpr int kHangMs = 120000;  ///< GUI silence after which the probe's watchdog aborts
/// A generous bound for the test (the benchmark reports the figure against 100 ms); the
/// sanitizers' build runs everything several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kStallBoundMs = 1000;
#else
constexpr qint64 kStallBoundMs = 250;
#endif

class TestExportAll : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keepsTheWindowResponsive();
    void filesEqualTheDirectPath();
    void cancelStopsBetweenFiles();
    void failureIsReportedOnce();
    void fullDiskKeepsThePreviousFiles();
    void runAfterTheChartsAreDrawn();
    void runBeforeTheChartsAreDrawn();
    void keepsTheWindowResponsiveWithTheDataTabShown();  // last: it lays the Data tab out

private:
    /// The window's charts by the base names Export all gives them.
    std::vector<std::pair<QString, QWidget*>> charts() const;
    ExportOutcome exportAndWaitFor(const QString& folder);

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_first;  ///< the first export's files
    QStringList m_expected;
};

void TestExportAll::initTestCase() {
    testmode::enter();
    qApp->setProperty("latentlabQuiet", true);
    m_window = std::make_unique<MainWindow>();
    // The notebook's 30,000 rows (kNotebookRows); 10 epochs instead of 50, since training does
    // not change what is exported, only how long the sanitizers' build takes to get there.
    Config config;
    config.data.samples = kNotebookRows;
    config.autoencoder.epochs = 10;
    m_window->setConfig(config);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(runAndWait(*m_window, 300000));
    QCOMPARE(m_window->result()->data.rows(), kNotebookRows);
    // As a user would: export once the result is drawn (the finished run's scatters, 30,000
    // points each, take one ~100 ms repaint after the run ends; that stall is not the export's).
    QTest::qWait(1000);
    m_expected = io::RunFolder::fileNames();
    for (const auto& [name, view] : charts()) {
        m_expected << name + ".png" << name + ".svg";
    }
    m_expected << "metrics_table.csv";
    // The autoencoder's training replay, last (File → Export animation…'s GIF).
    QVERIFY(m_window->display()->replay());
    m_expected << "animation.gif";
    QCOMPARE(m_expected.size(), 31);  // embeddings.h5ad joined the run folder
}

std::vector<std::pair<QString, QWidget*>> TestExportAll::charts() const {
    LatentSpacesTab* latent = m_window->latentSpaces();
    ClustersTab* clusters = m_window->clusters();
    return {{"loss", latent->lossChart()},
            {"pca_scatter", latent->scatter("pca")},
            {"ae_scatter", latent->scatter("autoencoder")},
            {"metrics_table", latent->metricsTable()},
            {"confusion_pca", clusters->confusion("pca")},
            {"confusion_ae", clusters->confusion("autoencoder")},
            {"silhouette_pca", clusters->silhouette("pca")},
            {"silhouette_ae", clusters->silhouette("autoencoder")},
            {"pca_explained_variance", clusters->varianceBars()},
            {"data_3d", m_window->dataTab()->scatter3d()}};
}

ExportOutcome TestExportAll::exportAndWaitFor(const QString& folder) {
    QSignalSpy ended(m_window->exports(), &ExportController::finished);
    QString error;
    if (!m_window->exportAll(folder, &error)) {
        qWarning("the export did not start: %s", qPrintable(error));
        return {ExportOutcome::Status::Failed, folder, {}, 0, error, 0.0};
    }
    if (ended.isEmpty() && !ended.wait(120000)) return {};
    return ended.takeFirst().at(0).value<ExportOutcome>();
}

void TestExportAll::keepsTheWindowResponsive() {
    QElapsedTimer clock;
    clock.start();
    StallProbe probe(kHangMs);
    const ExportOutcome outcome = exportAndWaitFor(m_first.path());
    const qint64 stall = probe.longestMs();
    qInfo("Export all of %d rows: %lld ms, longest GUI stall %lld ms", kNotebookRows,
          clock.elapsed(), stall);
    QVERIFY2(outcome.ok(), qPrintable(outcome.summary()));
    QVERIFY2(stall < kStallBoundMs, qPrintable(QString::number(stall)));
    QCOMPARE(outcome.total, int(m_expected.size()));
    QStringList written = outcome.written, expected = m_expected;
    written.sort();
    expected.sort();
    QCOMPARE(written, expected);
    QStringList onDisk = QDir(m_first.path()).entryList(QDir::Files);
    onDisk.sort();
    QCOMPARE(onDisk, expected);  // and no temporary file left behind
    QVERIFY(!m_window->exports()->isBusy());
    QVERIFY(m_window->exports()->progressRow()->isHidden());
    QCOMPARE(outcome.written.last(), QStringLiteral("animation.gif"));
    QVERIFY(!QImage(m_first.filePath("animation.gif")).isNull());
}

void TestExportAll::keepsTheWindowResponsiveWithTheDataTabShown() {
    // The 3-D view on screen: its export is drawn with QPainter, not by a second OpenGL
    // render on the GUI thread, so it stalls no longer than the other charts.
    m_window->tabs()->setCurrentWidget(m_window->dataTab());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(300);
    QTemporaryDir dir;
    std::unique_ptr<StallProbe> probe = std::make_unique<StallProbe>(kHangMs);
    const ExportOutcome outcome = exportAndWaitFor(dir.path());
    const qint64 stall = probe->longestMs();
    qInfo("Export all with the Data tab shown: longest GUI stall %lld ms", stall);
    QVERIFY2(outcome.ok(), qPrintable(outcome.summary()));
    QVERIFY2(stall < kStallBoundMs, qPrintable(QString::number(stall)));
    QCOMPARE(outcome.written.size(), m_expected.size());
    m_window->tabs()->setCurrentWidget(m_window->latentSpaces());
}

void TestExportAll::filesEqualTheDirectPath() {
    QVERIFY(QFile::exists(m_first.filePath("metrics.json")));
    // The run files: io::RunFolder on the same result, byte for byte.
    QTemporaryDir direct;
    io::RunFolder(direct.path()).write(*m_window->result());
    for (const QString& name : io::RunFolder::fileNames())
        QVERIFY2(contents(m_first.filePath(name)) == contents(direct.filePath(name)),
                 qPrintable(name));
    QCOMPARE(contents(m_first.filePath("metrics_table.csv")),
             m_window->latentSpaces()->metricsTable()->toCsv().toUtf8());
    // The charts: drawn again directly, as a single "Save as PNG/SVG" does.
    for (const auto& [name, view] : charts()) {
        const QImage directPng = ChartExport::toImage(view, 2.0);
        const QImage exported(m_first.filePath(name + ".png"));
        QCOMPARE(exported.size(), directPng.size());
        const Difference png = compareImages(exported, directPng);
        qInfo("%s.png: %dx%d, difference largest %d, mean %.2f", qPrintable(name), exported.width(),
              exported.height(), png.largest, png.mean);
        QVERIFY2(png.largest <= 48 && png.mean < 2.5, qPrintable(name));
        const QString svgPath = m_first.filePath(name + ".svg");
        const QSvgRenderer svg(svgPath);
        QVERIFY2(svg.isValid(), qPrintable(name));
        const QString directSvg = direct.filePath(name + ".svg");
        QVERIFY(ChartExport::saveSvg(view, directSvg));
        QCOMPARE(svg.viewBox(), QSvgRenderer(directSvg).viewBox());
        const QSize drawn = svg.viewBox().size() * 2;
        const Difference vector = compareImages(drawSvg(svgPath, drawn), drawSvg(directSvg, drawn));
        qInfo("%s.svg: difference largest %d, mean %.2f", qPrintable(name), vector.largest,
              vector.mean);
        QVERIFY2(vector.largest <= 48 && vector.mean < 2.5, qPrintable(name));
    }
}

void TestExportAll::cancelStopsBetweenFiles() {
    QTemporaryDir dir;
    ExportController* exports = m_window->exports();
    QSignalSpy ended(exports, &ExportController::finished);
    // Cancel as a user does, with the button, once the first chart is being written.
    connect(exports, &ExportController::progressChanged, this, [exports](int written) {
        if (written >= 9) QTest::mouseClick(exports->progressRow()->cancelButton(), Qt::LeftButton);
    });
    QVERIFY(m_window->exportAll(dir.path()));
    QVERIFY(exports->progressRow()->isVisible());
    QVERIFY(ended.wait(120000));
    disconnect(exports, &ExportController::progressChanged, this, nullptr);
    const auto outcome = ended.first().at(0).value<ExportOutcome>();
    QCOMPARE(outcome.status, ExportOutcome::Status::Cancelled);
    QVERIFY2(outcome.written.size() >= 9 && outcome.written.size() < m_expected.size(),
             qPrintable(outcome.written.join(' ')));
    // What it says it wrote is there and whole, and nothing else is.
    QStringList onDisk = QDir(dir.path()).entryList(QDir::Files), written = outcome.written;
    onDisk.sort();
    written.sort();
    QCOMPARE(onDisk, written);
    for (const QString& name : outcome.written)
        if (name.endsWith(".png")) QVERIFY2(!QImage(dir.filePath(name)).isNull(), qPrintable(name));
    const QString status = outcome.summary();
    QVERIFY2(status.contains("cancelled") &&
                 status.contains(
                     QStringLiteral("%1 of %2").arg(outcome.written.size()).arg(m_expected.size())),
             qPrintable(status));
    QVERIFY(exports->progressRow()->isHidden());
}

void TestExportAll::failureIsReportedOnce() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("ae_scatter.png"));  // a folder where a file must go
    g_exportFailedWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countExportFailures);
    const ExportOutcome outcome = exportAndWaitFor(dir.path());
    QTest::qWait(200);  // a second report would come from the event loop
    qInstallMessageHandler(g_previousHandler);
    QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
    QVERIFY2(outcome.error.contains("ae_scatter.png"), qPrintable(outcome.error));
    QCOMPARE(g_exportFailedWarnings, 1);
    // The files before it are written and stay; none after it was started.
    const QStringList before =
        io::RunFolder::fileNames() +
        QStringList{"loss.png", "loss.svg", "pca_scatter.png", "pca_scatter.svg"};
    QCOMPARE(outcome.written, before);
    for (const QString& name : before)
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
    QVERIFY(!QFile::exists(dir.filePath("ae_scatter.svg")));
    // The window is usable: the next export works.
    QTemporaryDir next;
    QString error;
    QVERIFY2(exportAndWait(*m_window, next.path(), &error), qPrintable(error));
}

void TestExportAll::fullDiskKeepsThePreviousFiles() {
    QTemporaryDir dir;
    QString error;
    QVERIFY2(exportAndWait(*m_window, dir.path(), &error), qPrintable(error));
    std::map<QString, QByteArray> previous;
    for (const QString& name : m_expected) previous[name] = contents(dir.filePath(name));
    ExportOutcome outcome;
    {
        const FileSizeLimit diskFull(4096);
        outcome = exportAndWaitFor(dir.path());
    }
    QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
    QVERIFY2(outcome.error.contains(dir.path()), qPrintable(outcome.error));
    // metrics.json marks a complete run folder: it goes first and comes back last.
    for (const QString& name : m_expected)
        if (name != "metrics.json")
            QVERIFY2(contents(dir.filePath(name)) == previous[name], qPrintable(name));
    QStringList onDisk = QDir(dir.path()).entryList(QDir::Files);
    onDisk.removeOne("metrics.json");
    QCOMPARE(onDisk.size(), m_expected.size() - 1);  // no temporary file left behind
}

void TestExportAll::runAfterTheChartsAreDrawn() {
    const auto snapshot = m_window->result();
    QTemporaryDir dir;
    ExportController* exports = m_window->exports();
    QSignalSpy exported(exports, &ExportController::finished);
    QSignalSpy runEnded(m_window.get(), &MainWindow::runEnded);
    // A run starts as soon as every chart is recorded, while the files are still being written.
    // It trains for far longer than the export takes (10 epochs end within a second in a
    // release build, before the last file is written), and is stopped below.
    const Config before = m_window->config();
    Config longer = before;
    longer.autoencoder.epochs = 100000;
    bool started = false;
    connect(exports, &ExportController::progressChanged, this, [&] {
        if (!started && exports->job() && exports->job()->isDrawn()) {
            started = true;
            m_window->setConfig(longer);
            m_window->run();
        }
    });
    QVERIFY(m_window->exportAll(dir.path()));
    QVERIFY(exported.wait(120000));
    disconnect(exports, &ExportController::progressChanged, this, nullptr);
    QVERIFY(started);
    const auto outcome = exported.first().at(0).value<ExportOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.summary()));
    QVERIFY(m_window->isRunning());
    QCOMPARE(m_window->result(), snapshot);
    // The files show the result and the charts as they were when the export started.
    for (const char* name : {"embedding_ae.csv", "loss.csv", "metrics_table.csv"})
        QVERIFY2(contents(dir.filePath(name)) == contents(m_first.filePath(name)), name);
    for (const char* name :
         {"pca_scatter.png", "ae_scatter.png", "loss.png", "metrics_table.png", "data_3d.png"}) {
        const Difference difference =
            compareImages(QImage(dir.filePath(name)), QImage(m_first.filePath(name)));
        QVERIFY2(difference.largest <= 48 && difference.mean < 2.5, name);
    }
    m_window->stop();
    QVERIFY(runEnded.wait(300000));
    m_window->setConfig(before);
}

void TestExportAll::runBeforeTheChartsAreDrawn() {
    const auto snapshot = m_window->result();
    QTemporaryDir dir, second, direct;
    ExportController* exports = m_window->exports();
    QSignalSpy exported(exports, &ExportController::finished);
    QSignalSpy runEnded(m_window.get(), &MainWindow::runEnded);
    g_exportFailedWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countExportFailures);
    QVERIFY(m_window->exportAll(dir.path()));
    // The same turn: a second export is refused; a run starts and resets the latent views,
    // so the charts not yet recorded can no longer be: the export says so and stops.
    QString error;
    QVERIFY(!m_window->exportAll(second.path(), &error));
    QVERIFY2(error.contains("still running"), qPrintable(error));
    m_window->run();
    QVERIFY(m_window->isRunning());
    QVERIFY(exported.wait(120000));
    QTest::qWait(100);
    qInstallMessageHandler(g_previousHandler);
    const auto outcome = exported.first().at(0).value<ExportOutcome>();
    QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
    QVERIFY2(outcome.error.contains("a run started before"), qPrintable(outcome.error));
    QCOMPARE(g_exportFailedWarnings, 1);
    // What was written is the snapshot's, whole; the rest is not there.
    io::RunFolder(direct.path()).write(*snapshot);
    for (const QString& name : io::RunFolder::fileNames())
        QVERIFY2(contents(dir.filePath(name)) == contents(direct.filePath(name)), qPrintable(name));
    QStringList onDisk = QDir(dir.path()).entryList(QDir::Files), written = outcome.written;
    onDisk.sort();
    written.sort();
    QCOMPARE(onDisk, written);
    QVERIFY(outcome.written.size() < m_expected.size());
    m_window->stop();
    QVERIFY(runEnded.wait(300000));
}

QTEST_MAIN(TestExportAll)
#include "tst_exportall.moc"
