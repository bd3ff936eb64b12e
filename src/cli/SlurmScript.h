// The SLURM array job script of `latentlab-cli grid --slurm FILE.sh`: task i (zero-based)
// runs DIR/configs/run-<i+1>.json into DIR/run-<i+1> with this very latentlab-cli; a task
// whose folder already holds metrics.json ends at once, so a resubmitted array finishes
// only what is left. Paths are absolute and quoted for bash and for sbatch's own reading of
// the #SBATCH lines; they must not hold line breaks, which no line can carry.
//
//   writeFileAtomically("grid.sh", slurmScript({cli, dir, 12, 0}).toUtf8());
#pragma once

#include <QString>

namespace latentlab::cli {

struct SlurmGrid {
    QString program;  ///< absolute path of latentlab-cli
    QString folder;   ///< absolute grid folder (DIR)
    int runs = 0;     ///< the array is 0..runs-1
    int repeats = 0;  ///< passed on as --repeats; 0: a single run each
};

QString slurmScript(const SlurmGrid& grid);
/// `text` as one word for bash: 'text', with each ' written as '\''.
QString shellQuoted(const QString& text);
/// `text` as it is where bash takes it as one word (letters, digits, "/._-+:,=@%"), else
/// shellQuoted(): for commands shown to the user.
QString shellWord(const QString& text);

}  // namespace latentlab::cli
