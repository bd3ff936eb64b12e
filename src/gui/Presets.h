// Named starting points for the controls. A preset sets only the keys it is about: "Seed
// notebook" is the whole notebook (its generated data included), "Tuned (Adam)" only the
// autoencoder's training (Adam, smaller batches, which separates the 8 blobs far better), so
// it applies to an imported table without touching the data settings.
//
//   Config tuned = applyPreset("Tuned (Adam)", current);   // current's data stays
//   presetMatches("Tuned (Adam)", tuned);                   // true
#pragma once

#include "Config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace latentlab::gui {

QStringList presetNames();
/// `current` with the preset's keys set; unknown names give `current` unchanged.
Config applyPreset(const QString& name, const Config& current = Config{});
/// Whether every key the preset sets has its value in `config`.
bool presetMatches(const QString& name, const Config& config);
/// The keys a preset sets, as config JSON sections ({"autoencoder": {...}}).
QJsonObject presetKeys(const QString& name);
/// One sentence on what the preset is for and what it changes (tooltips).
QString presetDescription(const QString& name);

}  // namespace latentlab::gui
