// Texts that must fit and markers that must mean something, on hand-built inputs at the
// sizes a 1366 x 768 laptop gives: the box plot's title, interval and captions (empty and
// after repeats), the explained-variance title, the k-sweep legend and its k labels, the
// loss chart on a short strip.
#include "ChartExport.h"
#include "ChartStyle.h"
#include "KSweepChartView.h"
#include "LossChartView.h"
#include "MetricBoxPlotView.h"
#include "VarianceBarsView.h"
#include "ViewTestData.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

/// Five repeats whose ARI differs, the autoencoder's lower.
RepeatsResult fiveRepeats() {
    RepeatsResult repeats;
    repeats.methods = {"pca", "autoencoder"};
    repeats.baseline = "pca";
    for (int r = 0; r < 5; ++r) {
        MethodMetrics pca, autoencoder;
        pca.ari = 0.90 - 0.03 * r;
        autoencoder.ari = 0.24 + 0.05 * (r % 3);
        repeats.runs.push_back({pca, autoencoder});
    }
    return repeats;
}

KSweep sweep(int first, int last) {
    KSweep result;
    result.methods = {"pca", "autoencoder"};
    result.curves.resize(2);
    for (int k = first; k <= last; ++k) {
        const double share = 1.0 / k;
        result.curves[0].push_back({k, 100.0 * share, share, 0.6 - 0.02 * k});
        result.curves[1].push_back({k, 40.0 * share, 0.8 * share, 0.5 - 0.01 * k});
    }
    result.chosenK = (first + last) / 2;
    return result;
}

/// Height `text` takes wrapped to `box`'s width in `font`, and whether it fits the box.
bool fits(const QFont& font, const QString& text, const QRectF& box) {
    const QRectF needed =
        QFontMetricsF(font).boundingRect(QRectF(0, 0, box.width(), 1000), Qt::TextWordWrap, text);
    return needed.width() <= box.width() + 0.5 && needed.height() <= box.height() + 0.5;
}

QStringList visibleLegend(QChart* chart) {
    QStringList labels;
    for (QLegendMarker* marker : chart->legend()->markers())
        if (marker->isVisible()) labels << marker->label();
    return labels;
}

}  // namespace

class TestChartCosmetics : public QObject {
    Q_OBJECT
private slots:
    void boxPlotTextsFit_data();
    void boxPlotTextsFit();
    void varianceTitleFits();
    void sweepLegendListsOnlyTheMethods();
    void sweepLabelsKeepApart_data();
    void sweepLabelsKeepApart();
    void sweepLabelsNeverElided_data();
    void sweepLabelsNeverElided();
    void lossChartOnAShortStrip();
};

void TestChartCosmetics::boxPlotTextsFit_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("withRepeats");
    // 300 px: the box plot beside the repeats table on a laptop.
    QTest::newRow("laptop, empty") << 300 << false;
    QTest::newRow("laptop, repeats") << 300 << true;
    QTest::newRow("desktop, repeats") << 460 << true;
}

void TestChartCosmetics::boxPlotTextsFit() {
    QFETCH(int, width);
    QFETCH(bool, withRepeats);
    MetricBoxPlotView view;
    view.resize(width, 300);
    if (withRepeats) view.setMetric(fiveRepeats(), "ari");
    const QRectF area(QPointF(0, 0), QSizeF(view.size()));
    const MetricBoxPlotView::TextBoxes boxes = view.textBoxes(area);
    const QFont title = ChartStyle::titleFont(view.font());
    const QFont label = ChartStyle::labelFont(view.font());
    QVERIFY2(fits(title, view.title(), boxes.title), qPrintable(view.title()));
    QVERIFY2(fits(label, view.subtitle(), boxes.subtitle), qPrintable(view.subtitle()));
    if (withRepeats) QVERIFY(view.subtitle().contains(QStringLiteral("95 % CI")));
    for (const QRectF& box :
         {boxes.title, boxes.subtitle, boxes.methods[0], boxes.methods[1], boxes.footer})
        QVERIFY(area.contains(box));
    QVERIFY(boxes.subtitle.top() >= boxes.title.bottom());
    // The captions keep apart and show whole: "PCA (n = 5)", "Autoencoder (n = 5)", or just
    // the names before any repeats.
    QVERIFY(!boxes.methods[0].intersects(boxes.methods[1]));
    for (std::size_t method = 0; method < view.methods().size(); ++method) {
        const QString caption = view.methodLabel(view.methods()[method]);
        QVERIFY2(QFontMetricsF(label).horizontalAdvance(caption) <= boxes.methods[method].width(),
                 qPrintable(caption));
        QVERIFY(boxes.methods[method].top() > boxes.subtitle.bottom());
        QVERIFY(boxes.methods[method].bottom() <= boxes.footer.top());
    }
    QCOMPARE(view.methodLabel("autoencoder"),
             withRepeats ? QStringLiteral("Autoencoder (n = 5)") : QStringLiteral("Autoencoder"));
}

void TestChartCosmetics::varianceTitleFits() {
    // The Clusters tab's third column on a laptop; ten components, the first two 53.5 %.
    VarianceBarsView view;
    view.resize(260, 420);
    Eigen::VectorXd ratio(10);
    ratio << 0.32, 0.215, 0.11, 0.09, 0.08, 0.06, 0.05, 0.04, 0.02, 0.015;
    view.setExplainedVarianceRatio(ratio);
    const QStringList lines = view.titleLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[1], QStringLiteral("PC 1+2: 53.5 %"));
    const QFontMetricsF metrics(view.chart()->titleFont());
    for (const QString& line : lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= view.width() - 12, qPrintable(line));
    // The y axis's title fits the plot's height.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::sendPostedEvents();
    QAbstractAxis* y = view.chart()->axes(Qt::Vertical).first();
    QVERIFY(QFontMetricsF(y->titleFont()).horizontalAdvance(y->titleText()) <
            view.chart()->plotArea().height());
}

void TestChartCosmetics::sweepLegendListsOnlyTheMethods() {
    for (auto measure :
         {KSweepChartView::Measure::InertiaOverTss, KSweepChartView::Measure::Silhouette}) {
        KSweepChartView view(measure);
        view.resize(440, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList methods{QStringLiteral("PCA"), QStringLiteral("Autoencoder")};
        QCOMPARE(visibleLegend(view.chart()), methods);
        view.setSweep(sweep(2, 15));
        QCOMPARE(view.markedK(), 8);  // marked on the chart, not in the legend
        QCOMPARE(visibleLegend(view.chart()), methods);
        if (measure == KSweepChartView::Measure::InertiaOverTss) {
            view.setRawInertia(true);
            QCOMPARE(visibleLegend(view.chart()), methods);
        }
    }
}

void TestChartCosmetics::sweepLabelsKeepApart_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("titled");
    QTest::newRow("laptop") << QSize(430, 200) << false;
    QTest::newRow("desktop") << QSize(700, 380) << true;
}

void TestChartCosmetics::sweepLabelsKeepApart() {
    QFETCH(QSize, size);
    QFETCH(bool, titled);
    KSweepChartView view(KSweepChartView::Measure::Silhouette);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSweep(sweep(2, 15));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(view.chart()->title().isEmpty(), !titled);
    const QRectF plot = view.chart()->plotArea();
    auto* k = qobject_cast<QValueAxis*>(view.chart()->axes(Qt::Horizontal).first());
    QTRY_VERIFY2(k->tickInterval() * plot.width() / (k->max() - k->min()) >= 30.0,
                 qPrintable(QString::number(k->tickInterval())));
    for (QAbstractAxis* axis : view.chart()->axes(Qt::Vertical)) {
        auto* y = qobject_cast<QValueAxis*>(axis);
        if (!y || !y->isVisible()) continue;
        QVERIFY2((y->tickCount() - 1) * 30.0 <= view.chart()->plotArea().height() + 30.0,
                 qPrintable(QString::number(y->tickCount())));
    }
}

void TestChartCosmetics::sweepLabelsNeverElided_data() {
    QTest::addColumn<int>("measure");
    QTest::newRow("elbow (with the Raw inertia box)")
        << int(KSweepChartView::Measure::InertiaOverTss);
    QTest::newRow("silhouette") << int(KSweepChartView::Measure::Silhouette);
}

void TestChartCosmetics::sweepLabelsNeverElided() {
    // Around the height where the title goes, Qt Charts squeezed the elbow's k labels and
    // axis title to "..." (the Raw inertia box makes its chart shorter than its neighbour's).
    QFETCH(int, measure);
    KSweepChartView view{KSweepChartView::Measure(measure)};
    view.resize(480, 220);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int height = 220; height <= 340; height += 4) {
        view.resize(480, height);
        QCoreApplication::sendPostedEvents();
        QTest::qWait(20);
        for (QGraphicsItem* item : view.chart()->scene()->items()) {
            auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            if (!text || !text->isVisible()) continue;
            QVERIFY2(
                !text->toPlainText().contains(QLatin1String("...")),
                qPrintable(QStringLiteral("%1 px: '%2'").arg(height).arg(text->toPlainText())));
        }
    }
}

void TestChartCosmetics::lossChartOnAShortStrip() {
    LossChartView view;
    for (int epoch = 1; epoch <= 50; ++epoch) view.appendLoss(epoch, 0.1 * std::exp(-0.08 * epoch));
    view.resize(360, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::sendPostedEvents();
    // No title, and no more y ticks than 30 px each allows (Qt elides crowded labels to "...").
    QCOMPARE(view.chart()->title(), QString());
    QAbstractAxis* y = view.chart()->axes(Qt::Vertical).first();
    auto* linear = qobject_cast<QValueAxis*>(y);
    QVERIFY(linear);
    QTRY_VERIFY2(linear->tickCount() - 1 <= int(view.chart()->plotArea().height() / 30.0),
                 qPrintable(QStringLiteral("%1 ticks on %2 px")
                                .arg(linear->tickCount())
                                .arg(view.chart()->plotArea().height())));
    QVERIFY(linear->tickCount() >= 3);
    QVERIFY(linear->max() >= 0.1 * std::exp(-0.08));
    // The export carries the title (dark text across the middle of its top band); the screen
    // stays without.
    const QImage image = ChartExport::toImage(&view, 1.0);
    const QImage band = image.copy(image.width() / 4, 0, image.width() / 2, 24);
    QVERIFY2(viewtest::pixelsNear(band, view.palette().color(QPalette::Text), 90) > 30,
             "no title in the export");
    QCOMPARE(view.chart()->title(), QString());
    view.resize(560, 360);
    QCoreApplication::processEvents();
    QCOMPARE(view.chart()->title(), QStringLiteral("Training loss"));
    QTRY_VERIFY(linear->tickCount() == 6);
}

QTEST_MAIN(TestChartCosmetics)
#include "tst_chartcosmetics.moc"
