// The kinds of config key (integer, seed, number, text, bool, list, enum, widths and the two
// special ones), each a ConfigKey that reads, writes and parses its field through an accessor:
// the building blocks of ConfigKeys.cpp's table, kept apart so the table reads as a list.
//
//   intKey("autoencoder.epochs", [](Config& c) -> int& { return c.autoencoder.epochs; });
#pragma once

#include "ConfigKeys.h"

#include <QJsonValue>
#include <initializer_list>
#include <string>

namespace latentlab::io::keys {

template <typename T>
using Access = T& (*)(Config&);

/// Reads a field through an accessor; the accessor takes a mutable Config only so that one
/// function serves both reading and writing.
template <typename T>
const T& read(Access<T> access, const Config& config) {
    return access(const_cast<Config&>(config));
}

[[noreturn]] void wrongValue(const std::string& name, const std::string& expected,
                             const QJsonValue& got);
[[noreturn]] void wrongText(const std::string& name, const std::string& expected,
                            const std::string& text);
QJsonValue textValue(const std::string& text);

ConfigKey intKey(const char* name, Access<int> access);
ConfigKey seedKey(const char* name, Access<std::uint64_t> access);
ConfigKey numberKey(const char* name, Access<double> access);
ConfigKey textKey(const char* name, Access<std::string> access);
/// "preset": a preset's name (or empty).
ConfigKey presetKey();
ConfigKey boolKey(const char* name, Access<bool> access);
/// A list of names: a JSON array of texts, or "a,b,c" after --set.
ConfigKey textListKey(const char* name, Access<std::vector<std::string>> access,
                      const char* example);
ConfigKey widthsKey(const char* name, Access<std::vector<int>> access);
/// data.center_box: two fields shown as one [low, high] pair.
ConfigKey centerBoxKey();

template <typename Enum>
ConfigKey enumKey(const char* name, Access<Enum> access, std::initializer_list<Enum> choices) {
    const std::string key = name;
    std::string type, expected = "one of ";
    for (Enum choice : choices) {
        type += (type.empty() ? "" : "|") + std::string(toString(choice));
        expected += (choice == *choices.begin() ? "" : ", ") + std::string(toString(choice));
    }
    return {key, type, [access](const Config& c) { return textValue(toString(read(access, c))); },
            [=](Config& c, const QJsonValue& v) {
                Enum value{};
                if (!v.isString() || !parse(v.toString().toStdString(), value))
                    wrongValue(key, expected, v);
                access(c) = value;
            },
            [=](const std::string& text) {
                Enum value{};
                if (!parse(text, value)) wrongText(key, expected, text);
                return textValue(text);
            }};
}

}  // namespace latentlab::io::keys
