#include "ConfigJson.h"

#include "ConfigKeys.h"
#include "ConfigPresets.h"
#include "Errors.h"
#include "JsonFile.h"
#include "JsonValues.h"
#include "NumberText.h"
#include "PrintableText.h"

#include <QDir>
#include <QFileInfo>
#include <map>

namespace latentlab::io {
namespace {

bool isSection(const std::string& name) {
    for (const ConfigKey& key : configKeys())
        if (key.section() == name) return true;
    return false;
}

[[noreturn]] void unknownKey(const std::string& kind, const std::string& name) {
    throw ConfigError("unknown " + kind + " '" + printable(name) +
                      "' (known: " + knownKeysNear(name) + ")");
}

void applyKey(Config& config, const std::string& name, const QJsonValue& value) {
    const ConfigKey* key = findConfigKey(name);
    if (!key) unknownKey("config key", name);
    key->set(config, value);
}

}  // namespace

QJsonObject configToJson(const Config& config) {
    std::map<std::string, QJsonObject> sections;
    QJsonObject json;
    for (const ConfigKey& key : configKeys()) {
        if (key.section().empty())
            json.insert(QString::fromStdString(key.name), key.get(config));
        else
            sections[key.section()].insert(QString::fromStdString(key.leaf()), key.get(config));
    }
    // "data.counts.cells" is written as {"data": {"counts": {"cells": ...}}}.
    for (auto& [name, section] : sections) {
        QJsonObject nested;
        for (const QString& leaf : section.keys()) {
            const int dot = leaf.indexOf('.');
            if (dot < 0) continue;
            QJsonObject group = nested.value(leaf.left(dot)).toObject();
            group.insert(leaf.mid(dot + 1), section.take(leaf));
            nested.insert(leaf.left(dot), group);
        }
        for (auto group = nested.constBegin(); group != nested.constEnd(); ++group)
            section.insert(group.key(), group.value());
    }
    for (const auto& [name, section] : sections) json.insert(QString::fromStdString(name), section);
    return json;
}

void applyJson(Config& config, const QJsonObject& json) {
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const std::string name = it.key().toStdString();
        if (!isSection(name)) {
            const ConfigKey* dotted = findConfigKey(name);
            if (dotted && !dotted->section().empty()) {
                throw ConfigError("config key '" + name + "' belongs inside its section: {\"" +
                                  dotted->section() + "\": {\"" + dotted->leaf() + "\": ...}}");
            }
            if (!dotted) unknownKey("config key", name);
            applyKey(config, name, it.value());
            continue;
        }
        if (!it.value().isObject())
            throw ConfigError(printable(name) + " must be an object { ... }, got " +
                              describe(it.value()));
        const QJsonObject section = it.value().toObject();
        for (auto entry = section.constBegin(); entry != section.constEnd(); ++entry) {
            const std::string full = name + "." + entry.key().toStdString();
            if (entry.value().isObject() && !findConfigKey(full)) {
                const QJsonObject group = entry.value().toObject();
                for (auto leaf = group.constBegin(); leaf != group.constEnd(); ++leaf)
                    applyKey(config, full + "." + leaf.key().toStdString(), leaf.value());
                continue;
            }
            applyKey(config, full, entry.value());
        }
    }
}

Config presetConfig(const std::string& name, const Config& base) {
    const ConfigPreset* preset = findConfigPreset(name);
    if (!preset) {
        throw ConfigError("unknown preset '" + printable(name) +
                          "' (known: " + configPresetChoices() + ")");
    }
    Config config = preset->complete ? Config{} : base;
    for (const auto& [key, value] : preset->settings) applySetting(config, key, value);
    config.preset = name;
    return config;
}

std::string presetNamed(const QJsonObject& json) {
    const QJsonValue preset = json.value("preset");
    return preset.isString() ? preset.toString().toStdString() : std::string();
}

Config configFromJson(const QJsonObject& json) {
    const std::string preset = presetNamed(json);
    Config config = preset.empty() ? Config{} : presetConfig(preset);
    applyJson(config, json);
    return config;
}

Config readConfigFile(const QString& path, const std::string& preset) {
    const QJsonObject json = readJsonObject(path);
    const std::string named = presetNamed(json);
    Config config;
    try {
        if (!preset.empty() && !named.empty() && named != preset) {
            throw ConfigError("\"preset\": \"" + printable(named) + "\" disagrees with --preset " +
                              printable(preset));
        }
        const std::string first = preset.empty() ? named : preset;
        if (!first.empty()) config = presetConfig(first);
        applyJson(config, json);
    } catch (const ConfigError& error) {
        throw ConfigError(printable(path.toStdString()) + ": " + error.what());
    }
    if (!config.data.path.empty()) {
        const QString dataPath = QString::fromStdString(config.data.path);
        config.data.path =
            QFileInfo(QFileInfo(path).dir(), dataPath).absoluteFilePath().toStdString();
    }
    return config;
}

void applySetting(Config& config, const std::string& name, const std::string& value) {
    const ConfigKey* key = findConfigKey(name);
    if (!key) unknownKey("setting", name);
    key->set(config, key->parse(value));
}

void applyAssignment(Config& config, const std::string& assignment) {
    const std::size_t equals = assignment.find('=');
    if (equals == std::string::npos)
        throw ConfigError("--set needs key=value, got " + quotedForMessage(assignment, 80));
    applySetting(config, std::string(trimmed(assignment.substr(0, equals))),
                 assignment.substr(equals + 1));
}

}  // namespace latentlab::io
