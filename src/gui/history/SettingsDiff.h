// What changed between the settings of two runs, key by key, in history.csv's names and
// cell texts ("autoencoder.learning_rate: 0.01 → 0.05"), for the History's "Changes" column
// and the side-by-side comparison.
//
//   for (const SettingChange& change : settingsDiff(before.config, after.config)) ...
//   settingsDiffText(before.config, after.config);   // "data.samples 1200 → 1500; ..."
#pragma once

#include "Config.h"

#include <QString>
#include <vector>

namespace latentlab::gui {

struct SettingChange {
    QString key;  ///< "autoencoder.epochs"
    QString before, after;
};

/// Every config key (io::configKeys() order) whose value differs; `all`: every key.
std::vector<SettingChange> settingsDiff(const Config& before, const Config& after,
                                        bool all = false);
/// "data.samples 1200 → 1500; autoencoder.epochs 3 → 5", or "same settings".
QString settingsDiffText(const Config& before, const Config& after);

}  // namespace latentlab::gui
