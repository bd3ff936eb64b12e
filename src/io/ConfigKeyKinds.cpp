#include "ConfigKeyKinds.h"

#include "ConfigPresets.h"
#include "Errors.h"
#include "JsonValues.h"
#include "NumberText.h"
#include "PrintableText.h"

#include <QJsonArray>
#include <climits>
#include <cmath>

namespace latentlab::io::keys {

[[noreturn]] void wrongValue(const std::string& name, const std::string& expected,
                             const QJsonValue& got) {
    throw ConfigError(name + " must be " + expected + ", got " + describe(got));
}

/// The same for a --set value, shown byte for byte (through QString, bytes that are not
/// UTF-8 would become U+FFFD and no longer say what was typed).
[[noreturn]] void wrongText(const std::string& name, const std::string& expected,
                            const std::string& text) {
    throw ConfigError(name + " must be " + expected + ", got \"" + printable(text) + "\"");
}

QJsonValue textValue(const std::string& text) { return QJsonValue(QString::fromStdString(text)); }

namespace {

long long integerFrom(const QJsonValue& value, const std::string& name, long long low,
                      long long high, const std::string& expected) {
    // toInteger() is exact even beyond 2^53 (seeds); two defaults tell "not integral" apart.
    const qint64 integer = value.toInteger(0);
    const bool integral = value.isDouble() && (integer != 0 || value.toInteger(1) == 0);
    if (!integral || integer < low || integer > high) wrongValue(name, expected, value);
    return integer;
}

/// "8,6", "[8, 6]", "" and "[]" -> the items between the commas.
std::vector<std::string> listItems(std::string text) {
    std::string_view view = trimmed(text);
    if (view.size() >= 2 && view.front() == '[' && view.back() == ']')
        view = trimmed(view.substr(1, view.size() - 2));
    std::vector<std::string> items;
    if (view.empty()) return items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = view.find(',', start);
        items.emplace_back(trimmed(view.substr(start, comma - start)));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return items;
}

QJsonValue parseIntegerText(const std::string& name, const std::string& text,
                            const std::string& expected) {
    long long value = 0;
    if (!parseInteger(text, value)) wrongText(name, expected, text);
    return QJsonValue(qint64(value));
}

QJsonValue parseNumberText(const std::string& name, const std::string& text) {
    double value = 0.0;
    if (!parseNumber(text, value) || !std::isfinite(value))
        wrongText(name, "a finite number", text);
    return QJsonValue(value);
}

}  // namespace

ConfigKey intKey(const char* name, Access<int> access) {
    const std::string key = name;
    const std::string expected = "an integer";
    return {key, "integer", [access](const Config& c) { return QJsonValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                access(c) = int(integerFrom(v, key, INT_MIN, INT_MAX, expected));
            },
            [=](const std::string& text) { return parseIntegerText(key, text, expected); }};
}

ConfigKey seedKey(const char* name, Access<std::uint64_t> access) {
    const std::string key = name;
    const std::string expected = "an integer >= 0";
    return {key, "integer >= 0",
            [access](const Config& c) { return QJsonValue(qint64(read(access, c))); },
            [=](Config& c, const QJsonValue& v) {
                access(c) = std::uint64_t(integerFrom(v, key, 0, LLONG_MAX, expected));
            },
            [=](const std::string& text) { return parseIntegerText(key, text, expected); }};
}

ConfigKey numberKey(const char* name, Access<double> access) {
    const std::string key = name;
    return {key, "number", [access](const Config& c) { return QJsonValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isDouble()) wrongValue(key, "a number", v);
                access(c) = v.toDouble();
            },
            [=](const std::string& text) { return parseNumberText(key, text); }};
}

ConfigKey textKey(const char* name, Access<std::string> access) {
    const std::string key = name;
    return {key, "text", [access](const Config& c) { return textValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isString()) wrongValue(key, "a text", v);
                access(c) = v.toString().toStdString();
            },
            [](const std::string& text) { return textValue(text); }};
}

/// "preset": one of ConfigPresets' names.
ConfigKey presetKey() {
    const std::string key = "preset";
    const std::string choices = configPresetChoices();
    const auto check = [=](const std::string& name) {
        if (!findConfigPreset(name)) wrongText(key, "one of " + choices, name);
    };
    return {key, choices, [](const Config& c) { return textValue(c.preset); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isString() || !findConfigPreset(v.toString().toStdString()))
                    wrongValue(key, "one of " + choices, v);
                c.preset = v.toString().toStdString();
            },
            [=](const std::string& text) {
                check(text);
                return textValue(text);
            }};
}

ConfigKey boolKey(const char* name, Access<bool> access) {
    const std::string key = name;
    const std::string expected = "true or false";
    return {key, "true|false", [access](const Config& c) { return QJsonValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isBool()) wrongValue(key, expected, v);
                access(c) = v.toBool();
            },
            [=](const std::string& text) {
                const std::string_view word = trimmed(text);
                if (word == "true" || word == "1" || word == "yes") return QJsonValue(true);
                if (word == "false" || word == "0" || word == "no") return QJsonValue(false);
                wrongText(key, expected, text);
            }};
}

/// A list of names: a JSON array of texts, or "a,b,c" after --set.
ConfigKey textListKey(const char* name, Access<std::vector<std::string>> access,
                      const char* example) {
    const std::string key = name;
    const std::string expected = std::string("a list of texts such as ") + example;
    return {key, "list of texts",
            [access](const Config& c) {
                QJsonArray array;
                for (const std::string& text : read(access, c)) array.append(textValue(text));
                return QJsonValue(array);
            },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isArray()) wrongValue(key, expected, v);
                std::vector<std::string> texts;
                for (const QJsonValue item : v.toArray()) {
                    if (!item.isString()) wrongValue(key, expected, v);
                    texts.push_back(item.toString().toStdString());
                }
                access(c) = texts;
            },
            [](const std::string& text) {
                QJsonArray array;
                for (const std::string& item : listItems(text)) array.append(textValue(item));
                return QJsonValue(array);
            }};
}

ConfigKey widthsKey(const char* name, Access<std::vector<int>> access) {
    const std::string key = name;
    const std::string expected = "a list of integers such as [8, 6]";
    return {key, "list of integers",
            [access](const Config& c) {
                QJsonArray array;
                for (int width : read(access, c)) array.append(width);
                return QJsonValue(array);
            },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isArray()) wrongValue(key, expected, v);
                std::vector<int> widths;
                for (const QJsonValue item : v.toArray())
                    widths.push_back(int(integerFrom(item, key, INT_MIN, INT_MAX, expected)));
                access(c) = widths;
            },
            [=](const std::string& text) {
                QJsonArray array;
                for (const std::string& item : listItems(text))
                    array.append(parseIntegerText(key, item, expected));
                return QJsonValue(array);
            }};
}

/// data.center_box: two fields shown as one [low, high] pair.
ConfigKey centerBoxKey() {
    const std::string key = "data.center_box";
    const std::string expected = "[low, high]";
    return {key, "[low, high]",
            [](const Config& c) {
                return QJsonValue(QJsonArray{c.data.centerBoxLow, c.data.centerBoxHigh});
            },
            [=](Config& c, const QJsonValue& v) {
                const QJsonArray pair = v.toArray();
                if (!v.isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
                    wrongValue(key, expected, v);
                c.data.centerBoxLow = pair[0].toDouble();
                c.data.centerBoxHigh = pair[1].toDouble();
            },
            [=](const std::string& text) {
                const std::vector<std::string> items = listItems(text);
                if (items.size() != 2) wrongText(key, expected + " such as -10,10", text);
                return QJsonValue(
                    QJsonArray{parseNumberText(key, items[0]), parseNumberText(key, items[1])});
            }};
}

}  // namespace latentlab::io::keys
