#include "GridPlan.h"

#include "ConfigKeys.h"
#include "Errors.h"
#include "PrintableText.h"
#include "RunCommand.h"

#include <set>

namespace latentlab::cli {
namespace {

std::string shown(const QString& text) { return quotedForMessage(text.toStdString(), 80); }

}  // namespace

QString gridRunName(int index) {
    return QStringLiteral("run-%1").arg(index + 1, 4, 10, QChar('0'));
}

GridAxis gridAxis(const QString& setting) {
    const int equals = setting.indexOf('=');
    if (equals < 0) throw UsageError("--set needs KEY=V1,V2,..., got " + shown(setting));
    GridAxis axis;
    axis.key = setting.left(equals).trimmed().toStdString();
    const io::ConfigKey* key = io::findConfigKey(axis.key);
    if (!key) {
        throw ConfigError("unknown setting " + quotedForMessage(axis.key) +
                          " (known: " + io::knownKeysNear(axis.key) + ")");
    }
    const QString text = setting.mid(equals + 1);
    const std::string given = "--set " + setting.toStdString();
    if (text.trimmed().isEmpty())
        throw UsageError(given + " has no values: give " + axis.key + "=V1,V2,...");
    const bool listKey = key->get(Config{}).isArray();
    const QStringList values = text.split(listKey ? ';' : ',');
    for (int v = 0; v < values.size(); ++v) {
        const std::string value = values[v].trimmed().toStdString();
        if (value.empty()) {
            throw UsageError(printable(given) + ": value " + std::to_string(v + 1) + " is empty" +
                             (listKey ? " (an empty list is [])" : ""));
        }
        try {
            key->parse(value);
        } catch (const ConfigError& error) {
            throw ConfigError(printable(given) + ": " + error.what());
        }
        axis.values.push_back(value);
    }
    return axis;
}

std::vector<GridRun> planGrid(const CommandLine& line) {
    std::vector<GridAxis> axes;
    std::set<std::string> keys;
    long long count = 1;
    for (const QString& setting : line.settings) {
        axes.push_back(gridAxis(setting));
        if (!keys.insert(axes.back().key).second) {
            throw UsageError("--set " + axes.back().key +
                             " is given twice: give all its values in one --set KEY=V1,V2,...");
        }
        count *= static_cast<long long>(axes.back().values.size());
        if (count > kMaxGridRuns) {
            throw UsageError("the grid has more than " + std::to_string(kMaxGridRuns) +
                             " combinations: split it into several grids");
        }
    }
    std::vector<GridRun> runs;
    for (int index = 0; index < count; ++index) {
        GridRun run;
        run.name = gridRunName(index);
        CommandLine single = line;
        single.settings.clear();
        // The last axis varies fastest: index is a number whose digits are the axes.
        std::vector<std::size_t> digit(axes.size());
        for (int rest = index, a = int(axes.size()) - 1; a >= 0; --a) {
            digit[a] = std::size_t(rest) % axes[a].values.size();
            rest /= int(axes[a].values.size());
        }
        for (std::size_t a = 0; a < axes.size(); ++a) {
            const QString assignment =
                QString::fromStdString(axes[a].key + "=" + axes[a].values[digit[a]]);
            single.settings << assignment;
            if (axes[a].values.size() > 1) run.varied << assignment;
        }
        try {
            run.config = RunCommand(single, nullptr, nullptr).resolveConfig();
        } catch (const Error& error) {
            const QString settings =
                run.varied.isEmpty() ? QString() : " (" + run.varied.join(", ") + ")";
            throw ConfigError(printable((run.name + settings).toStdString()) + ": " + error.what());
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

}  // namespace latentlab::cli
