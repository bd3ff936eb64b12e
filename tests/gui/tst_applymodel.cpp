// File → Apply model to data…: the dialog, driven as a user would, applies a session's or the
// current run's model to a table, writes the run's own embedding files for the training
// table, shows a column mismatch by name with Apply off, reports bad sessions and unwritable
// folders, and never changes the window's result.
#include "ApplyModelDialog.h"
#include "CsvTokenizer.h"
#include "CsvWriter.h"
#include "JsonFile.h"
#include "MainWindow.h"
#include "MetricFormat.h"
#include "Pipeline.h"
#include "RunFolder.h"
#include "SessionFile.h"
#include "TestData.h"
#include "TestMode.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <cmath>

using namespace latentlab;
using gui::ApplyModelDialog;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// data.csv without column `drop` (and with `extra` added when given).
QString withoutColumn(const QString& from, const QString& to, int drop, const std::string& extra) {
    const QByteArray bytes = bytesOf(from);
    io::CsvTokenizer tokens(bytes, ',', from.toStdString());
    io::CsvWriter csv;
    std::vector<std::string> fields;
    bool header = true;
    while (tokens.next(fields)) {
        for (std::size_t c = 0; c < fields.size(); ++c)
            if (int(c) != drop) csv.addText(fields[c]);
        if (!extra.empty()) csv.addText(header ? extra : "0.5");
        csv.endRow();
        header = false;
    }
    QFile file(to);
    if (file.open(QIODevice::WriteOnly)) file.write(csv.bytes());
    return to;
}

bool waitFor(QSignalSpy& spy) { return spy.count() > 0 || spy.wait(30000); }

QPushButton* applyButton(const ApplyModelDialog& dialog) {
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text().contains("Apply")) return button;
    return nullptr;
}

}  // namespace

class TestApplyModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sessionAppliedToItsTableGivesTheRunsFiles();
    void columnMismatchIsNamedAndApplyStaysOff();
    void badSessionAndUnwritableFolderAreReported();
    void windowActionUsesTheCurrentRunAndKeepsIt();

private:
    QTemporaryDir m_dir;
    QString m_session;
    QString m_runFolder;
    QString m_data;
    QString m_mismatch;
};

void TestApplyModel::initTestCase() {
    testmode::enter();                          // settings and autosaves apart, none left over
    qApp->setProperty("latentlabQuiet", true);  // errors go to the log, not to message boxes
    Config config;
    config.data.samples = 600;
    config.data.centers = 4;
    config.autoencoder.epochs = 3;
    const Result result = runPipeline(config);
    m_session = m_dir.filePath("blobs.latentlab");
    io::SessionFile::save(m_session, result);
    m_runFolder = m_dir.filePath("run");
    io::RunFolder(m_runFolder).write(result);
    m_data = QDir(m_runFolder).filePath("data.csv");
    // X3 dropped, a column the model does not know added.
    m_mismatch = withoutColumn(m_data, m_dir.filePath("mismatch.csv"), 2, "Y");
}

void TestApplyModel::sessionAppliedToItsTableGivesTheRunsFiles() {
    ApplyModelDialog dialog(nullptr);
    dialog.show();
    QSignalSpy checked(&dialog, &ApplyModelDialog::checkFinished);
    QVERIFY(!dialog.findChild<QRadioButton*>()->isEnabled());  // no current run to offer
    dialog.setSessionPath(m_session);
    dialog.setInputPath(m_data);
    QCOMPARE(dialog.outputFolder(), QDir(m_runFolder).filePath("data-transform"));
    QVERIFY(waitFor(checked));
    QVERIFY2(checked.last().at(0).toBool(), qPrintable(dialog.checkText()));
    QVERIFY2(dialog.checkText().contains("10 columns, as in the model"),
             qPrintable(dialog.checkText()));
    QVERIFY(applyButton(dialog)->isEnabled());

    const QString out = m_dir.filePath("from-session");
    dialog.setOutputFolder(out);
    QSignalSpy applied(&dialog, &ApplyModelDialog::applyFinished);
    applyButton(dialog)->click();
    QVERIFY(waitFor(applied));
    QVERIFY2(applied.last().at(0).toBool(), qPrintable(dialog.lastError()));
    for (const char* name : {"embedding_pca.csv", "embedding_ae.csv"})
        QCOMPARE(bytesOf(QDir(out).filePath(name)), bytesOf(QDir(m_runFolder).filePath(name)));
    const QJsonObject summary = io::readJsonObject(QDir(out).filePath("transform.json"));
    QCOMPARE(summary["model"]["source"].toString(), QString("session"));
    QCOMPARE(summary["input"]["rows"].toInt(), 600);

    // The summary: metrics, then rows per cluster that add up to the table's rows.
    const QTableWidget* table = dialog.summaryTable();
    QVERIFY(table->isVisible());
    int rowsInClusters = 0, clusterRows = 0;
    bool hasAri = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString name = table->verticalHeaderItem(r)->text();
        if (name == "Adjusted Rand index") {
            hasAri = true;
            // The metrics table's digits ("0.3100"), not a shorter form of its own ("0.31").
            const double ari = summary["pca"]["metrics"]["ari"].toDouble();
            QCOMPARE(table->item(r, 0)->text(), latentlab::report::MetricFormat::value(ari));
            const int decimals = 3 - int(std::floor(std::log10(std::abs(ari))));
            QCOMPARE(table->item(r, 0)->text(), QString::number(ari, 'f', decimals));
        }
        if (!name.startsWith("Rows in cluster")) continue;
        ++clusterRows;
        rowsInClusters += table->item(r, 0)->text().toInt();
    }
    QVERIFY(hasAri);
    QCOMPARE(clusterRows, 4);
    QCOMPARE(rowsInClusters, 600);
}

void TestApplyModel::columnMismatchIsNamedAndApplyStaysOff() {
    ApplyModelDialog dialog(nullptr);
    QSignalSpy checked(&dialog, &ApplyModelDialog::checkFinished);
    dialog.setSessionPath(m_session);
    dialog.setInputPath(m_mismatch);
    QVERIFY(waitFor(checked));
    QVERIFY(!checked.last().at(0).toBool());
    const QString text = dialog.checkText();
    QVERIFY2(text.contains("1 missing ('X3')") && text.contains("1 unexpected ('Y')"),
             qPrintable(text));
    QVERIFY(!dialog.isReady());
    QVERIFY(!applyButton(dialog)->isEnabled());
    const QString out = m_dir.filePath("mismatch-out");
    dialog.setOutputFolder(out);
    dialog.apply();  // refused: nothing to apply
    QVERIFY(!dialog.isBusy());
    QVERIFY(!QFileInfo::exists(out));
}

void TestApplyModel::badSessionAndUnwritableFolderAreReported() {
    const QString corrupt = m_dir.filePath("corrupt.latentlab");
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"latentlab-session\"");
    file.close();
    ApplyModelDialog dialog(nullptr);
    QSignalSpy checked(&dialog, &ApplyModelDialog::checkFinished);
    dialog.setSessionPath(corrupt);
    dialog.setInputPath(m_data);
    QVERIFY(waitFor(checked));
    QVERIFY(!checked.last().at(0).toBool());
    QVERIFY2(dialog.checkText().contains("corrupt.latentlab"), qPrintable(dialog.checkText()));

    // A good session, but the output "folder" is a file.
    checked.clear();
    dialog.setSessionPath(m_session);
    QVERIFY(waitFor(checked));
    QVERIFY(checked.last().at(0).toBool());
    dialog.setOutputFolder(corrupt);
    QSignalSpy applied(&dialog, &ApplyModelDialog::applyFinished);
    dialog.apply();
    QVERIFY(waitFor(applied));
    QVERIFY(!applied.last().at(0).toBool());
    QVERIFY2(dialog.lastError().contains("corrupt.latentlab"), qPrintable(dialog.lastError()));
    QVERIFY(applyButton(dialog)->isEnabled());  // the user can pick another folder and retry
}

void TestApplyModel::windowActionUsesTheCurrentRunAndKeepsIt() {
    gui::MainWindow window;
    QString error;
    QVERIFY2(window.openSession(m_session, &error), qPrintable(error));
    const std::shared_ptr<const Result> before = window.result();
    const Eigen::MatrixXd embedding = before->space("autoencoder").embedding;
    QAction* action = window.action("applyModel");
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<ApplyModelDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton*>()->isChecked());  // "Current run" by default

    QSignalSpy checked(dialog, &ApplyModelDialog::checkFinished);
    dialog->setInputPath(m_mismatch);
    QVERIFY(waitFor(checked));
    QVERIFY(!checked.last().at(0).toBool());
    QVERIFY2(dialog->checkText().contains("'X3'"), qPrintable(dialog->checkText()));

    checked.clear();
    dialog->setInputPath(m_data);
    QVERIFY(waitFor(checked));
    QVERIFY(checked.last().at(0).toBool());
    const QString out = m_dir.filePath("from-window");
    dialog->setOutputFolder(out);
    QSignalSpy applied(dialog, &ApplyModelDialog::applyFinished);
    dialog->apply();
    QVERIFY(waitFor(applied));
    QVERIFY(applied.last().at(0).toBool());
    QCOMPARE(bytesOf(QDir(out).filePath("embedding_ae.csv")),
             bytesOf(QDir(m_runFolder).filePath("embedding_ae.csv")));
    const QJsonObject summary = io::readJsonObject(QDir(out).filePath("transform.json"));
    QCOMPARE(summary["model"]["source"].toString(), QString("current run"));

    QCOMPARE(window.result(), before);  // the same result object, unchanged
    QCOMPARE(window.result()->space("autoencoder").embedding, embedding);
    dialog->close();
}

QTEST_MAIN(TestApplyModel)
#include "tst_applymodel.moc"
