// What was asked on latentlab-cli's command line. Parsing only collects and checks the
// syntax (unknown options, missing values, --out present); RunCommand applies the rest.
//
//   CommandLine line = parseCommandLine(QCoreApplication::arguments());   // throws UsageError
//   if (line.action == CommandLine::Action::Help) print(helpText());
#pragma once

#include "Errors.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace latentlab::cli {

/// The command line itself is wrong: a user error like any other (exit code 2).
class UsageError : public Error {
public:
    using Error::Error;
};

struct CommandLine {
    enum class Action { Run, Transform, Grid, Merge, Help, Version };
    Action action = Action::Run;
    QString preset;                      ///< --preset, empty if not given
    QString configFile;                  ///< --config, empty if not given
    QString inputFile;                   ///< --input, empty if not given
    std::optional<QString> labelColumn;  ///< --label-column
    QString labelsFile;                  ///< --labels: row name -> label file (data.labels_path)
    QStringList settings;                ///< --set key=value, in the order given
    int repeats = 0;                     ///< --repeats N; 0 for a single run
    int sweepFirstK = 0;                 ///< --sweep-k FIRST:LAST; 0 when not asked
    int sweepLastK = 0;
    std::vector<double> sweepResolutions;  ///< --sweep-resolution; empty when not asked
    QString outDir;                        ///< --out; for merge, its DIR
    QString sessionFile;                   ///< transform --session: the saved model to apply
    QString saveSession;                   ///< run --save-session: also save the run as a session
    QString reportFile;                    ///< run --report: the supervisor report, .pdf or .html
    QString animationFile;                 ///< run --animation: the training replay, .gif or .mp4
    int animationFps = 10;                 ///< run --animation-fps N
    int jobs = 0;                          ///< grid --jobs N; 0: one per core
    QString slurmScript;                   ///< grid --slurm FILE.sh; empty: run here
};

/// `arguments` as QCoreApplication::arguments() gives them (program name first).
CommandLine parseCommandLine(const QStringList& arguments);

/// Usage, options, every --set key with its type and default, outputs and exit codes.
QString helpText();

}  // namespace latentlab::cli
