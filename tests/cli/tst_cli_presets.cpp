// --preset NAME and the config key "preset": the preset is applied first, then --config, then
// --set, whatever order they are given in; a config file may name its preset; --help lists
// every preset with its settings. The values are checked in the config.json the run writes.
#include "CliProcess.h"
#include "JsonFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace io = latentlab::io;

namespace {

QString failure(const CliRun& run) {
    return QString("exit %1, stderr: %2").arg(run.exitCode).arg(run.errLines.join(" | "));
}

/// Small simulated counts, so the counts preset's recipe and network run in a second.
const char* kSmallCounts = R"({"data": {"top_genes": 150,
  "counts": {"cells": 300, "genes": 400, "types": 3}},
  "autoencoder": {"epochs": 2}})";

}  // namespace

class TestCliPresets : public QObject {
    Q_OBJECT
private slots:
    void helpListsEveryPreset();
    void presetThenConfigThenSet();
    void configFileNamesItsPreset();
    void disagreeingPresetsExitTwo();
    void unknownPresetExitsTwo();

private:
    QString writeFile(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
};

QString TestCliPresets::writeFile(const QString& name, const QByteArray& text) {
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) return {};
    return file.fileName();
}

void TestCliPresets::helpListsEveryPreset() {
    const CliRun run = runCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    for (const char* shown :
         {"--preset NAME", "  notebook  ", "  tuned  ", "  counts  ", "  expression  ",
          "data.min_genes=200", "data.min_cells=3", "data.normalize_total=10000",
          "data.gene_selection=seurat", "data.gene_selection=variance", "data.clip=10",
          "pca.components=50", "autoencoder.encoder=256,64", "autoencoder.validation_split=0.1",
          "autoencoder.learning_rate=0.003"})
        QVERIFY2(run.out.contains(shown), shown);
}

void TestCliPresets::presetThenConfigThenSet() {
    const QString config = writeFile("small.json", kSmallCounts);
    const QString out = m_dir.filePath("counts");
    // --set before --preset on the line: still applied last.
    const CliRun run = runCli({"run", "--set", "data.clip=5", "--config", config, "--preset",
                               "counts", "--set", "autoencoder.early_stopping=0", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(failure(run)));
    const QJsonObject written = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(written["preset"].toString(), QString("counts"));
    const QJsonObject data = written["data"].toObject();
    QCOMPARE(data["source"].toString(), QString("counts"));  // preset
    QCOMPARE(data["min_genes"].toInt(), 200);                // preset
    QCOMPARE(data["normalize_total"].toDouble(), 10000.0);   // preset
    QCOMPARE(data["top_genes"].toInt(), 150);                // file over preset
    QCOMPARE(data["clip"].toDouble(), 5.0);                  // --set over preset
    QCOMPARE(data["counts"]["cells"].toInt(), 300);          // file
    const QJsonObject autoencoder = written["autoencoder"].toObject();
    QCOMPARE(autoencoder["encoder"].toArray(), QJsonArray({256, 64}));  // preset
    QCOMPARE(autoencoder["epochs"].toInt(), 2);                         // file
    QCOMPARE(autoencoder["early_stopping"].toInt(), 0);                 // --set
    QCOMPARE(written["pca"]["components"].toInt(), 50);
    const QJsonObject metrics = io::readJsonObject(QDir(out).filePath("metrics.json"));
    QCOMPARE(metrics["preprocessing"]["genes_selected"].toInt(), 150);
}

void TestCliPresets::configFileNamesItsPreset() {
    const QString config =
        writeFile("tuned.json",
                  R"({"preset": "tuned", "data": {"samples": 300}, "autoencoder": {"epochs": 2}})");
    const QString out = m_dir.filePath("tuned");
    const CliRun run = runCli({"run", "--config", config, "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(failure(run)));
    const QJsonObject written = io::readJsonObject(QDir(out).filePath("config.json"));
    QCOMPARE(written["preset"].toString(), QString("tuned"));
    QCOMPARE(written["autoencoder"]["optimizer"].toString(), QString("adam"));
    QCOMPARE(written["autoencoder"]["batch_size"].toInt(), 32);
    QCOMPARE(written["data"]["samples"].toInt(), 300);
    // The same through --set preset=NAME.
    const QString viaSet = m_dir.filePath("viaSet");
    const CliRun set = runCli({"run", "--set", "preset=tuned", "--set", "data.samples=300", "--set",
                               "autoencoder.epochs=2", "--out", viaSet});
    QVERIFY2(set.exitCode == 0, qPrintable(failure(set)));
    const QJsonObject again = io::readJsonObject(QDir(viaSet).filePath("config.json"));
    QCOMPARE(again["autoencoder"]["learning_rate"].toDouble(), 0.003);
}

void TestCliPresets::disagreeingPresetsExitTwo() {
    const QString config = writeFile("expression.json", R"({"preset": "expression"})");
    const CliRun run =
        runCli({"run", "--config", config, "--preset", "counts", "--out", m_dir.filePath("never")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines[0].contains(config) && run.errLines[0].contains("expression") &&
                 run.errLines[0].contains("--preset counts"),
             qPrintable(run.errLines[0]));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("never")));
}

void TestCliPresets::unknownPresetExitsTwo() {
    for (const QStringList& asked :
         {QStringList{"--preset", "scanpy"}, QStringList{"--set", "preset=scanpy"}}) {
        const CliRun run = runCli(QStringList{"run", "--out", m_dir.filePath("never")} + asked);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines.size(), 1);
        QVERIFY2(run.errLines[0].contains("scanpy") &&
                     run.errLines[0].contains("notebook|tuned|counts|expression"),
                 qPrintable(run.errLines[0]));
    }
}

QTEST_GUILESS_MAIN(TestCliPresets)
#include "tst_cli_presets.moc"
