#include "Presets.h"

#include "ConfigJson.h"
#include "ConfigKeys.h"
#include "ConfigPresets.h"

#include <QCoreApplication>

namespace latentlab::gui {
namespace {

QString translated(const std::string& text) {
    return QCoreApplication::translate("Presets", text.c_str());
}

const ConfigPreset* presetTitled(const QString& title) {
    for (const ConfigPreset& preset : configPresets())
        if (translated(preset.title) == title) return &preset;
    return nullptr;
}

/// The notebook is the whole notebook, its generated data included.
bool isNotebook(const ConfigPreset& preset) { return preset.name == configPresets().front().name; }

/// The data.* keys that say which file and how to read it: a preset for a kind of data
/// ("counts", "expression") keeps the file the user opened.
void keepFile(Config& config, const Config& current) {
    if (current.data.source != DataSource::Csv) return;
    const DataConfig& file = current.data;
    config.data.source = file.source;
    config.data.path = file.path;
    config.data.labelColumn = file.labelColumn;
    config.data.ignoreColumns = file.ignoreColumns;
    config.data.rowNames = file.rowNames;
    config.data.transpose = file.transpose;
    config.data.uniqueNames = file.uniqueNames;
    config.data.missing = file.missing;
    config.data.layer = file.layer;
    config.data.geneNames = file.geneNames;
    config.data.labelsPath = file.labelsPath;
}

}  // namespace

QStringList presetNames() {
    QStringList names;
    for (const ConfigPreset& preset : configPresets()) names << translated(preset.title);
    return names;
}

QJsonObject presetKeys(const QString& name) {
    const ConfigPreset* preset = presetTitled(name);
    if (!preset) return {};
    if (isNotebook(*preset)) return io::configToJson(Config{});  // the defaults are the notebook's
    QJsonObject json;
    for (const auto& [key, value] : preset->settings) {
        const io::ConfigKey* entry = io::findConfigKey(key);
        const QString section = QString::fromStdString(entry->section());
        QJsonObject keys = json.value(section).toObject();
        const QString leaf = QString::fromStdString(entry->leaf());
        const int dot = leaf.indexOf('.');  // data.counts.cells
        if (dot < 0) {
            keys.insert(leaf, entry->parse(value));
        } else {
            QJsonObject group = keys.value(leaf.left(dot)).toObject();
            group.insert(leaf.mid(dot + 1), entry->parse(value));
            keys.insert(leaf.left(dot), group);
        }
        json.insert(section, keys);
    }
    return json;
}

Config applyPreset(const QString& name, const Config& current) {
    const ConfigPreset* preset = presetTitled(name);
    if (!preset) return current;
    Config config = io::presetConfig(preset->name, current);
    if (!isNotebook(*preset)) keepFile(config, current);
    return config;
}

bool presetMatches(const QString& name, const Config& config) {
    const ConfigPreset* preset = presetTitled(name);
    if (!preset) return false;
    if (isNotebook(*preset)) {
        Config same = config;
        same.preset = preset->name;  // the name is a record, not a setting
        return io::configToJson(same) == io::configToJson(io::presetConfig(preset->name));
    }
    for (const auto& [key, value] : preset->settings) {
        if (key == "data.source" && config.data.source == DataSource::Csv) continue;  // kept file
        const io::ConfigKey* entry = io::findConfigKey(key);
        if (entry->get(config) != entry->parse(value)) return false;
    }
    return true;
}

QString presetDescription(const QString& name) {
    const ConfigPreset* preset = presetTitled(name);
    return preset ? translated(preset->description) : QString();
}

}  // namespace latentlab::gui
