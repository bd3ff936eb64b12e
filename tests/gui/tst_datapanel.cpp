// The Data panel's import controls: every option round-trips through the config, the label
// and ignore candidates follow row names and transpose, a 5000-column header neither creates
// 5000 widgets nor widens the dock, the ignore field completes the name being typed, and a run
// shows what the import did (dropped rows) in the panel and the status bar.
// LATENTLAB_SHOTS=DIR saves the window with the file form filled in as DIR/data-panel.png.
#include "Config.h"
#include "DataPanel.h"
#include "MainWindow.h"
#include "NameListEdit.h"
#include "SettingsPanel.h"
#include "TestData.h"
#include "TestMode.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace latentlab;
using latentlab::gui::DataPanel;
using latentlab::gui::NameListEdit;

namespace {

QString importFile(const QString& name) { return testdata::path("import/" + name); }

QStringList comboTexts(const QComboBox* combo) {
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i) texts << combo->itemText(i);
    return texts;
}

void writeText(const QString& path, const QString& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

}  // namespace

class TestDataPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyOptionRoundTrips_data();
    void everyOptionRoundTrips();
    void candidatesFollowRowNamesAndTranspose();
    void eachControlSaysChanged();
    void wideHeaderKeepsThePanelNarrow();
    void ignoreFieldCompletesTheNameBeingTyped();
    void runShowsWhatTheImportDid();

private:
    QTemporaryDir m_dir;
};

void TestDataPanel::initTestCase() {
    testmode::enter();  // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);
}

void TestDataPanel::everyOptionRoundTrips_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("flags");  // row names, transpose and log1p all on, or all off
    QTest::addColumn<int>("missing");
    QTest::newRow("automatic label, defaults") << "" << false << int(MissingPolicy::Error);
    QTest::newRow("no labels, drop") << "none" << true << int(MissingPolicy::DropRows);
    QTest::newRow("label row by name, impute") << "class" << true << int(MissingPolicy::ImputeMean);
    QTest::newRow("a name the file lacks") << "species" << false << int(MissingPolicy::Error);
}

void TestDataPanel::everyOptionRoundTrips() {
    QFETCH(QString, label);
    QFETCH(bool, flags);
    QFETCH(int, missing);
    Config config;
    config.data.source = DataSource::Csv;
    config.data.path = importFile("genes_as_rows_labelled.tsv").toStdString();
    config.data.labelColumn = label.toStdString();
    config.data.ignoreColumns = {"BRCA1", "MYC"};
    config.data.rowNames = flags;
    config.data.transpose = flags;
    config.data.log1p = flags;
    config.data.uniqueNames = flags;
    config.data.missing = MissingPolicy(missing);

    DataPanel panel;
    QSignalSpy changed(&panel, &DataPanel::changed);
    panel.showConfig(config);
    QCOMPARE(changed.count(), 0);  // showing is not a change
    Config back;
    panel.applyTo(back);
    QCOMPARE(back.data.source, DataSource::Csv);
    QCOMPARE(back.data.path, config.data.path);
    QCOMPARE(back.data.labelColumn, config.data.labelColumn);
    QCOMPARE(back.data.ignoreColumns, config.data.ignoreColumns);
    QCOMPARE(back.data.rowNames, flags);
    QCOMPARE(back.data.transpose, flags);
    QCOMPARE(back.data.log1p, flags);
    QCOMPARE(back.data.uniqueNames, flags);
    QCOMPARE(back.data.missing, config.data.missing);
}

void TestDataPanel::candidatesFollowRowNamesAndTranspose() {
    DataPanel panel;
    auto* label = panel.findChild<QComboBox*>("labelColumn");
    auto* ignore = panel.findChild<NameListEdit*>("ignoreColumns");
    QVERIFY(label && ignore);

    panel.useFile(importFile("genes_as_rows_labelled.tsv"));
    const QStringList header{"gene", "S1", "S2", "S3"};
    QCOMPARE(comboTexts(label), (QStringList{"(automatic)", "(none)"} + header));
    QCOMPARE(ignore->candidates(), header);

    panel.findChild<QCheckBox*>("rowNames")->setChecked(true);
    QCOMPARE(ignore->candidates(), (QStringList{"S1", "S2", "S3"}));
    panel.findChild<QCheckBox*>("transpose")->setChecked(true);
    const QStringList rows{"TP53", "class", "BRCA1"};
    QCOMPARE(comboTexts(label), (QStringList{"(automatic)", "(none)"} + rows));
    QCOMPARE(ignore->candidates(), rows);

    // A label picked from the list survives a refresh that still offers it.
    label->setCurrentIndex(label->findText("class"));
    panel.findChild<QCheckBox*>("rowNames")->setChecked(false);  // no names to offer now
    panel.findChild<QCheckBox*>("rowNames")->setChecked(true);
    Config config;
    panel.applyTo(config);
    QCOMPARE(config.data.labelColumn, std::string("class"));
    label->setCurrentIndex(1);
    panel.applyTo(config);
    QCOMPARE(config.data.labelColumn, std::string("none"));
}

void TestDataPanel::eachControlSaysChanged() {
    DataPanel panel;
    panel.useFile(importFile("comma.csv"));
    QSignalSpy changed(&panel, &DataPanel::changed);
    panel.findChild<QCheckBox*>("rowNames")->toggle();
    panel.findChild<QCheckBox*>("transpose")->toggle();
    panel.findChild<QCheckBox*>("log1p")->toggle();
    panel.findChild<QCheckBox*>("uniqueNames")->toggle();
    panel.findChild<QComboBox*>("missing")->setCurrentIndex(2);
    panel.findChild<QComboBox*>("labelColumn")->setCurrentIndex(1);
    QCOMPARE(changed.count(), 6);
    Config config;
    panel.applyTo(config);
    QVERIFY(config.data.rowNames && config.data.transpose && config.data.log1p);
    QVERIFY(config.data.uniqueNames);
    QCOMPARE(config.data.missing, MissingPolicy::ImputeMean);
}

void TestDataPanel::wideHeaderKeepsThePanelNarrow() {
    const QString narrow = m_dir.filePath("narrow.csv");
    writeText(narrow, "a,b\n1,2\n");
    QString header = "id";
    for (int c = 1; c <= 5000; ++c)
        header += QString(",a_rather_long_gene_identifier_number_%1").arg(c);
    const QString wide = m_dir.filePath("wide.csv");
    writeText(wide, header + '\n');

    gui::SettingsPanel settings;
    settings.dataPanel()->useFile(narrow);
    const int narrowWidth = settings.dataPanel()->sizeHint().width();
    settings.dataPanel()->useFile(wide);
    auto* label = settings.dataPanel()->findChild<QComboBox*>("labelColumn");
    QCOMPARE(label->count(), 2 + 5001);
    QCOMPARE(settings.dataPanel()->findChild<NameListEdit*>("ignoreColumns")->candidates().size(),
             5001);
    QVERIFY2(
        settings.dataPanel()->sizeHint().width() <= narrowWidth,
        qPrintable(
            QString("%1 > %2").arg(settings.dataPanel()->sizeHint().width()).arg(narrowWidth)));
    // The panel's own controls (the recipe's and the counts' rows included), not one
    // widget per column name (5,000 here).
    const auto widgets = settings.dataPanel()->findChildren<QWidget*>().size();
    QVERIFY2(widgets < 250, qPrintable(QString::number(widgets)));
}

void TestDataPanel::ignoreFieldCompletesTheNameBeingTyped() {
    NameListEdit edit;
    edit.setCandidates({"sample_id", "batch", "TP53", "BRCA1"});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, "batch, rca");
    QCOMPARE(edit.completer()->completionCount(), 1);  // matches inside the name, any case
    QCOMPARE(edit.completer()->currentCompletion(), QString("BRCA1"));
    QSignalSpy changed(&edit, &NameListEdit::namesChanged);
    emit edit.completer()->activated(QString("BRCA1"));
    QCOMPARE(edit.text(), QString("batch, BRCA1, "));
    QCOMPARE(edit.names(), (QStringList{"batch", "BRCA1"}));
    QCOMPARE(changed.count(), 1);
}

void TestDataPanel::runShowsWhatTheImportDid() {
    QString table = "a,b,class\n";
    for (int r = 1; r <= 30; ++r)
        table += QString("%1,%2,%3\n").arg(r % 5).arg(r == 7 || r == 19 ? "NA" : "3").arg(r % 2);
    const QString path = m_dir.filePath("gaps.csv");
    writeText(path, table);

    gui::MainWindow window;
    Config config;
    config.data.source = DataSource::Csv;
    config.data.path = path.toStdString();
    config.data.missing = MissingPolicy::DropRows;
    config.autoencoder.epochs = 3;
    window.setConfig(config);
    window.resize(1500, 940);
    window.show();
    QSignalSpy ended(&window, &gui::MainWindow::runEnded);
    window.run();
    QVERIFY(ended.wait(60000));
    QVERIFY2(ended.first().at(0).toBool(), qPrintable(ended.first().at(1).toString()));

    auto* summary = window.settings()->dataPanel()->findChild<QLabel*>("importSummary");
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text(),
             QString::fromUtf8("28 rows \u00d7 2 columns, labels from 'class'; dropped 2 rows with "
                               "missing values (of 30)"));
    QCOMPARE(window.statusBar()->currentMessage(),
             QString("Dropped 2 rows with missing values (of 30)"));

    const QString shots = qEnvironmentVariable("LATENTLAB_SHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(QDir(shots).filePath("data-panel.png")));
    }
}

QTEST_MAIN(TestDataPanel)
#include "tst_datapanel.moc"
