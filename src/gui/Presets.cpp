#include "Presets.h"

#include "ConfigJson.h"

#include <QCoreApplication>

namespace latentlab::gui {
namespace {

const char* const kSeedNotebook = QT_TRANSLATE_NOOP("Presets", "Seed notebook");
const char* const kTuned = QT_TRANSLATE_NOOP("Presets", "Tuned (Adam)");

QString translated(const char* name) { return QCoreApplication::translate("Presets", name); }

}  // namespace

QStringList presetNames() { return {translated(kSeedNotebook), translated(kTuned)}; }

QJsonObject presetKeys(const QString& name) {
    const QJsonObject notebook = io::configToJson(Config{});  // the defaults are the notebook's
    if (name == translated(kSeedNotebook)) return notebook;
    if (name == translated(kTuned)) {
        // Same network and epochs as the notebook; Adam with smaller batches escapes the
        // plateau SGD 0.01 sits on after 50 epochs (tst_mainwindow checks ARI against it).
        Config tuned;
        tuned.autoencoder.optimizer = OptimizerKind::Adam;
        tuned.autoencoder.learningRate = 0.003;
        tuned.autoencoder.batchSize = 32;
        return {{"autoencoder", io::configToJson(tuned).value("autoencoder")}};
    }
    return {};
}

Config applyPreset(const QString& name, const Config& current) {
    Config config = current;
    io::applyJson(config, presetKeys(name));
    return config;
}

bool presetMatches(const QString& name, const Config& config) {
    const QJsonObject keys = presetKeys(name);
    if (keys.isEmpty()) return false;
    const QJsonObject shown = io::configToJson(config);
    for (auto section = keys.constBegin(); section != keys.constEnd(); ++section) {
        if (!section.value().isObject()) {
            if (shown.value(section.key()) != section.value()) return false;
            continue;
        }
        const QJsonObject have = shown.value(section.key()).toObject();
        const QJsonObject want = section.value().toObject();
        for (auto key = want.constBegin(); key != want.constEnd(); ++key)
            if (have.value(key.key()) != key.value()) return false;
    }
    return true;
}

QString presetDescription(const QString& name) {
    if (name == translated(kTuned))
        return QCoreApplication::translate(
            "Presets",
            "Adam, learning rate 0.003, batch 32, 50 epochs: same network, clearly separated "
            "blobs. Changes only the autoencoder's settings, so it applies to your own data too");
    return QCoreApplication::translate(
        "Presets",
        "The notebook: 30,000 blobs (9 features, 8 centers, std 2) + 1 noise column, "
        "minmax, 10→8→6→2 tanh autoencoder, SGD 0.01, batch 64, 50 epochs, k = 8");
}

}  // namespace latentlab::gui
