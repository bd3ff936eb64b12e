// The run History through the real window: finished runs enter it with the settings changed
// since the run before; Compare shows two side by side; Restore puts a run's settings back
// (undoably) and its result on screen; Pin makes the metrics table show "+0.12 vs run 1";
// sessions keep it; the exported CSV and an opened history.csv are the grid's format; past
// the memory cap the oldest runs drop their embeddings first and keep their metrics.
#include "HistoryCompareDialog.h"
#include "HistoryController.h"
#include "HistoryCsv.h"
#include "HistoryDriving.h"
#include "HistoryPanel.h"
#include "HistoryThumbnail.h"
#include "JsonFile.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "MetricFormat.h"
#include "MetricsTableView.h"
#include "RunController.h"
#include "RunDisplay.h"
#include "RunHistory.h"
#include "SettingsHistory.h"
#include "TestMode.h"
#include "WindowRun.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace latentlab;
using namespace latentlab::gui;
using namespace historytest;

class TestRunHistory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void finishedRunsEnterWithTheirSettingsDiff();
    void compareShowsBothRuns();
    void restorePutsTheFirstRunBack();
    void pinMakesTheMetricsTableCompare();
    void sessionKeepsTheHistory();
    void exportedCsvReadsBack();
    void openedHistoryCsvShowsItsRows();
    void memoryCapDropsEmbeddingsOldestFirst();
};

void TestRunHistory::initTestCase() {
    testmode::enter();
    qApp->setProperty("latentlabQuiet", true);
}

void TestRunHistory::finishedRunsEnterWithTheirSettingsDiff() {
    MainWindow window;
    QVERIFY(runTwice(window));
    RunHistory* history = window.runHistory()->history();
    QCOMPARE(int(history->entries().size()), 2);
    QCOMPARE(history->entries()[0].number, 1);
    QCOMPARE(history->entries()[1].number, 2);
    QCOMPARE(history->entries()[1].config.data.samples, 1500);
    QVERIFY(history->entries()[1].result == window.result());

    // A stopped run is not a finished one: it does not enter.
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.setConfig(smallConfig(1800, 400));
    QSignalSpy epochs(window.runController(), &RunController::epochFinished);
    window.run();
    QVERIFY(epochs.wait(30000 * kRunSlowdown));  // training, far from its 400th epoch
    window.stop();
    QVERIFY(ended.wait(30000 * kRunSlowdown));
    QCOMPARE(ended.first().at(0).toBool(), false);
    QCOMPARE(int(history->entries().size()), 2);

    HistoryPanel* panel = window.runHistory()->panel();
    QTableWidget* table = panel->table();
    QCOMPARE(table->rowCount(), 2);
    const QString changes = table->item(panel->rowOf(2), 3)->text();
    QVERIFY2(changes.contains(QStringLiteral("data.samples 1200 \u2192 1500")),
             qPrintable(changes));
    QVERIFY2(changes.contains(QStringLiteral("autoencoder.epochs 3 \u2192 4")),
             qPrintable(changes));
    QVERIFY(!changes.contains(QStringLiteral("data.centers")));
    QCOMPARE(table->item(panel->rowOf(1), 3)->text(), QStringLiteral("first run"));
    QCOMPARE(table->item(panel->rowOf(1), 0)->text(), QStringLiteral("run 1"));
    // The method columns show the chosen metric (ARI: the blobs have true labels).
    QCOMPARE(panel->metricBox()->currentData().toString(), QStringLiteral("ari"));
    const int pca = panel->columnOf("pca");
    QVERIFY(pca >= 0);
    QCOMPARE(table->item(panel->rowOf(2), pca)->text(),
             MetricFormat::cell(metric("ari"), window.result()->space("pca").metrics));
    // Thumbnails of both scatters, drawn with colours (not a blank square), a moment after
    // the run ended (one entry per turn of the event loop).
    QTRY_COMPARE(history->thumbnailsPending(), 0);
    const auto& thumbnails = history->entries()[0].thumbnails;
    QCOMPARE(int(thumbnails.size()), 2);
    for (const QImage& image : thumbnails) QVERIFY(colours(image) >= 3);
    QCOMPARE(int(history->entries()[1].thumbnails.size()), 2);
}

void TestRunHistory::compareShowsBothRuns() {
    MainWindow window;
    QVERIFY(runTwice(window));
    showHistory(window);
    HistoryPanel* panel = window.runHistory()->panel();
    // Narrow enough that the window still fits a laptop's screen (tst_desktopmanners).
    QVERIFY(panel->minimumSizeHint().width() <= 640);
    QVERIFY(!panel->compareButton()->isEnabled());
    clickRun(panel, 1);
    clickRun(panel, 2, Qt::ControlModifier);
    QCOMPARE(panel->selectedNumbers().size(), std::size_t(2));
    QVERIFY(panel->compareButton()->isEnabled());
    QTest::mouseClick(panel->compareButton(), Qt::LeftButton);

    auto* dialog = window.findChild<HistoryCompareDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableWidget* table = dialog->table();
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("run 1"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("run 2"));
    const int samples = dialog->rowOf(QStringLiteral("data.samples"));
    QVERIFY(samples >= 0);
    QCOMPARE(table->item(samples, 1)->text(), QStringLiteral("1200"));
    QCOMPARE(table->item(samples, 2)->text(), QStringLiteral("1500"));
    QCOMPARE(dialog->rowOf(QStringLiteral("data.centers")), -1);  // the same in both
    const RunHistory* history = window.runHistory()->history();
    const int ari = dialog->rowOf(QStringLiteral("PCA \u00b7 Adjusted Rand index"));
    QVERIFY(ari >= 0);
    QCOMPARE(table->item(ari, 1)->text(),
             MetricFormat::cell(metric("ari"), *history->find(1)->metricsOf("pca")));
    QCOMPARE(table->item(ari, 2)->text(),
             MetricFormat::cell(metric("ari"), *history->find(2)->metricsOf("pca")));
    QVERIFY(dialog->rowOf(QStringLiteral("Autoencoder \u00b7 Final training loss")) >= 0);
    // Every setting on request, the unchanged ones included.
    dialog->allSettings()->setChecked(true);
    QVERIFY(dialog->rowOf(QStringLiteral("data.centers")) >= 0);
    dialog->close();
}

void TestRunHistory::restorePutsTheFirstRunBack() {
    MainWindow window;
    QVERIFY(runTwice(window));
    showHistory(window);
    HistoryPanel* panel = window.runHistory()->panel();
    clickRun(panel, 1);
    QVERIFY(panel->restoreButton()->isEnabled());
    QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);

    QCOMPARE(window.config().data.samples, 1200);
    QCOMPARE(window.config().autoencoder.epochs, 3);
    // Its result is on screen again, under its own number.
    QCOMPARE(window.display()->shown().number, 1);
    QVERIFY(window.result() == window.runHistory()->history()->find(1)->result);
    QCOMPARE(window.result()->data.rows(), 1200);
    QVERIFY(!window.display()->settingsDiffer());
    QVERIFY(panel->message()->text().contains(QStringLiteral("run 1")));
    // One undoable step, which takes the settings back.
    QUndoStack* undo = window.history()->stack();
    QCOMPARE(undo->undoText(), QStringLiteral("Restore run 1"));
    window.action("undo")->trigger();
    QCOMPARE(window.config().data.samples, 1500);
    // The next run is numbered after the History's runs.
    QVERIFY(runAndWait(window));
    QCOMPARE(window.display()->shown().number, 3);
}

void TestRunHistory::pinMakesTheMetricsTableCompare() {
    MainWindow window;
    QVERIFY(runTwice(window));
    showHistory(window);
    HistoryPanel* panel = window.runHistory()->panel();
    clickRun(panel, 1);
    QTest::mouseClick(panel->pinButton(), Qt::LeftButton);
    QCOMPARE(window.runHistory()->history()->pinned(), 1);
    QVERIFY(panel->table()->item(panel->rowOf(1), 0)->text().contains(QStringLiteral("\u2605")));
    QCOMPARE(panel->pinButton()->text(), QStringLiteral("Un&pin"));

    MetricsTableView* metrics = window.latentSpaces()->metricsTable();
    QCOMPARE(metrics->referenceName(), QStringLiteral("run 1"));
    QVERIFY(metrics->referenceLine()->isVisibleTo(metrics));
    QVERIFY(metrics->referenceLine()->text().contains(QStringLiteral("run 1")));
    const RunHistory* history = window.runHistory()->history();
    for (const char* key : {"silhouette_latent", "ari"}) {
        const MetricInfo& info = metric(key);
        const int row = catalogRow(key);
        for (const std::string method : {"pca", "autoencoder"}) {
            const double now = history->find(2)->metricsOf(method)->*info.member;
            const double then = history->find(1)->metricsOf(method)->*info.member;
            const QString difference = MetricFormat::differenceOf(info, now - then);
            // The sign is the run on screen's minus the pinned run's.
            QVERIFY(difference.startsWith(now > then   ? QStringLiteral("+")
                                          : now < then ? QStringLiteral("\u2212")
                                                       : QStringLiteral("0")));
            const QString cell = metrics->table()->item(row, metrics->valueColumn(method))->text();
            const QString brief = MetricsTableView::briefDifference(info, now - then);
            QCOMPARE(brief.at(0), difference.at(0));
            QCOMPARE(cell,
                     QStringLiteral("%1 (%2)").arg(
                         MetricFormat::cell(info, *history->find(2)->metricsOf(method)), brief));
            QCOMPARE(
                metrics->referenceDifference(row, method),
                QStringLiteral("%1 %2 vs run 1").arg(difference, QString::fromUtf8(info.label)));
            QVERIFY(metrics->table()
                        ->item(row, metrics->valueColumn(method))
                        ->toolTip()
                        .contains(QStringLiteral("vs run 1")));
        }
    }

    saveScreenshots(window);  // with LATENTLAB_HISTORY_SHOT=/tmp/history.png

    // A new run is compared with the pinned one as well.
    window.setConfig(smallConfig(1300, 3));
    QVERIFY(runAndWait(window));
    QCOMPARE(metrics->referenceName(), QStringLiteral("run 1"));
    // Unpinned, the brackets go.
    clickRun(panel, 1);
    QTest::mouseClick(panel->pinButton(), Qt::LeftButton);
    QCOMPARE(window.runHistory()->history()->pinned(), 0);
    QVERIFY(metrics->referenceName().isEmpty());
    QVERIFY(!metrics->referenceLine()->isVisibleTo(metrics));
    const int row = catalogRow("silhouette_latent");
    QVERIFY(!metrics->table()->item(row, 0)->text().contains(QLatin1Char('(')));
}

void TestRunHistory::sessionKeepsTheHistory() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.latentlab"));
    std::vector<HistoryEntry> saved;
    {
        MainWindow window;
        QVERIFY(runTwice(window));
        window.runHistory()->pin(1);
        QVERIFY(window.saveSession(path));
        saved = window.runHistory()->history()->entries();
    }
    MainWindow window;
    QVERIFY(window.openSession(path));
    const RunHistory* history = window.runHistory()->history();
    QCOMPARE(int(history->entries().size()), 2);
    QCOMPARE(history->pinned(), 1);
    for (std::size_t i = 0; i < 2; ++i) {
        const HistoryEntry& back = history->entries()[i];
        QCOMPARE(back.number, saved[i].number);
        QCOMPARE(back.settings, saved[i].settings);
        QCOMPARE(back.methods, saved[i].methods);
        QCOMPARE(back.metricsOf("pca")->ari, saved[i].metricsOf("pca")->ari);
        QCOMPARE(back.metricsOf("autoencoder")->finalLoss,
                 saved[i].metricsOf("autoencoder")->finalLoss);
        QCOMPARE(back.seconds, saved[i].seconds);
        // Saved at once after the run, before the History drew them: drawn for the session.
        QCOMPARE(int(back.thumbnails.size()), 2);
        QCOMPARE(back.thumbnails[0].size(),
                 QSize(HistoryThumbnail::kSize, HistoryThumbnail::kSize));
    }
    // The session's result is its run on screen's, under that run's number.
    QVERIFY(!history->find(1)->result);
    QVERIFY(history->find(2)->result == window.result());
    QCOMPARE(window.display()->shown().number, 2);
    QCOMPARE(window.latentSpaces()->metricsTable()->referenceName(), QStringLiteral("run 1"));
    // The other runs come back with their settings, and say why their embeddings did not.
    window.runHistory()->restore(1);
    QCOMPARE(window.config().data.samples, 1200);
    QVERIFY(window.runHistory()->panel()->message()->text().contains(QStringLiteral("not saved")));
    QVERIFY(runAndWait(window));
    QCOMPARE(history->entries().back().number, 3);
}

void TestRunHistory::exportedCsvReadsBack() {
    MainWindow window;
    QVERIFY(runTwice(window));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QString error;
    QVERIFY2(window.runHistory()->exportCsv(path, &error), qPrintable(error));
    const std::vector<io::HistoryRow> rows = io::readHistoryCsv(path);
    QCOMPARE(int(rows.size()), 2);
    const RunHistory* history = window.runHistory()->history();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const HistoryEntry& entry = history->entries()[i];
        QCOMPARE(QString::fromStdString(rows[i].run), entry.name());
        QCOMPARE(rows[i].config.data.samples, entry.config.data.samples);
        QCOMPARE(rows[i].config.autoencoder.epochs, entry.config.autoencoder.epochs);
        QVERIFY(!rows[i].finished.empty());
        for (const std::string method : {"pca", "autoencoder"}) {
            QVERIFY(rows[i].find(method));
            QCOMPARE(rows[i].find(method)->ari, entry.metricsOf(method)->ari);
            QCOMPARE(rows[i].find(method)->silhouetteLatent,
                     entry.metricsOf(method)->silhouetteLatent);
        }
        QCOMPARE(rows[i].totalSeconds, entry.seconds);
    }
    QCOMPARE(rows[1].config.data.samples, 1500);
}

void TestRunHistory::openedHistoryCsvShowsItsRows() {
    // Three runs of a grid, as latentlab-cli grid writes them.
    std::vector<io::HistoryRow> rows(3);
    const double pcaAri[] = {0.5, 0.9, 0.7};
    for (int i = 0; i < 3; ++i) {
        rows[std::size_t(i)].run = "run-000" + std::to_string(i + 1);
        rows[std::size_t(i)].config = smallConfig(500 + 200 * i, 3);
        rows[std::size_t(i)].methods = {"pca", "autoencoder"};
        rows[std::size_t(i)].spaces.resize(2);
        rows[std::size_t(i)].spaces[0].ari = pcaAri[i];
        rows[std::size_t(i)].spaces[1].ari = 0.4;
        rows[std::size_t(i)].totalSeconds = 1.5 + i;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    io::writeFileAtomically(path, io::historyCsv(rows));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.runHistory()->openCsv(path, &error), qPrintable(error));
    QCOMPARE(window.tabs()->currentWidget(), window.runHistory()->panel());
    HistoryPanel* panel = window.runHistory()->panel();
    QTableWidget* table = panel->table();
    QCOMPARE(table->rowCount(), 3);
    const int pca = panel->columnOf("pca");
    for (int i = 0; i < 3; ++i) {
        const int row = panel->rowOf(i + 1);
        QCOMPARE(table->item(row, pca)->text(), MetricFormat::value(pcaAri[i]));
        QVERIFY(table->item(row, 2)->text().contains(
            QStringLiteral("history.csv: run-000%1").arg(i + 1)));
    }
    // The best run is one click away: sort by PCA's ARI, best first, restore the top row.
    table->horizontalHeader()->setSortIndicator(pca, Qt::DescendingOrder);
    QCOMPARE(table->item(0, pca)->text(), MetricFormat::value(0.9));
    const QRect top = table->visualItemRect(table->item(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, top.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, top.center());
    QCOMPARE(window.config().data.samples, 700);
    QVERIFY(!window.result());  // nothing to show: no embeddings in a history.csv
    QVERIFY2(panel->message()->text().contains(QStringLiteral("F5 runs it again")),
             qPrintable(panel->message()->text()));
    QVERIFY(window.action("exportHistory")->isEnabled());
    // Its settings run as any others, numbered after the file's runs.
    QVERIFY(runAndWait(window));
    QCOMPARE(window.runHistory()->history()->entries().back().number, 4);
    QCOMPARE(window.result()->data.rows(), 700);
}

void TestRunHistory::memoryCapDropsEmbeddingsOldestFirst() {
    QCOMPARE(RunHistory::kMemoryCap, qint64(512) * 1024 * 1024);
    MainWindow window;
    RunHistory* history = window.runHistory()->history();
    QCOMPARE(history->memoryCap(), RunHistory::kMemoryCap);
    for (int samples : {1000, 1100, 1200}) {
        window.setConfig(smallConfig(samples));
        QVERIFY(runAndWait(window));
    }
    const auto bytes = [&](int number) {
        return RunHistory::resultBytes(*history->find(number)->result);
    };
    const qint64 first = bytes(1), second = bytes(2), third = bytes(3);
    QVERIFY(first > 0 && first < second && second < third);
    QCOMPARE(history->keptBytes(), first + second + third);

    history->setMemoryCap(second + third + first / 2);
    QVERIFY(!history->find(1)->result);
    QVERIFY(history->find(1)->dropped);
    QVERIFY(history->find(2)->result && history->find(3)->result);
    // Its metrics and thumbnails stay.
    QVERIFY(std::isfinite(history->find(1)->metricsOf("pca")->silhouetteLatent));
    QCOMPARE(int(history->find(1)->thumbnails.size()), 2);
    QVERIFY(history->keptBytes() <= history->memoryCap());

    // A new run past the cap: the oldest kept result goes, the new one stays.
    history->setMemoryCap(third + 1);
    QVERIFY(!history->find(2)->result);
    QVERIFY(history->find(3)->result);
    window.setConfig(smallConfig(1300));
    QVERIFY(runAndWait(window));
    QVERIFY(!history->find(3)->result);
    QVERIFY(history->find(4)->result);
    QCOMPARE(int(history->entries().size()), 4);

    // Restoring a run without embeddings brings its settings back and says how to rerun it.
    showHistory(window);
    HistoryPanel* panel = window.runHistory()->panel();
    QVERIFY(panel->table()->item(panel->rowOf(1), 0)->font().italic());
    clickRun(panel, 1);
    QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);
    QCOMPARE(window.config().data.samples, 1000);
    QCOMPARE(window.display()->shown().number, 4);  // the screen keeps the last result
    QVERIFY(window.display()->settingsDiffer());
    QVERIFY2(panel->message()->text().contains(QStringLiteral("dropped")),
             qPrintable(panel->message()->text()));
}

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
