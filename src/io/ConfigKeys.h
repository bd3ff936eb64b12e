// The one table of configuration keys ("autoencoder.learning_rate", ...). JSON config files
// and --set key=value both go through it, so the two cannot drift apart: each key knows its
// type, how to read it from a Config and how to store a JSON value or a text into one.
//
//   const ConfigKey* key = findConfigKey("autoencoder.epochs");
//   key->set(config, key->parse("10"));        // wrong type: ConfigError naming the key
#pragma once

#include "Config.h"

#include <QJsonValue>
#include <functional>
#include <string>
#include <vector>

namespace latentlab::io {

struct ConfigKey {
    std::string name;  ///< dotted, "section.key" (or a top-level "threads")
    std::string type;  ///< for help and errors: "integer", "number", "tanh|sigmoid|relu|linear"
    std::function<QJsonValue(const Config&)> get;
    /// Stores a JSON value; throws ConfigError "<name> must be <type>, got <value>".
    std::function<void(Config&, const QJsonValue&)> set;
    /// Turns --set text ("10", "8,6", "[8, 6]", "-10,10") into the value `set` takes.
    std::function<QJsonValue(const std::string&)> parse;

    /// "autoencoder" for "autoencoder.epochs"; empty for top-level keys.
    std::string section() const;
    /// "epochs" for "autoencoder.epochs".
    std::string leaf() const;
};

/// Every key, in the order of Config's members.
const std::vector<ConfigKey>& configKeys();
/// The key of that dotted name, or null.
const ConfigKey* findConfigKey(const std::string& name);
/// For "unknown key" messages: the keys of `name`'s section, or all sections if that is
/// unknown too ("data.*, pca.*, ..., threads").
std::string knownKeysNear(const std::string& name);

}  // namespace latentlab::io
