#include "SlurmScript.h"

#include <algorithm>

namespace latentlab::cli {
namespace {

/// The log file pattern in an #SBATCH line. sbatch reads the directive itself (no shell):
/// quotes group a value with spaces, a backslash escapes the next character, and '%%' is a
/// literal '%' of the folder, not a pattern.
QString sbatchLogPattern(QString folder) {
    folder.replace('%', "%%");
    const bool quote = std::any_of(folder.begin(), folder.end(), [](QChar c) {
        return c == ' ' || c == '\t' || c == '\'' || c == '"' || c == '\\';
    });
    if (!quote) return folder + "/slurm-%A_%a.log";
    folder.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + folder + "/slurm-%A_%a.log\"";
}

}  // namespace

QString shellQuoted(const QString& text) {
    QString quoted = text;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

QString shellWord(const QString& text) {
    const bool plain = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) ||
               QStringLiteral("/._-+:,=@%").contains(c);
    });
    return plain ? text : shellQuoted(text);
}

QString slurmScript(const SlurmGrid& grid) {
    QString text = QStringLiteral("#!/bin/bash\n");
    text += "#SBATCH --job-name=latentlab-grid\n";
    text += QStringLiteral("#SBATCH --array=0-%1\n").arg(grid.runs - 1);
    text += "#SBATCH --output=" + sbatchLogPattern(grid.folder) + "\n";
    text += QStringLiteral(
        "# Written by latentlab-cli grid: task i runs \"$dir/configs/run-<i+1>.json\" into\n"
        "# \"$dir/run-<i+1>\". Submit with sbatch; when every task has ended, run\n"
        "# latentlab-cli merge \"$dir\" for \"$dir/history.csv\".\n");
    text += "set -euo pipefail\n";
    text += "cli=" + shellQuoted(grid.program) + "\n";
    text += "dir=" + shellQuoted(grid.folder) + "\n";
    text +=
        ": \"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch (or set "
        "SLURM_ARRAY_TASK_ID)}\"\n";
    text += "name=$(printf 'run-%04d' \"$((SLURM_ARRAY_TASK_ID + 1))\")\n";
    text +=
        "if [ -f \"$dir/$name/metrics.json\" ]; then\n"
        "    echo \"$name is finished already\"\n"
        "    exit 0\n"
        "fi\n";
    text += "exec \"$cli\" run --config \"$dir/configs/$name.json\" --out \"$dir/$name\"";
    if (grid.repeats > 0) text += QStringLiteral(" --repeats %1").arg(grid.repeats);
    text += "\n";
    return text;
}

}  // namespace latentlab::cli
