// Named starting points for a run, as lists of settings in the --set key=value form, so the
// CLI's --help, the config key "preset" and the window's preset menu share one definition.
// A complete preset starts from the defaults (the notebook's) and is the whole recipe for a
// kind of data; a partial one ("tuned") only changes the keys it is about, so it applies on
// top of whatever data the user has.
//
//   const ConfigPreset* counts = findConfigPreset("counts");
//   for (const auto& [key, value] : counts->settings) io::applySetting(config, key, value);
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace latentlab {

struct ConfigPreset {
    std::string name;         ///< "counts": the key's value and --preset's argument
    std::string title;        ///< "Single-cell counts": the window's menu entry
    std::string description;  ///< one sentence: what it is for
    bool complete = true;     ///< starts from the defaults; otherwise only `settings` change
    std::vector<std::pair<std::string, std::string>> settings;  ///< key, value as --set takes
};

/// notebook, tuned, counts, expression; the first is the defaults.
const std::vector<ConfigPreset>& configPresets();
/// The preset of that name, or null.
const ConfigPreset* findConfigPreset(const std::string& name);
/// "notebook|tuned|counts|expression", for help texts and error messages.
std::string configPresetChoices();

}  // namespace latentlab
