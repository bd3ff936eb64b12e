// Which run the window shows, at every moment: every way to start a run resets the views
// it will replace, the loss chart holds exactly the current run's epochs, views of the last
// finished run are marked, Stop puts the last result back and says so, and the greyed k box
// shows the k the run will use.
#include "AnalysisController.h"
#include "ClusteringPanel.h"
#include "InfoBar.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MainWindow.h"
#include "MetricsTableView.h"
#include "PanelControls.h"
#include "RobustnessTab.h"
#include "RunController.h"
#include "RunDisplay.h"
#include "ScatterView.h"
#include "SettingsPanel.h"
#include "SliderSpinBox.h"
#include "TestData.h"
#include "TestMode.h"
#include "WindowRun.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QLabel>
#include <QLineSeries>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace latentlab;
using namespace paneltest;
using latentlab::gui::MainWindow;
using latentlab::gui::RunController;

namespace {

Config smallConfig(int epochs = 8) {
    Config config;
    config.data.samples = 1500;
    config.data.centers = 5;
    config.autoencoder.epochs = epochs;
    return config;
}

/// The epochs the loss chart draws, in drawing order.
std::vector<double> plottedEpochs(const MainWindow& window) {
    auto* chart = window.latentSpaces()->lossChart()->chart();
    auto* series = qobject_cast<QLineSeries*>(chart->series().first());
    std::vector<double> epochs;
    for (const QPointF& point : series->points()) epochs.push_back(point.x());
    return epochs;
}

/// Epochs 1, 2, ..., n: one run's curve, nothing before it, nothing twice.
bool isOneRunsCurve(const std::vector<double>& epochs) {
    for (std::size_t i = 0; i < epochs.size(); ++i)
        if (epochs[i] != double(i + 1)) return false;
    return true;
}

bool metricsAreEmpty(const MainWindow& window) {
    auto* table = window.latentSpaces()->metricsTable()->findChild<QTableWidget*>();
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            if (table->item(row, column)->text() != QStringLiteral("\u2014")) return false;
    return true;
}

/// Pixels where the screen shows `view` differently from a fresh rendering of it: leftovers
/// of earlier frames (stray markers, half a line) that only a repaint would clear.
int stalePixels(MainWindow& window, QWidget* view) {
    const QImage screen = window.screen()->grabWindow(window.winId()).toImage();
    const QImage onScreen = screen.copy(QRect(view->mapTo(&window, QPoint(0, 0)), view->size()));
    const QImage fresh = view->grab().toImage().convertToFormat(onScreen.format());
    if (fresh.size() != onScreen.size()) return onScreen.width() * onScreen.height();
    int stale = 0;
    for (int y = 0; y < onScreen.height(); ++y)
        for (int x = 0; x < onScreen.width(); ++x)
            if (onScreen.pixel(x, y) != fresh.pixel(x, y)) ++stale;
    return stale;
}

}  // namespace

class TestRunState : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void liveRestartKeepsOnlyTheNewRunsEpochs();
    void stepFromIdleStartsAFreshCurve();
    void stepAfterChangingSamplesAnimatesTheNewRows();
    void viewsOfTheLastRunAreMarkedWhileRunning();
    void stopPutsTheLastResultBackAndSaysSo();
    void changedSettingsAreAnnounced();
    void greyedKBoxShowsTheKTheRunUses();
    void screenHoldsNoLeftoversAfterARestartAndReset();
    void pacedTrainingReportsComputeTime();
    void repeatsCheckTheSettingsARunWould();
    void trainingWarningsBelongToTheirRun();
};

void TestRunState::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestRunState::liveRestartKeepsOnlyTheNewRunsEpochs() {
    MainWindow window;
    window.setConfig(smallConfig(40));
    paceBox(window)->setCurrentIndex(1);  // "Watch": 20 epochs a second
    window.show();
    QSignalSpy epochs(window.runController(), &RunController::epochFinished);
    window.run();
    QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 12, 20000);
    QVERIFY(window.isRunning());
    // A change with Live on restarts the run; the old one keeps training until then.
    window.action("live")->setChecked(true);
    QSignalSpy started(window.runController(), &gui::RunController::started);
    seedBox(window)->setValue(7);
    QVERIFY(started.wait(5000));
    // At every moment from here the chart holds one run's epochs 1..n.
    for (int check = 0; check < 30; ++check) {
        QTest::qWait(50);
        const std::vector<double> plotted = plottedEpochs(window);
        QVERIFY2(isOneRunsCurve(plotted),
                 qPrintable(QStringLiteral("first epochs drawn: %1, %2 (of %3)")
                                .arg(plotted.empty() ? -1 : plotted[0])
                                .arg(plotted.size() > 1 ? plotted[1] : -1)
                                .arg(plotted.size())));
    }
    window.action("live")->setChecked(false);
    window.stop();
    QTRY_VERIFY(!window.isRunning());
}

void TestRunState::stepFromIdleStartsAFreshCurve() {
    MainWindow window;
    window.setConfig(smallConfig(8));
    window.show();
    QVERIFY(runAndWait(window));
    QCOMPARE(plottedEpochs(window).size(), std::size_t(8));
    QSignalSpy epochs(window.runController(), &RunController::epochFinished);
    window.action("step")->trigger();
    QVERIFY(epochs.wait(10000));
    QTRY_COMPARE(plottedEpochs(window), std::vector<double>{1.0});
    QVERIFY(metricsAreEmpty(window));
    window.stop();
    QTRY_VERIFY(!window.isRunning());
}

void TestRunState::stepAfterChangingSamplesAnimatesTheNewRows() {
    MainWindow window;
    window.setConfig(smallConfig(8));
    window.show();
    QVERIFY(runAndWait(window));
    userSet(control(window, "samples"), 1700);
    QSignalSpy snapshots(window.runController(), &RunController::snapshot);
    window.action("step")->trigger();
    QVERIFY(snapshots.wait(10000));
    QTRY_COMPARE(window.latentSpaces()->scatter("autoencoder")->rowCount(), 1700);
    QCOMPARE(window.latentSpaces()->scatter("pca")->rowCount(), 1700);
    window.stop();
    QTRY_VERIFY(!window.isRunning());
}

void TestRunState::viewsOfTheLastRunAreMarkedWhileRunning() {
    MainWindow window;
    window.setConfig(smallConfig(40));
    window.show();
    QVERIFY(runAndWait(window));
    auto* display = window.display();
    QCOMPARE(display->shown().number, 1);
    paceBox(window)->setCurrentIndex(1);
    QSignalSpy epochs(window.runController(), &RunController::epochFinished);
    window.run();
    QVERIFY(epochs.wait(10000));
    QCOMPARE(display->running().number, 2);
    // The latent spaces tab follows run 2: no metrics of run 1 beside its curve.
    QVERIFY(metricsAreEmpty(window));
    QVERIFY(display->banner()->isHidden());
    QVERIFY(display->caption()->text().startsWith(QStringLiteral("Run 2")));
    // The other tabs still show run 1, and say so.
    auto* tabs = window.findChild<QTabWidget*>();
    tabs->setCurrentIndex(1);
    QVERIFY(!display->banner()->isHidden());
    QVERIFY(display->banner()->text().contains(QStringLiteral("run 1")));
    QVERIFY(display->banner()->text().contains(QStringLiteral("run 2 is in progress")));
    QVERIFY(display->caption()->text().startsWith(QStringLiteral("Run 1")));
    tabs->setCurrentIndex(0);
    window.stop();
    QTRY_VERIFY(!window.isRunning());
}

void TestRunState::stopPutsTheLastResultBackAndSaysSo() {
    MainWindow window;
    window.setConfig(smallConfig(40));
    window.show();
    QVERIFY(runAndWait(window));
    const auto first = window.result();
    paceBox(window)->setCurrentIndex(1);
    userSet(control(window, "samples"), 1800);
    QSignalSpy epochs(window.runController(), &RunController::epochFinished);
    window.run();
    QVERIFY(epochs.wait(10000));
    QTRY_COMPARE(window.latentSpaces()->scatter("pca")->rowCount(), 1800);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.action("stop")->trigger();
    QVERIFY(ended.wait(10000));
    QCOMPARE(window.result(), first);
    // Every view is back on run 1, and the banner says why and that the settings differ.
    QCOMPARE(window.latentSpaces()->scatter("pca")->rowCount(), 1500);
    QCOMPARE(window.latentSpaces()->scatter("autoencoder")->rowCount(), 1500);
    QCOMPARE(plottedEpochs(window).size(), std::size_t(40));
    QVERIFY(!metricsAreEmpty(window));
    const QString banner = window.display()->banner()->text();
    QVERIFY2(banner.contains(QStringLiteral("Run 2 was stopped")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("run 1")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("F5")), qPrintable(banner));
}

void TestRunState::changedSettingsAreAnnounced() {
    MainWindow window;
    window.setConfig(smallConfig(4));
    window.show();
    QVERIFY(runAndWait(window));
    auto* banner = window.display()->banner();
    QVERIFY(banner->isHidden());
    seedBox(window)->setValue(43);
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QStringLiteral("settings have changed; F5 runs them")));
    QVERIFY(banner->text().contains(QStringLiteral("1,500 × 10")));
    seedBox(window)->setValue(42);  // back to what is on screen
    QVERIFY(banner->isHidden());
}

void TestRunState::greyedKBoxShowsTheKTheRunUses() {
    MainWindow window;
    window.setConfig(smallConfig(2));
    auto* k = control(window, "k");
    auto* fromLabels = window.settings()->findChild<QCheckBox*>(QStringLiteral("kFromLabels"));
    QVERIFY(fromLabels->isChecked());
    QCOMPARE(k->intValue(), 5);
    userSet(control(window, "centers"), 12);
    QCOMPARE(k->intValue(), 12);  // was 8 whatever the centers
    QVERIFY(runAndWait(window));
    QCOMPARE(window.result()->config.kmeans.k, 12);
    // A file: its number of classes once read (iris: 3).
    Config iris = smallConfig(2);
    iris.data.source = DataSource::Csv;
    iris.data.path = testdata::path("iris.csv").toStdString();
    window.setConfig(iris);
    QVERIFY(runAndWait(window));
    QCOMPARE(window.result()->config.kmeans.k, 3);
    QCOMPARE(k->intValue(), 3);
    QVERIFY(!k->isEnabled());
}

void TestRunState::screenHoldsNoLeftoversAfterARestartAndReset() {
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs a real screen to compare with (run under xvfb-run)");
    MainWindow window;
    window.setConfig(smallConfig(30));
    paceBox(window)->setCurrentIndex(1);
    // On the screen as a whole: xvfb-run's default screen is 1280 x 1024.
    window.resize(window.screen()->availableSize().boundedTo(QSize(1500, 950)));
    window.move(0, 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy epochs(window.runController(), &RunController::epochFinished);
    window.run();
    QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 15, 20000);
    window.action("live")->setChecked(true);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    seedBox(window)->setValue(5);  // restarts mid-training
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty() && ended.last().at(0).toBool(), 30000);
    window.action("live")->setChecked(false);
    auto* latent = window.latentSpaces();
    QTest::qWait(300);  // the last frames reach the screen
    QCOMPARE(stalePixels(window, latent->lossChart()), 0);
    QCOMPARE(stalePixels(window, latent->scatter("autoencoder")), 0);
    QCOMPARE(stalePixels(window, latent->scatter("pca")), 0);
    window.action("reset")->trigger();
    QTest::qWait(300);
    QCOMPARE(stalePixels(window, latent->lossChart()), 0);
    QCOMPARE(stalePixels(window, latent->scatter("autoencoder")), 0);
}

void TestRunState::pacedTrainingReportsComputeTime() {
    // "Slow motion" holds each epoch to 1/4 s: 8 epochs take 2 s to watch. The time shown is
    // the training's own (milliseconds here, a little more under sanitizers), not the pacing.
    MainWindow window;
    window.setConfig(smallConfig(8));
    paceBox(window)->setCurrentIndex(2);
    QElapsedTimer watched;
    watched.start();
    QVERIFY(runAndWait(window));
    QVERIFY(watched.elapsed() >= 1750);
    const Result& result = *window.result();
    const double training = result.space("autoencoder").fitSeconds;
    QVERIFY2(training < 1.0, qPrintable(QString::number(training)));
    QVERIFY(result.space("autoencoder").metrics.seconds < 1.0);
    QVERIFY(result.seconds.total < watched.elapsed() / 1000.0 - 1.0);
}

void TestRunState::repeatsCheckTheSettingsARunWould() {
    MainWindow window;
    Config config = smallConfig(2);
    config.data.source = DataSource::Csv;  // and no file chosen
    window.setConfig(config);
    const QString expected = QStringLiteral(
        "Choose a data file (CSV/TSV, .h5ad or a 10x folder) in the Data panel first.");
    QTest::ignoreMessage(QtWarningMsg, qPrintable("Cannot run: " + expected));
    QVERIFY(!window.startRun(MainWindow::StartMode::Now));
    QTest::ignoreMessage(QtWarningMsg, qPrintable("Cannot repeat: " + expected));
    window.action("repeatRuns")->trigger();
    QVERIFY(!window.robustness()->analysis()->isBusy());
}

void TestRunState::trainingWarningsBelongToTheirRun() {
    // 2 epochs of 1,500 rows in batches of 64: 48 weight updates, which the window says over
    // the autoencoder's view (over its title, the plot moved down) until the next run starts.
    MainWindow window;
    window.resize(1400, 900);
    window.setConfig(smallConfig(2));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(runAndWait(window));
    gui::LatentSpacesTab* latent = window.latentSpaces();
    const QString text = latent->trainingWarningText();
    QVERIFY2(text.contains("Only 48 weight updates") && text.contains("Try:"), qPrintable(text));
    QCOMPARE(window.result()->warnings.empty(), false);
    auto* bar = latent->scatter("autoencoder")
                    ->findChild<gui::InfoBar*>(QStringLiteral("trainingWarnings"));
    QVERIFY(bar && bar->isVisible());
    const QRect inScatter(bar->mapTo(latent->scatter("autoencoder"), QPoint(0, 0)), bar->size());
    QVERIFY(latent->scatter("autoencoder")->rect().contains(inScatter));
    const QRectF plot = latent->scatter("autoencoder")->chart()->plotArea();
    // Over the title, in room the view makes for it: no point and no title under the banner.
    const int titleHeight =
        QFontMetrics(latent->scatter("autoencoder")->chart()->titleFont()).height();
    QVERIFY2(inScatter.bottom() + titleHeight <= plot.top(),
             qPrintable(QStringLiteral("banner ends at %1, title %2 px, plot from %3")
                            .arg(inScatter.bottom())
                            .arg(titleHeight)
                            .arg(plot.top())));
    // Folded, it names the diagnostic in a line or two and leaves the points in view; its
    // Details button shows the whole text, with what to try, and folds it again.
    QVERIFY2(bar->text().contains("Only 48 weight updates") && !bar->text().contains("Try:"),
             qPrintable(bar->text()));
    QVERIFY2(inScatter.height() <= plot.height() / 4,
             qPrintable(QStringLiteral("banner %1 px over a %2 px plot")
                            .arg(inScatter.height())
                            .arg(plot.height())));
    auto* details = bar->findChild<QToolButton*>(QStringLiteral("detailsToggle"));
    QVERIFY(details && details->isVisible());
    details->click();
    QVERIFY(bar->text().contains("Try:"));
    QTRY_VERIFY(bar->height() > inScatter.height());
    details->click();
    QVERIFY(!bar->text().contains("Try:"));
    // The next run's views do not carry the last run's warnings.
    Config longer = smallConfig(30);
    longer.autoencoder.batchSize = 16;
    window.setConfig(longer);
    QSignalSpy started(window.runController(), &gui::RunController::started);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.run();
    QVERIFY(started.count() == 1 || started.wait(10000));
    QVERIFY(latent->trainingWarningText().isEmpty());
    QVERIFY(ended.wait(60000 * kRunSlowdown));
    qInfo("after 30 epochs: %s", qPrintable(latent->trainingWarningText()));
    QVERIFY(!latent->trainingWarningText().contains("weight updates"));
}

QTEST_MAIN(TestRunState)
#include "tst_runstate.moc"
