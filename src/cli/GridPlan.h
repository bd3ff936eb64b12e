// The runs `latentlab-cli grid` asks for: every combination of its --set lists, the first
// --set varying slowest (nested loops in the order given), each resolved exactly as `run`
// resolves the same options: defaults, preset, --config, --input, then the settings.
//
//   std::vector<GridRun> runs = planGrid(line);   // throws UsageError / ConfigError
//   runs[0].name;     // "run-0001"
//   runs[0].config;   // checked by Config::validate()
#pragma once

#include "CommandLine.h"
#include "Config.h"

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace latentlab::cli {

/// Enough for the four-digit names to sort as they count.
inline constexpr int kMaxGridRuns = 9999;

/// One --set of a grid: a key and its values, each as `run --set` would take it.
struct GridAxis {
    std::string key;
    std::vector<std::string> values;  ///< "4"; "8,6" for one value of a list key
};

struct GridRun {
    QString name;        ///< "run-0001"
    QStringList varied;  ///< "kmeans.k=4" for every axis with more than one value
    Config config;
};

/// --set KEY=V1,V2,...: ',' between the values, or ';' for a key whose value is a list
/// (autoencoder.encoder=8,6;32,16 is [8, 6] and [32, 16]). Each value is checked by its key.
GridAxis gridAxis(const QString& setting);
/// Every combination of `line.settings`, in order; an axis given twice, more than
/// kMaxGridRuns runs or a combination that Config::validate() refuses is an error.
std::vector<GridRun> planGrid(const CommandLine& line);
/// "run-0001" for index 0.
QString gridRunName(int index);

}  // namespace latentlab::cli
