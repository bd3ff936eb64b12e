// A Config as JSON ({"data": {"samples": 600}, "autoencoder": {"epochs": 10}, ...}) and the
// --set key=value form of the same keys. Reading takes any subset of keys on top of what the
// Config already holds; unknown keys and wrong types are ConfigErrors naming the dotted key.
// Range checks stay with Config::validate().
//
//   Config config = readConfigFile("run.json");
//   applySetting(config, "autoencoder.epochs", "10");
//   writeJsonObject("out/config.json", configToJson(config));
#pragma once

#include "Config.h"

#include <QJsonObject>
#include <QString>
#include <string>

namespace latentlab::io {

/// Every key, grouped by section.
QJsonObject configToJson(const Config& config);
/// Stores the keys present in `json` into `config`.
void applyJson(Config& config, const QJsonObject& json);
/// The preset's settings on the defaults (a partial preset such as "tuned": on `base`), with
/// config.preset = name. Unknown names: ConfigError listing the known ones.
Config presetConfig(const std::string& name, const Config& base = Config{});
/// The "preset" a config JSON names, or empty.
std::string presetNamed(const QJsonObject& json);
/// The preset `json` names (if any), then the keys in `json`.
Config configFromJson(const QJsonObject& json);

/// A JSON file's keys on top of `preset` (else the preset the file names, else the
/// defaults); a file naming another preset than `preset` is an error. A relative data.path
/// is taken relative to the file's folder and made absolute. Errors start with the file's
/// path.
Config readConfigFile(const QString& path, const std::string& preset = {});

/// --set: `value` is parsed by the key's type ("10", "0.01", "adam", "8,6", "-10,10").
/// Unknown keys: ConfigError "unknown setting 'foo.bar' (known: ...)".
void applySetting(Config& config, const std::string& key, const std::string& value);
/// --set key=value as one text.
void applyAssignment(Config& config, const std::string& assignment);

}  // namespace latentlab::io
