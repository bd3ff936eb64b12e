// `latentlab-cli grid`: plans the runs (GridPlan.h), writes each one's full config to
// DIR/configs/run-NNNN.json, then either runs them here as child `latentlab-cli run`
// processes, --jobs at a time (LocalJobs.h), skipping those already finished
// (GridResume.h), and writes DIR/history.csv (HistoryCsv.h); or, with --slurm, writes a
// SLURM array job script that runs them on a cluster (SlurmScript.h). A failed run is one
// line on stderr and the others go on; any failure ends in an Error (exit code 2).
//
//   GridCommand(parseCommandLine(arguments), stdout, stderr).execute();   // throws Error
#pragma once

#include "CommandLine.h"
#include "GridPlan.h"

#include <cstdio>
#include <vector>

namespace latentlab::cli {

class GridCommand {
public:
    GridCommand(CommandLine line, std::FILE* out, std::FILE* err)
        : m_line(std::move(line)), m_out(out), m_err(err) {}

    /// Throws latentlab::Error (or a subclass) for everything the user can fix.
    void execute();

private:
    void writeConfigs(const std::vector<GridRun>& runs) const;
    void writeSlurmScript(const std::vector<GridRun>& runs, int finished) const;
    /// Runs the unfinished ones; returns the names of those that failed.
    QStringList runHere(const std::vector<GridRun>& runs, const std::vector<bool>& finished) const;
    /// history.csv of the runs that are finished, the failed ones left out.
    void writeHistory(const std::vector<GridRun>& runs, const QStringList& failed) const;
    QString runFolder(const GridRun& run) const;
    void print(const QString& text, std::FILE* stream) const;

    CommandLine m_line;
    std::FILE* m_out;
    std::FILE* m_err;
    QString m_dir;  ///< absolute --out
};

}  // namespace latentlab::cli
