#include "HistoryCsv.h"

#include "ConfigJson.h"
#include "ConfigKeys.h"
#include "CsvTokenizer.h"
#include "CsvWriter.h"
#include "FileBytes.h"
#include "IoErrors.h"
#include "MethodRegistry.h"
#include "NumberText.h"
#include "PrintableText.h"
#include "TextContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <set>

namespace latentlab::io {
namespace {

constexpr const char* kTotalSeconds = "seconds.total";

struct MetricColumn {
    std::string method;
    const MetricInfo* metric;
};

/// The (method, metric) pairs with a value in some row, in the documented order.
std::vector<MetricColumn> metricColumns(const std::vector<HistoryRow>& rows) {
    std::vector<std::string> methods;
    for (const MethodInfo& info : methodCatalog()) methods.emplace_back(info.name);
    for (const HistoryRow& row : rows)
        for (const std::string& method : row.methods)
            if (std::find(methods.begin(), methods.end(), method) == methods.end())
                methods.push_back(method);
    std::vector<MetricColumn> columns;
    for (const std::string& method : methods) {
        for (const MetricInfo& info : metricCatalog()) {
            const bool used = std::any_of(rows.begin(), rows.end(), [&](const HistoryRow& row) {
                const MethodMetrics* metrics = row.find(method);
                return metrics && std::isfinite(metrics->*info.member);
            });
            if (used) columns.push_back({method, &info});
        }
    }
    return columns;
}

std::string numberCell(const QJsonValue& value) {
    // Integers exactly (seeds go beyond 2^53); two defaults tell "not integral" apart.
    const qint64 integer = value.toInteger(0);
    if (integer != 0 || value.toInteger(1) == 0) return std::to_string(integer);
    return formatNumber(value.toDouble());
}

std::string scalarCell(const QJsonValue& value) {
    if (value.isBool()) return value.toBool() ? "true" : "false";
    if (value.isDouble()) return numberCell(value);
    return value.toString().toStdString();
}

/// An item that the ';' form would split, lose or trim.
bool needsJson(const std::string& item) {
    return item.empty() || item.find_first_of(",;\"[]") != std::string::npos ||
           trimmed(item).size() != item.size();
}

enum class Kind { Run, Finished, Repeats, Setting, Metric, TotalSeconds };

struct Column {
    Kind kind;
    std::string name;
    const ConfigKey* key = nullptr;
    MetricColumn metric{};
};

Column classify(const std::string& name, const std::string& where) {
    if (name == "run") return {Kind::Run, name};
    if (name == "finished") return {Kind::Finished, name};
    if (name == "repeats") return {Kind::Repeats, name};
    if (name == kTotalSeconds) return {Kind::TotalSeconds, name};
    if (const ConfigKey* key = findConfigKey(name)) return {Kind::Setting, name, key};
    const std::size_t dot = name.rfind('.');
    if (dot != std::string::npos && findMethod(name.substr(0, dot))) {
        for (const MetricInfo& info : metricCatalog())
            if (name.compare(dot + 1, std::string::npos, info.key) == 0)
                return {Kind::Metric, name, nullptr, {name.substr(0, dot), &info}};
    }
    throw ReadError(where + ": " + quotedForMessage(name) +
                    " is neither run, finished, repeats, seconds.total, a setting "
                    "(data.samples, ...) nor a metric (pca.ari, ...)");
}

double numberFrom(const std::string& cell, const std::string& where) {
    double value = 0.0;
    if (trimmed(cell).empty()) return std::nan("");
    if (!parseNumber(cell, value) || !std::isfinite(value))
        throw ReadError(where + ": " + quotedForMessage(cell) + " is not a number");
    return value;
}

MethodMetrics& metricsOf(HistoryRow& row, const std::string& method) {
    for (std::size_t m = 0; m < row.methods.size(); ++m)
        if (row.methods[m] == method) return row.spaces[m];
    row.methods.push_back(method);
    return row.spaces.emplace_back();
}

HistoryRow rowFrom(const std::vector<Column>& columns, const std::vector<std::string>& fields,
                   const std::string& at) {
    const auto where = [&](const Column& column) { return at + ", column '" + column.name + "'"; };
    HistoryRow row;
    // The preset first, as a config file names it: the other settings go on top of it.
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].kind != Kind::Setting || columns[c].name != "preset") continue;
        try {
            row.config = presetConfig(fields[c]);
        } catch (const ConfigError& error) {
            throw ReadError(where(columns[c]) + ": " + error.what());
        }
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const Column& column = columns[c];
        const std::string& cell = fields[c];
        switch (column.kind) {
            case Kind::Run:
                if (trimmed(cell).empty()) throw ReadError(where(column) + ": the run has no name");
                row.run = cell;
                break;
            case Kind::Finished:
                row.finished = cell;
                break;
            case Kind::Repeats: {
                long long repeats = 0;
                if (!parseInteger(cell, repeats) || repeats < 1 || repeats > 1000000)
                    throw ReadError(where(column) + ": " + quotedForMessage(cell) +
                                    " is not a number of repeats (an integer >= 1)");
                row.repeats = int(repeats);
                break;
            }
            case Kind::Setting:
                try {
                    applySettingCell(row.config, column.name, cell);
                } catch (const ConfigError& error) {
                    throw ReadError(where(column) + ": " + error.what());
                }
                break;
            case Kind::Metric: {
                const double value = numberFrom(cell, where(column));
                if (std::isfinite(value))
                    metricsOf(row, column.metric.method).*column.metric.metric->member = value;
                break;
            }
            case Kind::TotalSeconds:
                row.totalSeconds = numberFrom(cell, where(column));
                break;
        }
    }
    return row;
}

}  // namespace

const MethodMetrics* HistoryRow::find(const std::string& method) const {
    for (std::size_t m = 0; m < methods.size(); ++m)
        if (methods[m] == method) return &spaces[m];
    return nullptr;
}

std::string settingCell(const QJsonValue& value) {
    if (!value.isArray()) return scalarCell(value);
    std::vector<std::string> items;
    bool json = false;
    for (const QJsonValue item : value.toArray()) {
        items.push_back(scalarCell(item));
        json = json || needsJson(items.back());
    }
    if (json) return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).toStdString();
    std::string cell;
    for (const std::string& item : items) cell += (cell.empty() ? "" : ";") + item;
    return cell;
}

void applySettingCell(Config& config, const std::string& name, const std::string& cell) {
    const ConfigKey* key = findConfigKey(name);
    if (!key) throw ConfigError("unknown setting '" + printable(name) + "'");
    if (!key->get(Config{}).isArray()) {
        key->set(config, key->parse(cell));
        return;
    }
    const std::string_view text = trimmed(cell);
    if (!text.empty() && text.front() == '[') {
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            throw ConfigError(name + " must be a list such as 8;6 or a JSON array, got " +
                              quotedForMessage(cell));
        key->set(config, document.array());
        return;
    }
    std::string items(text);
    std::replace(items.begin(), items.end(), ';', ',');
    key->set(config, key->parse(items));
}

QByteArray historyCsv(const std::vector<HistoryRow>& rows) {
    const std::vector<MetricColumn> metrics = metricColumns(rows);
    CsvWriter csv;
    std::vector<std::string> header{"run", "finished", "repeats"};
    for (const ConfigKey& key : configKeys()) header.push_back(key.name);
    for (const MetricColumn& column : metrics)
        header.push_back(column.method + "." + column.metric->key);
    header.push_back(kTotalSeconds);
    csv.addRow(header);
    for (const HistoryRow& row : rows) {
        csv.addText(row.run);
        csv.addText(row.finished);
        csv.addInteger(row.repeats);
        for (const ConfigKey& key : configKeys()) csv.addText(settingCell(key.get(row.config)));
        for (const MetricColumn& column : metrics) {
            const MethodMetrics* space = row.find(column.method);
            csv.addNumber(space ? space->*column.metric->member : std::nan(""));
        }
        csv.addNumber(row.totalSeconds);
        csv.endRow();
    }
    return csv.bytes();
}

std::vector<HistoryRow> parseHistoryCsv(const QByteArray& bytes, const std::string& source) {
    const std::string shown = printable(source);
    requireText(bytes, source, "CSV file");
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray text = QByteArray::fromRawData(bytes.constData() + bom, bytes.size() - bom);
    CsvTokenizer tokens(text, ',', shown);
    std::vector<std::string> fields;
    bool any = tokens.next(fields);
    while (any && tokens.blank()) any = tokens.next(fields);
    if (!any) throw ReadError(shown + ": the file is empty (no header row)");

    std::vector<Column> columns;
    std::set<std::string> seen;
    for (const std::string& name : fields) {
        const std::string where = shown + ", line " + std::to_string(tokens.line());
        if (!seen.insert(name).second)
            throw ReadError(where + ": column " + quotedForMessage(name) + " appears twice");
        columns.push_back(classify(name, where));
    }
    if (!seen.count("run"))
        throw ReadError(shown + ", line " + std::to_string(tokens.line()) +
                        ": no 'run' column: not a history.csv");

    std::vector<HistoryRow> rows;
    while (tokens.next(fields)) {
        if (tokens.blank()) continue;
        const std::string at = shown + ", line " + std::to_string(tokens.line());
        if (fields.size() != columns.size()) {
            throw ReadError(at + ": " + std::to_string(fields.size()) + " fields, the header has " +
                            std::to_string(columns.size()));
        }
        rows.push_back(rowFrom(columns, fields, at));
    }
    return rows;
}

std::vector<HistoryRow> readHistoryCsv(const QString& path) {
    return parseHistoryCsv(readFileBytes(path), path.toStdString());
}

}  // namespace latentlab::io
