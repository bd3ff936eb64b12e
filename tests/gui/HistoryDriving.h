// Drives the window's run History as a user does, for tst_runhistory: small runs, the
// History tab brought up, rows clicked; and the catalog's metrics by key.
#pragma once

#include "HistoryCompareDialog.h"
#include "HistoryController.h"
#include "HistoryPanel.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "Result.h"
#include "WindowRun.h"

#include <QAction>
#include <QImage>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

namespace historytest {

using namespace latentlab;
using namespace latentlab::gui;

inline Config smallConfig(int samples, int epochs = 3) {
    Config config;
    config.data.samples = samples;
    config.data.centers = 4;
    config.autoencoder.epochs = epochs;
    return config;
}

/// The window after two runs: 1,200 rows and 3 epochs, then 1,500 rows and 4 epochs.
inline bool runTwice(MainWindow& window) {
    window.setConfig(smallConfig(1200, 3));
    if (!runAndWait(window)) return false;
    window.setConfig(smallConfig(1500, 4));
    return runAndWait(window);
}

inline void showHistory(MainWindow& window) {
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.action("showHistory")->trigger();
    QCOMPARE(window.tabs()->currentWidget(), window.runHistory()->panel());
    QTRY_VERIFY(window.runHistory()->panel()->table()->isVisible());
}

/// A click on run `number`'s row, as a user selects it (Ctrl adds to the selection).
inline void clickRun(HistoryPanel* panel, int number, Qt::KeyboardModifiers keys = {}) {
    QTableWidget* table = panel->table();
    const int row = panel->rowOf(number);
    QVERIFY(row >= 0);
    table->scrollToItem(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, keys,
                      table->visualItemRect(table->item(row, 0)).center());
}

/// Distinct colours in `image`: the background and at least two label colours when drawn.
inline int colours(const QImage& image) {
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) seen.insert(image.pixel(x, y));
    return int(seen.size());
}

inline int catalogRow(const char* key) {
    const auto& catalog = metricCatalog();
    for (std::size_t row = 0; row < catalog.size(); ++row)
        if (QLatin1String(catalog[row].key) == QLatin1String(key)) return int(row);
    return -1;
}

inline const MetricInfo& metric(const char* key) {
    return metricCatalog()[std::size_t(catalogRow(key))];
}

/// With LATENTLAB_HISTORY_SHOT=<file>.png set: the window at 1366 x 768 on the History tab,
/// on the latent spaces (<file>-metrics.png), and runs 1 and 2 compared (<file>-compare.png).
inline void saveScreenshots(MainWindow& window) {
    if (!qEnvironmentVariableIsSet("LATENTLAB_HISTORY_SHOT")) return;
    const QString shot = qEnvironmentVariable("LATENTLAB_HISTORY_SHOT");
    window.resize(1366, 768);
    QTest::qWait(300);
    window.grab().save(shot);
    window.tabs()->setCurrentWidget(window.latentSpaces());
    QTest::qWait(300);
    window.grab().save(
        QString(shot).replace(QStringLiteral(".png"), QStringLiteral("-metrics.png")));
    window.runHistory()->showPanel();
    if (QDialog* compare = window.runHistory()->compare(1, 2)) {
        QTest::qWait(200);
        compare->grab().save(
            QString(shot).replace(QStringLiteral(".png"), QStringLiteral("-compare.png")));
        compare->close();
    }
}

}  // namespace historytest
