// ScatterView's colours and legend on the real 30000-point seed_blobs embedding: clusters in
// the colours of the labels they are matched to (checked against a brute-force matching),
// colour + marker shape past the palette's size, and legend names shown whole, beside the
// plot or under it, never over the points.
#include "NumberFormat.h"
#include "Palette.h"
#include "ScatterLegendItem.h"
#include "ScatterView.h"
#include "ViewTestData.h"

#include <QChart>
#include <QGraphicsScene>
#include <QtTest>
#include <algorithm>
#include <set>

using namespace latentlab::gui;
using latentlab::report::MarkerShape;

class TestScatterColours : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void colourByClusterSwitchesSeries();
    void legendUsesPaletteAndNames();
    void clustersWearTheirLabelsColours();
    void fortyClassesAreFortyLooks();
    void legendNamesAreShownWhole_data();
    void legendNamesAreShownWhole();

private:
    void show();
    ScatterView* m_view = nullptr;
};

void TestScatterColours::init() { m_view = viewtest::seedBlobsScatter(); }

void TestScatterColours::cleanup() {
    delete m_view;
    m_view = nullptr;
}

void TestScatterColours::show() {
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

namespace {

/// The best one-to-one matching of labels to clusters by brute force over all k!
/// permutations (k = 8: 40,320), independent of the Hungarian method: per label, its cluster.
std::vector<int> bestMatching(const std::vector<int>& labels, const std::vector<int>& clusters,
                              int k, bool* unique) {
    std::vector<std::vector<int>> counts(static_cast<std::size_t>(k),
                                         std::vector<int>(static_cast<std::size_t>(k), 0));
    for (std::size_t i = 0; i < labels.size(); ++i)
        ++counts[std::size_t(labels[i])][std::size_t(clusters[i])];
    std::vector<int> permutation(static_cast<std::size_t>(k));
    for (int i = 0; i < k; ++i) permutation[std::size_t(i)] = i;
    std::vector<int> best = permutation;
    long long bestTotal = -1;
    int ties = 0;
    do {
        long long total = 0;
        for (int label = 0; label < k; ++label)
            total += counts[std::size_t(label)][std::size_t(permutation[std::size_t(label)])];
        if (total > bestTotal) {
            bestTotal = total;
            best = permutation;
            ties = 1;
        } else if (total == bestTotal) {
            ++ties;
        }
    } while (std::next_permutation(permutation.begin(), permutation.end()));
    *unique = ties == 1;
    return best;
}

}  // namespace

void TestScatterColours::colourByClusterSwitchesSeries() {
    const QStringList byLabel = m_view->seriesNames();
    QCOMPARE(byLabel.first(), QStringLiteral("0"));
    m_view->setColourBy(ColourBy::Cluster);
    const QStringList byCluster = m_view->seriesNames();
    // Listed in the labels' order: first the cluster that holds label 0.
    const auto& e = viewtest::seedBlobs();
    bool unique = false;
    const int first = bestMatching(e.data.labels, e.clustering.labels, 8, &unique)[0];
    QCOMPARE(byCluster.first(), QStringLiteral("cluster %1").arg(first));
    QCOMPARE(byCluster.size(), 9);  // 8 clusters + centres
    QCOMPARE(m_view->pointCount(), 30000);
    m_view->setColourBy(ColourBy::TrueLabel);
    QCOMPARE(m_view->seriesNames(), byLabel);
}

void TestScatterColours::legendUsesPaletteAndNames() {
    show();
    int visible = 0;
    const QColor base = m_view->palette().color(QPalette::Base);
    for (const ScatterLegendItem::Entry& entry : m_view->legend()->entries()) {
        if (entry.centre) {
            QCOMPARE(entry.name, QStringLiteral("k-means centres"));
            continue;
        }
        QCOMPARE(entry.colour.rgb(), Palette::color(entry.name.toInt(), base).rgb());
        QCOMPARE(entry.shape, MarkerShape::Circle);
        ++visible;
    }
    QCOMPARE(visible, 8);
    // One legend, however often the look changes.
    m_view->setOpacity(0.3);
    m_view->setPointSize(6.0);
    m_view->setColourBy(ColourBy::Cluster);
    m_view->setColourBy(ColourBy::TrueLabel);
    int legends = 0;
    for (QGraphicsItem* item : m_view->chart()->scene()->items())
        legends += dynamic_cast<ScatterLegendItem*>(item) != nullptr;
    QCOMPARE(legends, 1);
    // Beside the plot, never over it, inside the chart.
    const QRectF legend = m_view->legend()->sceneBoundingRect();
    QVERIFY(!legend.intersects(m_view->chart()->plotArea()));
    QVERIFY(QRectF(QPointF(0, 0), m_view->chart()->size()).contains(legend));
}

void TestScatterColours::clustersWearTheirLabelsColours() {
    const auto& e = viewtest::seedBlobs();
    bool unique = false;
    const std::vector<int> holder = bestMatching(e.data.labels, e.clustering.labels, 8, &unique);
    QVERIFY(unique);
    // k-means numbers its clusters in no particular order: the test data must show it.
    QVERIFY(holder != (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    m_view->setColourBy(ColourBy::Cluster);
    show();
    const QColor base = m_view->palette().color(QPalette::Base);
    // Every cluster's points and legend marker in the colour of the label it holds.
    const QStringList names = m_view->seriesNames();
    for (int label = 0; label < 8; ++label) {
        const QString name = QStringLiteral("cluster %1").arg(holder[std::size_t(label)]);
        const int slot = int(names.indexOf(name));
        QVERIFY2(slot >= 0, qPrintable(name));
        QCOMPARE(m_view->groups()[std::size_t(slot)].colour.rgb(),
                 Palette::color(label, base).rgb());
        const ScatterLegendItem::Entry& entry = m_view->legend()->entries()[std::size_t(slot)];
        QCOMPARE(entry.name, name);
        QCOMPARE(entry.colour.rgb(), Palette::color(label, base).rgb());
    }
    // Without labels, clusters keep their own colours.
    m_view->setData(e.latent, {}, {}, e.clustering.labels, e.clustering.centers);
    QVERIFY(!m_view->clusterMatching().hasClasses());
    for (int c = 0; c < 8; ++c)
        QCOMPARE(m_view->groups()[std::size_t(c)].colour.rgb(), Palette::color(c, base).rgb());
}

void TestScatterColours::fortyClassesAreFortyLooks() {
    // 40 labels: the palette's colours, then again with the next marker shape.
    const int classes = 40;
    Eigen::MatrixXd xy(classes * 5, 2);
    std::vector<int> labels;
    std::vector<std::string> names;
    for (int c = 0; c < classes; ++c) names.push_back("class " + std::to_string(c));
    for (int i = 0; i < xy.rows(); ++i) {
        labels.push_back(i % classes);
        xy(i, 0) = i % classes;
        xy(i, 1) = i / classes;
    }
    m_view->setData(xy, labels, names, {}, Eigen::MatrixXd());
    show();
    const auto& groups = m_view->groups();
    QCOMPARE(int(groups.size()), classes);
    std::set<std::pair<QRgb, int>> looks;
    for (const PointGroup& group : groups) looks.insert({group.colour.rgb(), int(group.shape)});
    QCOMPARE(int(looks.size()), classes);
    QCOMPARE(groups[0].shape, MarkerShape::Circle);
    QCOMPARE(groups[std::size_t(Palette::size())].shape, MarkerShape::Square);
    QCOMPARE(groups[std::size_t(Palette::size())].colour.rgb(), groups[0].colour.rgb());
    // The legend shows the same looks; what does not fit ends in "+N more", listing the rest.
    const auto& entries = m_view->legend()->entries();
    QCOMPARE(int(entries.size()), classes);
    for (int g = 0; g < classes; ++g) {
        QCOMPARE(entries[std::size_t(g)].shape, groups[std::size_t(g)].shape);
        QCOMPARE(entries[std::size_t(g)].colour, groups[std::size_t(g)].colour);
    }
    m_view->resize(480, 360);
    QCoreApplication::sendPostedEvents();
    const QStringList shown = m_view->legend()->shownTexts();
    QVERIFY2(shown.size() < classes && shown.last().startsWith(QStringLiteral("+")),
             qPrintable(shown.join(QLatin1Char('|'))));
    const int hidden = shown.last().mid(1).section(QLatin1Char(' '), 0, 0).toInt();
    QCOMPARE(shown.size() - 1 + hidden, classes);
    QCOMPARE(m_view->legend()->shownToolTips().last().split(QLatin1Char('\n')).size(), hidden);
    QVERIFY(m_view->legend()->shownToolTips().last().endsWith(QStringLiteral("class 39")));
    QVERIFY(!m_view->legend()->sceneBoundingRect().intersects(m_view->chart()->plotArea()));
}

void TestScatterColours::legendNamesAreShownWhole_data() {
    QTest::addColumn<int>("width");
    QTest::newRow("wide view, legend beside") << 760;
    QTest::newRow("narrow view, legend below") << 480;
}

void TestScatterColours::legendNamesAreShownWhole() {
    // Qt Charts' own legend showed "clust..." below a narrow plot.
    QFETCH(int, width);
    m_view->resize(width, 560);
    m_view->setColourBy(ColourBy::Cluster);
    show();
    QCoreApplication::sendPostedEvents();
    const ScatterLegendItem* legend = m_view->legend();
    // 8 clusters, whole, each with its count; then the centres.
    QStringList expected = m_view->seriesNames();
    for (int g = 0; g < int(m_view->groups().size()); ++g)
        expected[g] += QStringLiteral(" (%1)").arg(latentlab::report::NumberFormat::count(
            int(m_view->groups()[std::size_t(g)].rows.size())));
    QCOMPARE(legend->shownTexts(), expected);
    QVERIFY(!legend->sceneBoundingRect().intersects(m_view->chart()->plotArea()));
    QVERIFY(QRectF(QPointF(0, 0), m_view->chart()->size()).contains(legend->sceneBoundingRect()));

    // Long class names: whole up to a sensible length, past it cut with the name as tooltip.
    if (width < 560) return;  // nine long names need more lines than a narrow view has
    const auto& e = viewtest::seedBlobs();
    std::vector<std::string> names;
    for (int c = 0; c < 8; ++c)
        names.push_back(c == 2 ? "CD4-positive, alpha-beta memory T cell, tissue resident"
                               : "CD8-positive cytotoxic T cell " + std::to_string(c));
    m_view->setColourBy(ColourBy::TrueLabel);
    m_view->setData(e.latent, e.data.labels, names, e.clustering.labels, e.clustering.centers);
    QCoreApplication::sendPostedEvents();
    const QStringList texts = legend->shownTexts();
    const QStringList tips = legend->shownToolTips();
    QCOMPARE(texts.size(), 9);
    for (int c = 0; c < 8; ++c) {
        const QString name = QString::fromStdString(names[std::size_t(c)]);
        const QString count = QStringLiteral(" (%1)").arg(latentlab::report::NumberFormat::count(
            int(m_view->groups()[std::size_t(c)].rows.size())));
        QVERIFY2(texts[c].endsWith(count), qPrintable(texts[c]));
        const QString shownName = texts[c].chopped(count.size());
        if (name.size() <= ScatterLegendItem::kMaxNameLength) {
            QCOMPARE(shownName, name);
            QVERIFY(tips[c].isEmpty());
        } else {
            QVERIFY2(shownName.endsWith(QChar(0x2026)) && name.startsWith(shownName.chopped(1)),
                     qPrintable(texts[c]));
            QCOMPARE(tips[c], name);
        }
    }
    QVERIFY(!legend->sceneBoundingRect().intersects(m_view->chart()->plotArea()));
}

QTEST_MAIN(TestScatterColours)
#include "tst_scattercolours.moc"
