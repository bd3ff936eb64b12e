// The desktop app's command line, so figures can be regenerated unattended:
//   latentlab [--config FILE.json | --session FILE.latentlab] [--run]
//             [--export-dir DIR] [--quit-after-run]
#pragma once

#include <QString>
#include <QStringList>

namespace latentlab::app {

struct AppOptions {
    QString configPath;
    QString sessionPath;
    QString exportDir;
    bool run = false;
    bool quitAfterRun = false;
};

/// Parses `arguments` (argv including the program name). Returns false with `error` set
/// for unknown options or contradictory ones; --help and --version are handled by exiting.
bool parseAppOptions(const QStringList& arguments, AppOptions& options, QString& error);

}  // namespace latentlab::app
