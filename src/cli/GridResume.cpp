#include "GridResume.h"

#include "CommandLine.h"
#include "ConfigJson.h"
#include "ConfigKeys.h"
#include "FinishedRun.h"
#include "HistoryCsv.h"
#include "PrintableText.h"

#include <QDir>

namespace latentlab::cli {

std::string settingsDifference(const Config& planned, const Config& found) {
    Config expected = planned;
    if (expected.kmeans.k == 0) expected.kmeans.k = found.kmeans.k;
    if (expected.data.labelColumn.empty()) expected.data.labelColumn = found.data.labelColumn;
    for (const io::ConfigKey& key : io::configKeys()) {
        const QJsonValue there = key.get(found), here = key.get(expected);
        if (there == here) continue;
        const auto cell = [](const QJsonValue& value) {
            const std::string text = io::settingCell(value);
            return text.empty() ? std::string("empty") : printable(text);
        };
        return key.name + " is " + cell(there) + " there, " + cell(here) + " here";
    }
    return {};
}

bool finishedAsPlanned(const QString& folder, const Config& planned, int repeats) {
    if (!io::hasRunFiles(folder)) return false;
    Config found;
    int foundRepeats = 0;
    try {
        found = io::readConfigFile(QDir(folder).filePath("config.json"));
        foundRepeats = int(io::readStoredMetrics(folder).repeats.size());
    } catch (const Error&) {
        return false;  // unreadable: written in part, or by hand; run it again
    }
    std::string difference = settingsDifference(planned, found);
    if (difference.empty() && foundRepeats != repeats) {
        const auto shown = [](int n) {
            return n == 0 ? std::string("a single run") : std::to_string(n) + " repeats";
        };
        difference = "it has " + shown(foundRepeats) + ", the grid asks for " + shown(repeats);
    }
    if (difference.empty()) return true;
    throw UsageError(printable(QDir::toNativeSeparators(folder).toStdString()) +
                     " holds a finished run of other settings (" + difference +
                     "): give another --out or remove that folder");
}

}  // namespace latentlab::cli
