// The report's resolution-sweep section: with Leiden's sweep it has the heading, both
// figures and a table whose row at the run's resolution shows what the run itself found
// (the clusters and ARI of its own Leiden clustering in each space); without it, none.
#include "Report.h"
#include "ReportTestRun.h"
#include "ResolutionSweep.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace latentlab;
using reporttest::fourSignificant;

class TestReportResolution : public QObject {
    Q_OBJECT
private slots:
    void sweepRowAtTheRunsResolutionIsTheRun();
};

void TestReportResolution::sweepRowAtTheRunsResolutionIsTheRun() {
    Config config = reporttest::smallConfig();
    config.clustering.method = ClusteringMethod::Leiden;
    const Result result = runPipeline(config);
    const ResolutionSweep sweep = sweepResolution(result, {0.5, 1.0, 1.5});
    QTemporaryDir dir;
    report::ReportInput input{result};
    const QString without = dir.filePath("without.pdf");
    report::writeReport(input, without);
    input.resolutionSweep = &sweep;
    const QString with = dir.filePath("with.pdf");
    report::writeReport(input, with);
    const QString text = reporttest::pdfText(with);
    if (text.isNull()) QSKIP("pdftotext not installed");
    QVERIFY(!reporttest::pdfText(without).contains(QStringLiteral("Resolution sweep")));
    QVERIFY(text.contains(QStringLiteral("Resolution sweep (Leiden)")));
    QVERIFY(text.contains(QStringLiteral("Clusters vs resolution")));
    QVERIFY(text.contains(QStringLiteral("ARI vs resolution")));
    // The table's row "1  <clusters> <modularity> <ARI>  <clusters> ..." for PCA then the AE.
    QString pattern = QStringLiteral("\\n\\s*1");
    for (const SpaceResult& space : result.spaces) {
        pattern += QStringLiteral("\\s+%1\\s+\\S+\\s+%2")
                       .arg(int(space.metrics.clusters))
                       .arg(QRegularExpression::escape(fourSignificant(space.metrics.ari)));
    }
    QVERIFY2(text.contains(QRegularExpression(pattern)), qPrintable(pattern));
}

QTEST_MAIN(TestReportResolution)
#include "tst_reportresolution.moc"
