// How the autoencoder's training went, as JSON: the summary (weight updates, held-out rows,
// the epoch early stopping kept) and the diagnostics with their advice. metrics.json and
// sessions share these, so a reopened session says what the run said.
//
//   json.insert("training", trainingToJson(result.training));
//   json.insert("warnings", warningsToJson(result.warnings));
#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <string>
#include <vector>

namespace latentlab::io {

/// {"updates", "validation_rows", "best_epoch", "stopped_early"}.
QJsonObject trainingToJson(const TrainingSummary& training);
/// [{"code", "message", "advice"}, ...].
QJsonArray warningsToJson(const std::vector<TrainingWarning>& warnings);

/// Throw ReadError naming `path` for a value of the wrong type.
TrainingSummary trainingFromJson(const QJsonValue& json, const std::string& path);
std::vector<TrainingWarning> warningsFromJson(const QJsonValue& json, const std::string& path);

}  // namespace latentlab::io
