// The autoencoder's training warnings over its scatter: one line, above the title, in room
// every scatter of the grid makes alike, so no point, title or note is under the strip and
// the plots keep one height; "Details" shows the whole text; dismissed, the room goes back.
#include "InfoBar.h"
#include "LatentSpacesTab.h"
#include "ScatterView.h"

#include <QChart>
#include <QLabel>
#include <QToolButton>
#include <QtTest>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

/// Two methods on a 30 x 30 grid, two clusters, and two training warnings with advice.
Result warnedResult(const std::vector<std::string>& methods = {"pca", "autoencoder"}) {
    Result result;
    result.config.autoencoder.epochs = 2;
    result.data.features.resize(900, 2);
    for (int i = 0; i < 900; ++i) result.data.features.row(i) << (i % 30) / 29.0, (i / 30) / 29.0;
    result.data.columnNames = {"a", "b"};
    result.config.methods = methods;
    for (const std::string& method : methods) {
        SpaceResult space;
        space.method = method;
        space.embedding = result.data.features * (method == "pca" ? 1.0 : 3.0);
        space.clustering.labels.assign(900, 0);
        for (int i = 0; i < 900; ++i) space.clustering.labels[std::size_t(i)] = i % 30 < 15 ? 0 : 1;
        space.clustering.centers = Eigen::MatrixXd(2, 2);
        space.clustering.centers << 0.25, 0.5, 0.75, 0.5;
        space.clustering.centers *= method == "pca" ? 1.0 : 3.0;
        result.spaces.push_back(space);
    }
    result.loss = {0.5, 0.4};
    result.warnings = {
        {"few_updates", "Only 28 weight updates in all: too few for the network to learn.",
         "more epochs or a smaller batch"},
        {"not_converged", "Training had not converged: the loss fell 9 % over the last tenth.",
         "more epochs"}};
    return result;
}

QRectF plotOf(LatentSpacesTab& tab, const char* method) {
    return tab.scatter(method)->chart()->plotArea();
}

}  // namespace

class TestWarningsRoom : public QObject {
    Q_OBJECT
private slots:
    void stripHasItsOwnRoom();
    void fourInARowShowTheCountWhole();
};

void TestWarningsRoom::stripHasItsOwnRoom() {
    LatentSpacesTab tab;
    tab.resize(1000, 620);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.showResult(warnedResult());
    QCoreApplication::processEvents();
    ScatterView* ae = tab.scatter("autoencoder");
    auto* bar = ae->findChild<InfoBar*>(QStringLiteral("trainingWarnings"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY(ae->topInsetRect().height() > 0);
    const QRect strip(bar->mapTo(ae, QPoint(0, 0)), bar->size());
    const QRect room = ae->topInsetRect();
    // One line, in its room, above the title, and the title above the plot.
    const int line = bar->fontMetrics().height();
    QVERIFY2(strip.height() < 2 * line + 4, qPrintable(QString::number(strip.height())));
    QVERIFY2(room.contains(strip), "the strip leaves its room");
    const int title = QFontMetrics(ae->chart()->titleFont()).height();
    QVERIFY2(strip.bottom() + title <= plotOf(tab, "autoencoder").top(),
             "the strip covers the title or the plot");
    QVERIFY(strip.left() >= 0 && strip.right() < ae->width());
    // Every scatter gave the same room, between its note and its title.
    const QRect pcaRoom = tab.scatter("pca")->topInsetRect();
    QCOMPARE(pcaRoom.height(), room.height());
    QCOMPARE(plotOf(tab, "pca").top() - pcaRoom.bottom(),
             plotOf(tab, "autoencoder").top() - room.bottom());
    const double withStrip = plotOf(tab, "pca").height();
    // The short text is the headlines, cut to the strip's width; the details wrap in full.
    QVERIFY(bar->text().startsWith(QStringLiteral("2 warnings: Only 28 weight updates")));
    auto* details = bar->findChild<QToolButton*>(QStringLiteral("detailsToggle"));
    QVERIFY(details);
    details->click();
    QVERIFY(bar->text().contains(QStringLiteral("Try: more epochs or a smaller batch")));
    QTRY_VERIFY(bar->height() > strip.height());
    details->click();
    tab.resize(760, 620);
    QTRY_VERIFY(bar->findChild<QLabel*>()->text().endsWith(QChar(0x2026)));
    QTRY_COMPARE(bar->height(), strip.height());
    // Dismissed: every plot is as tall as without a strip.
    tab.resize(1000, 620);
    bar->dismiss();
    QTRY_COMPARE(ae->topInsetRect().height(), 0);
    QTRY_VERIFY2(plotOf(tab, "pca").height() >= withStrip + room.height() - 1,
                 qPrintable(QString::number(plotOf(tab, "pca").height())));
}

void TestWarningsRoom::fourInARowShowTheCountWhole() {
    // Four scatters in a row on a laptop: the strip says how many, uncut, beside Details.
    LatentSpacesTab tab;
    tab.resize(900, 620);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.showResult(warnedResult({"pca", "autoencoder", "umap", "tsne"}));
    ScatterView* ae = tab.scatter("autoencoder");
    QVERIFY(ae);
    auto* bar = ae->findChild<InfoBar*>(QStringLiteral("trainingWarnings"));
    QTRY_VERIFY(bar && bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("2 warnings"));
    QTRY_COMPARE(bar->findChild<QLabel*>()->text(), QStringLiteral("2 warnings"));
    QVERIFY(ae->width() < 260);
    for (const std::string method : {"pca", "umap", "tsne"})
        QCOMPARE(tab.scatter(method)->topInsetRect().height(), ae->topInsetRect().height());
}

QTEST_MAIN(TestWarningsRoom)
#include "tst_warningsroom.moc"
