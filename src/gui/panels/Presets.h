// The window's view of core's ConfigPresets, by their menu titles. "Seed notebook" is the
// whole notebook (its generated data included); "Tuned (Adam)" changes only the autoencoder's
// training; "Single-cell counts" and "Normalised expression" set the whole recipe but keep the
// file the user opened (and how it is read).
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
