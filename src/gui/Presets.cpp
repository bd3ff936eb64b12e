#include "Presets.h"

#include <QCoreApplication>

namespace latentlab::gui {
namespace {
const char* const kSeedNotebook = QT_TRANSLATE_NOOP("Presets", "Seed notebook");
const char* const kTuned = QT_TRANSLATE_NOOP("Presets", "Tuned (Adam)");
}  // namespace

QStringList presetNames() {
    return {QCoreApplication::translate("Presets", kSeedNotebook),
            QCoreApplication::translate("Presets", kTuned)};
}

Config presetConfig(const QString& name) {
    Config config;  // the defaults are the notebook's
    if (name == QCoreApplication::translate("Presets", kTuned)) {
        // Same data and network; Adam with smaller batches escapes the plateau SGD 0.01 sits
        // on after 50 epochs (tests/gui/tst_presets checks ARI against the notebook's).
        config.autoencoder.optimizer = OptimizerKind::Adam;
        config.autoencoder.learningRate = 0.003;
        config.autoencoder.batchSize = 32;
    }
    return config;
}

QString presetDescription(const QString& name) {
    if (name == QCoreApplication::translate("Presets", kTuned))
        return QCoreApplication::translate(
            "Presets",
            "Adam, learning rate 0.003, batch 32, 50 epochs: same data and network, "
            "clearly separated blobs");
    return QCoreApplication::translate(
        "Presets",
        "The notebook: 30,000 blobs (9 features, 8 centers, std 2) + 1 noise column, "
        "minmax, 10→8→6→2 tanh autoencoder, SGD 0.01, batch 64, 50 epochs, k = 8");
}

}  // namespace latentlab::gui
