// `latentlab-cli run`: builds the Config (defaults, --config, --input/--label-column, --set
// in order) and checks it, loads the table if there is one, checks the output folder, then
// runs the pipeline (or its repeats) with progress on stderr, writes the folder (and the
// report, the animation of the training) and prints the metrics table on stdout. Nothing is
// written unless the run succeeds.
//
//   RunCommand(parseCommandLine(arguments), stdout, stderr).execute();   // throws Error
#pragma once

#include "CommandLine.h"
#include "Config.h"
#include "Dataset.h"
#include "KSweep.h"
#include "Repeats.h"
#include "ReplayRecorder.h"
#include "ResolutionSweep.h"

#include <cstdio>
#include <optional>

namespace latentlab::cli {

class RunCommand {
public:
    RunCommand(CommandLine line, std::FILE* out, std::FILE* err)
        : m_line(std::move(line)), m_out(out), m_err(err) {}

    /// Throws latentlab::Error (or a subclass) for everything the user can fix.
    void execute();

    /// The Config the options describe, checked by Config::validate().
    Config resolveConfig() const;
    std::string presetName() const;

private:
    std::optional<Dataset> loadData(Config& config) const;
    void checkOutputFolder() const;
    void checkEnoughRows(const Config& config) const;
    void print(const QString& text, std::FILE* stream) const;
    /// The --sweep-k sweep of a finished run, computed before any file is written.
    std::optional<KSweep> sweepIfAsked(const Result& result, PipelineObserver& observer) const;
    void writeSweep(const std::optional<KSweep>& sweep) const;
    /// --sweep-resolution: Leiden at each resolution, into DIR/sweep_resolution.csv and the
    /// report.
    std::optional<ResolutionSweep> sweepResolutionIfAsked(const Result& result,
                                                          PipelineObserver& observer) const;
    /// --save-session: the run as a session, for the GUI or `transform --session`.
    void saveSessionIfAsked(const Result& result) const;
    /// --report: the supervisor report of the run, with its sweeps and repeats if any.
    void writeReportIfAsked(const Result& result, const std::optional<KSweep>& sweep,
                            const std::optional<ResolutionSweep>& resolutionSweep,
                            const RepeatsResult* repeats) const;

    /// --animation: before the run, the file name and that some chosen method animates.
    void checkAnimation(const Config& config) const;
    /// --animation: the replay recorded during the run (with repeats: the last one's).
    void writeAnimationIfAsked(const Result& result, const ReplayRecorder& recorder) const;

    CommandLine m_line;
    std::FILE* m_out;
    std::FILE* m_err;
    bool m_wroteExpression = false;  ///< the last write had genes.csv
};

}  // namespace latentlab::cli
