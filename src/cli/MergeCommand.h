// `latentlab-cli merge DIR`: every finished run folder directly under DIR (config.json and
// metrics.json: a grid's run-NNNN, a `run --out` folder, one made by GNU parallel), in name
// order, becomes a row of DIR/history.csv (HistoryCsv.h); folders without those files are
// listed as skipped on stdout. No finished folder at all, or one whose files do not read,
// is an error naming the folder or file.
//
//   MergeCommand(parseCommandLine(arguments), stdout, stderr).execute();   // throws Error
#pragma once

#include "CommandLine.h"

#include <cstdio>

namespace latentlab::cli {

class MergeCommand {
public:
    MergeCommand(CommandLine line, std::FILE* out, std::FILE* err)
        : m_line(std::move(line)), m_out(out), m_err(err) {}

    void execute();

private:
    CommandLine m_line;
    std::FILE* m_out;
    std::FILE* m_err;
};

}  // namespace latentlab::cli
