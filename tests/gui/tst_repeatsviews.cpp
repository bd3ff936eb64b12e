// The pieces of "Repeat × N" on hand-made numbers: which rows the table shows and which
// method its interval favours, the summary and per-repeat CSV files, and the box plot's
// five-number summary against numpy's percentiles.
#include "MetricBoxPlotView.h"
#include "RepeatsCsv.h"
#include "RepeatsTableModel.h"
#include "TestData.h"

#include <QFont>
#include <cmath>

using namespace latentlab;
using latentlab::gui::RepeatsTableModel;

class TestRepeatsViews : public QObject {
    Q_OBJECT
private slots:
    void verdictAndSkippedRows();
    void boxStatsMatchNumpy();
};

void TestRepeatsViews::verdictAndSkippedRows() {
    // Hand-made repeats: silhouette (higher better) AE − PCA = 0.25 in every repeat (sd 0, so
    // the interval is [0.25, 0.25]); Davies-Bouldin (lower better) the same; ARI absent.
    RepeatsResult repeats;
    repeats.methods = {"pca", "autoencoder"};
    repeats.baseline = "pca";
    const double pca[] = {0.25, 0.5, 0.75};   // binary-exact, so the file's digits are too
    const double spread[] = {0.1, 0.3, 0.2};  // mean 0.2, sd 0.1: interval 0.2 ± 0.248
    for (int r = 0; r < 3; ++r) {
        MethodMetrics p, a;
        p.silhouetteInput = pca[r];
        a.silhouetteInput = pca[r] + 0.25;
        p.daviesBouldin = pca[r];
        a.daviesBouldin = pca[r] + 0.25;
        p.inertia = 10.0;
        a.inertia = 20.0;
        p.nmi = 0.5;
        a.nmi = 0.5 + spread[r];
        repeats.runs.push_back({p, a});
    }
    RepeatsTableModel model;
    model.setRepeats(std::make_shared<const RepeatsResult>(repeats));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf("ari"), -1);
    QCOMPARE(model.verdictAt(model.rowOf("silhouette_input"), "autoencoder"),
             io::PairedVerdict::MethodBetter);
    QCOMPARE(model.verdictAt(model.rowOf("davies_bouldin"), "autoencoder"),
             io::PairedVerdict::BaselineBetter);
    QCOMPARE(model.verdictAt(model.rowOf("inertia"), "autoencoder"), io::PairedVerdict::NotRanked);
    const int nmi = model.rowOf("nmi");
    QCOMPARE(model.verdictAt(nmi, "autoencoder"), io::PairedVerdict::NoClearDifference);
    // t(0.975, 2) = 4.303: half-width 4.303 * 0.1 / sqrt(3) = 0.24844.
    LL_COMPARE_ABS(model
                       .data(model.index(nmi, model.differenceColumn("autoencoder")),
                             RepeatsTableModel::CiLowRole)
                       .toDouble(),
                   0.2 - 0.248434, 1e-5);
    const QString verdict =
        model.index(model.rowOf("silhouette_input"), model.verdictColumn()).data().toString();
    QCOMPARE(verdict, QStringLiteral("\u2714 AE"));  // short: the table fits beside its box plot
    QVERIFY(model.index(model.rowOf("silhouette_input"), model.valueColumn("autoencoder"))
                .data(Qt::FontRole)
                .value<QFont>()
                .bold());

    const QByteArray summary = io::repeatsSummaryCsv(repeats);
    QVERIFY2(
        summary.contains("silhouette_input,Silhouette (input),true,3,autoencoder,0.75,0.25,0.25,0,"
                         "0.25,0.25,autoencoder\n"),
        summary.constData());
    QVERIFY(summary.contains(",autoencoder\n") && summary.contains(",pca\n") &&
            summary.contains(",not_ranked\n") && summary.contains(",none\n"));
    QVERIFY(!summary.contains("\nari,"));
    QCOMPARE(io::repeatsCsv(repeats).trimmed().split('\n').size(), 7);  // header + 3 x 2
}

void TestRepeatsViews::boxStatsMatchNumpy() {
    // numpy.percentile([1..9, 100], [25, 50, 75]) = 3.25, 5.5, 7.75; IQR 4.5, so the upper
    // whisker stops at 9 (100 > 7.75 + 6.75) and the lower one at 1.
    const auto stats = gui::MetricBoxPlotView::boxStats({1, 2, 3, 4, 5, 6, 7, 8, 9, 100, NAN});
    QCOMPARE(stats.count, 10);
    QCOMPARE(stats.lowerQuartile, 3.25);
    QCOMPARE(stats.median, 5.5);
    QCOMPARE(stats.upperQuartile, 7.75);
    QCOMPARE(stats.whiskerLow, 1.0);
    QCOMPARE(stats.whiskerHigh, 9.0);
    QCOMPARE(gui::MetricBoxPlotView::boxStats({2.0}).median, 2.0);
    QCOMPARE(gui::MetricBoxPlotView::boxStats({}).count, 0);
    for (int r = 0; r < 50; ++r) {
        const double j = gui::MetricBoxPlotView::jitter(r);
        QVERIFY(j >= -0.5 && j < 0.5);
        QCOMPARE(gui::MetricBoxPlotView::jitter(r), j);
        if (r > 0) QVERIFY(j != gui::MetricBoxPlotView::jitter(r - 1));
    }
}

QTEST_MAIN(TestRepeatsViews)
#include "tst_repeatsviews.moc"
