// The desktop app's command line, so figures can be regenerated unattended:
//   latentlab [--config FILE.json | --session FILE.latentlab] [--run] [--sweep-k] [--repeats N]
//             [--export-dir DIR] [--save-session FILE] [--tab NAME] [--screenshot FILE.png]
//             [--quit-after-run]
#pragma once

#include <QString>
#include <QStringList>

namespace latentlab::app {

struct AppOptions {
    QString preset;  ///< --preset NAME, applied before --config
    QString configPath;
    QString sessionPath;
    QString exportDir;
    QString saveSessionPath;  ///< saved after the run (or after opening --session)
    QString screenshotPath;   ///< a PNG of the whole window, last
    int tab = -1;             ///< tab to show: 0 latent spaces ... 3 robustness; -1 as it was
    bool sweepK = false;      ///< Sweep k (Leiden: the resolution) after the run (Robustness tab)
    int repeats = 0;          ///< Repeat × N after the run (Robustness tab)
    bool run = false;
    bool quitAfterRun = false;
};

/// Parses `arguments` (argv including the program name). Returns false with `error` set
/// for unknown options or contradictory ones; --help and --version are handled by exiting.
bool parseAppOptions(const QStringList& arguments, AppOptions& options, QString& error);

}  // namespace latentlab::app
