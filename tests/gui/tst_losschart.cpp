// The loss chart: epochs appended live, a diverged epoch left out, the log-scale switch, and
// the held-out rows' validation curve beside the training curve (its own series, a legend,
// the status line, the y range covering both).
#include "ChartExport.h"
#include "LossChartView.h"
#include "ViewTestData.h"

#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

using namespace latentlab;
using namespace latentlab::gui;

class TestLossChart : public QObject {
    Q_OBJECT
private slots:
    void appendsAndSwitchesToLog();
    void validationCurveBesideTraining();
};

void TestLossChart::appendsAndSwitchesToLog() {
    LossChartView view;
    view.resize(600, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy logChanged(&view, &LossChartView::logScaleChanged);
    for (int epoch = 1; epoch <= 50; ++epoch) view.appendLoss(epoch, 0.1 * std::exp(-0.08 * epoch));
    QCOMPARE(view.pointCount(), 50);
    view.appendLoss(51, std::nan(""));  // a diverged epoch is not plotted
    QCOMPARE(view.pointCount(), 50);
    QCheckBox* toggle = view.findChild<QCheckBox*>();
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(view.logScale());
    QCOMPARE(logChanged.count(), 1);
    QLogValueAxis* logAxis = nullptr;
    int visibleVertical = 0;
    for (QAbstractAxis* axis : view.chart()->axes(Qt::Vertical)) {
        if (!axis->isVisible()) continue;
        ++visibleVertical;
        logAxis = qobject_cast<QLogValueAxis*>(axis);
    }
    QCOMPARE(visibleVertical, 1);
    QVERIFY(logAxis);
    QVERIFY(logAxis->min() <= 0.1 * std::exp(-0.08 * 50));
    QVERIFY(logAxis->max() >= 0.1 * std::exp(-0.08));
    QCOMPARE(view.pointCount(), 50);
    view.setLogScale(false);
    QVERIFY(!toggle->isChecked());
    view.setLoss({0.5, 0.4, 0.3});
    QCOMPARE(view.pointCount(), 3);
    view.clear();
    QCOMPARE(view.pointCount(), 0);
    const QImage image = ChartExport::toImage(&view, 1.0);
    QVERIFY(viewtest::nonBackgroundPixels(image) > 1000);
}

void TestLossChart::validationCurveBesideTraining() {
    LossChartView view;
    view.resize(600, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Without held-out rows: one curve, no legend.
    view.setLoss({0.5, 0.4, 0.3});
    QCOMPARE(view.validationPointCount(), 0);
    QVERIFY(!view.chart()->legend()->isVisible());
    view.clear();
    for (int epoch = 1; epoch <= 20; ++epoch)
        view.appendLoss(epoch, 0.5 / epoch, epoch < 10 ? 0.6 / epoch : 0.06 + 0.02 * epoch);
    QCOMPARE(view.pointCount(), 20);
    QCOMPARE(view.validationPointCount(), 20);
    QVERIFY(view.chart()->legend()->isVisible());
    int shownMarkers = 0;
    for (QLegendMarker* marker : view.chart()->legend()->markers())
        if (marker->isVisible()) ++shownMarkers;
    QCOMPARE(shownMarkers, 2);  // training and validation, on the scale shown
    // The y axis covers the validation curve's highest value too (0.46 at epoch 20).
    QValueAxis* linear = nullptr;
    for (QAbstractAxis* axis : view.chart()->axes(Qt::Vertical))
        if (axis->isVisible()) linear = qobject_cast<QValueAxis*>(axis);
    QVERIFY(linear);
    QVERIFY(linear->max() >= 0.46);
    const QString status = view.findChild<QLabel*>()->text();
    QVERIFY2(status.contains("validation") && status.contains("best validation"),
             qPrintable(status));
    view.setLogScale(true);
    shownMarkers = 0;
    for (QLegendMarker* marker : view.chart()->legend()->markers())
        if (marker->isVisible()) ++shownMarkers;
    QCOMPARE(shownMarkers, 2);
    // A finished result replaces both curves.
    view.setLoss({0.5, 0.4, 0.3, 0.2}, {0.6, 0.5, 0.55, 0.7});
    QCOMPARE(view.pointCount(), 4);
    QCOMPARE(view.validationPointCount(), 4);
    const QImage image = ChartExport::toImage(&view, 1.0);
    QVERIFY(viewtest::nonBackgroundPixels(image) > 1000);
}

QTEST_MAIN(TestLossChart)
#include "tst_losschart.moc"
