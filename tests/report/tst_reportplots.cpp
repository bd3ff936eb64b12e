// The report's plots: axis ticks at nice values (hand-computed) written as the GUI writes
// them, the scatter's switch from vector dots to one embedded image for large clouds, which
// keeps a 30 000-point PDF small, and the confusion table's clusters matched to labels.
#include "NiceSteps.h"
#include "PlotAxis.h"
#include "ReportHtml.h"
#include "ReportTables.h"
#include "ScatterFigure.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

using namespace latentlab;
using latentlab::report::PlotAxis;

namespace {

/// A result with `rows` points in 3 labelled groups on a line, and 3 centres.
Result fakeResult(int rows) {
    Result result;
    result.data.features = Eigen::MatrixXd::Zero(rows, 2);
    result.data.labelNames = {"a", "b", "c"};
    result.spaces.resize(1);
    result.spaces[0].method = "pca";
    result.space("pca").embedding.resize(rows, 2);
    for (int r = 0; r < rows; ++r) {
        result.data.labels.push_back(r % 3);
        result.space("pca").embedding(r, 0) = double(r % 3) + 0.001 * r / rows;
        result.space("pca").embedding(r, 1) = double(r) / rows;
        result.space("pca").clustering.labels.push_back(r % 3);
    }
    result.space("pca").clustering.centers = Eigen::MatrixXd{{0.0, 0.5}, {1.0, 0.5}, {2.0, 0.5}};
    return result;
}

QByteArray scatterPdf(const Result& result) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        const report::ReportFigure figure =
            report::scatterFigure(result, result.space("pca"), "PCA", "PC 1", "PC 2");
        figure.paint(painter, QRectF(50, 50, 240, 240), true);
    }
    return bytes;
}

}  // namespace

class TestReportPlots : public QObject {
    Q_OBJECT
private slots:
    void niceSteps();
    void linearAxisRoundsOutwards();
    void logAxisCoversDecades();
    void integerAxisStartsAtFirst();
    void labelsUseTrueMinus();
    void confusionColumnsFollowTheMatching();
    void smallCloudsAreVectors();
    void largeCloudsAreOneImage();
    void figuresRenderAtTheirAspect();
};

void TestReportPlots::niceSteps() {
    QCOMPARE(nice::stepAtLeast(0.13), 0.2);
    QCOMPARE(nice::stepAtLeast(2.1), 2.5);
    QCOMPARE(nice::stepAtLeast(26.0), 50.0);
    QCOMPARE(nice::stepAtLeast(1.0), 1.0);
    QCOMPARE(nice::stepAtLeast(0.0004), 0.0005);
}

void TestReportPlots::linearAxisRoundsOutwards() {
    // Range 0.439 over 5 ticks: step >= 0.0878 -> 0.1; 0.013 -> 0, 0.452 -> 0.5.
    const PlotAxis axis = PlotAxis::linear(0.013, 0.452, "loss");
    QCOMPARE(axis.min(), 0.0);
    QCOMPARE(axis.max(), 0.5);
    QCOMPARE(int(axis.ticks().size()), 6);
    QCOMPARE(axis.label(axis.ticks()[3]), QString("0.3"));
    QCOMPARE(axis.fraction(0.25), 0.5);
    // A constant series gets a band around it instead of an empty range.
    const PlotAxis flat = PlotAxis::linear(2.0, 2.0, "x");
    QVERIFY(flat.min() < 2.0 && flat.max() > 2.0);
}

void TestReportPlots::logAxisCoversDecades() {
    const PlotAxis axis = PlotAxis::logarithmic(0.002, 0.3, "loss");
    QCOMPARE(axis.min(), 0.001);
    QCOMPARE(axis.max(), 1.0);
    QVERIFY(axis.isLog());
    // Three decades or fewer: 1, 2 and 5 per decade.
    const std::vector<double> expected{0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0};
    QCOMPARE(int(axis.ticks().size()), int(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY(std::abs(axis.ticks()[i] / expected[i] - 1.0) < 1e-12);
    // 0.01 is one decade above 0.001 of three.
    QVERIFY(std::abs(axis.fraction(0.01) - 1.0 / 3.0) < 1e-12);
}

void TestReportPlots::integerAxisStartsAtFirst() {
    // 50 epochs over about 8 ticks: step >= 49 / 8 = 6.1 -> 10; plus epoch 1 itself.
    const PlotAxis axis = PlotAxis::integers(1, 50, "epoch");
    const std::vector<double> expected{1, 10, 20, 30, 40, 50};
    QCOMPARE(axis.ticks(), expected);
    QCOMPARE(axis.label(20), QString("20"));
}

void TestReportPlots::labelsUseTrueMinus() {
    const PlotAxis axis = PlotAxis::linear(-1.0, 1.0, "z1");
    QCOMPARE(axis.label(-0.5), QString::fromUtf8("\u22120.5"));
    QCOMPARE(axis.label(-0.0), QString("0.0"));
    const PlotAxis wide = PlotAxis::linear(-2000.0, 36718.0, "inertia");
    QCOMPARE(wide.label(-2000.0), QString::fromUtf8("\u22122,000"));
    QCOMPARE(wide.label(30000.0), QString("30,000"));
    QCOMPARE(PlotAxis::logarithmic(1e-3, 1.0, "loss").label(0.002), QString("0.002"));
}

void TestReportPlots::confusionColumnsFollowTheMatching() {
    // Both clusters hold most of label "a": ordered by their main label, cluster 0 came first
    // and the diagonal held 10 + 1 points. Matched (9 + 9 = 18), cluster 1 stands under "a".
    SpaceResult space;
    space.confusion = Eigen::MatrixXi{{10, 9}, {9, 1}};
    Dataset data;
    data.labelNames = {"a", "b"};
    const report::ReportTable table = report::confusionTable(space, data);
    QCOMPARE(table.header, (QStringList{"label \\ cluster", "1", "0", "total"}));
    QCOMPARE(table.rows[0][1].text, QString("9"));
    QCOMPARE(table.rows[1][1].text, QString("1"));
    QCOMPARE(table.rows[1][2].text, QString("9"));
}

void TestReportPlots::smallCloudsAreVectors() {
    const QByteArray pdf = scatterPdf(fakeResult(3000));
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(!pdf.contains("/Subtype /Image"), "a small scatter should be vector dots");
}

void TestReportPlots::largeCloudsAreOneImage() {
    QVERIFY(report::kVectorPointLimit < 30000);
    const QByteArray pdf = scatterPdf(fakeResult(30000));
    QVERIFY(pdf.contains("/Subtype /Image"));
    // As vectors, 30 000 dots took about 2.3 MB; as an image far less.
    QVERIFY2(pdf.size() < 1000000, qPrintable(QString::number(pdf.size())));
}

void TestReportPlots::figuresRenderAtTheirAspect() {
    const Result result = fakeResult(100);
    const report::ReportFigure figure =
        report::scatterFigure(result, result.space("pca"), "PCA", "PC 1", "PC 2");
    const QImage image = report::renderFigure(figure, 240.0, 2.0);
    QCOMPARE(image.size(), QSize(480, int(std::ceil(480 * figure.aspect))));
    // Something was drawn in the group colours, not just white.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (QColor(image.pixel(x, y)).hsvSaturation() > 60) ++coloured;
    QVERIFY(coloured > 50);
}

QTEST_MAIN(TestReportPlots)
#include "tst_reportplots.moc"
