#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace latentlab::app {

bool parseAppOptions(const QStringList& arguments, AppOptions& options, QString& error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "LatentLab: PCA and an autoencoder side by side, before k-means."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config("config", "Start from the settings in FILE.json.", "FILE");
    const QCommandLineOption session("session", "Open a saved session.", "FILE");
    const QCommandLineOption run("run", "Run the pipeline once the window is up.");
    const QCommandLineOption exportDir("export-dir",
                                       "After the run (or opening the session), export all "
                                       "files and charts to DIR.",
                                       "DIR");
    const QCommandLineOption quit("quit-after-run", "Quit when the run (and export) is done.");
    parser.addOptions({config, session, run, exportDir, quit});
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    if (parser.isSet("help")) parser.showHelp(0);
    if (parser.isSet("version")) parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        // A lone .latentlab argument is how the desktop opens a double-clicked session.
        const QString file = parser.positionalArguments().front();
        if (parser.positionalArguments().size() == 1 && file.endsWith(".latentlab")) {
            options.sessionPath = file;
        } else {
            error = QStringLiteral("unexpected argument '%1'").arg(file);
            return false;
        }
    }
    options.configPath = parser.value(config);
    if (parser.isSet(session)) options.sessionPath = parser.value(session);
    options.exportDir = parser.value(exportDir);
    options.run = parser.isSet(run);
    options.quitAfterRun = parser.isSet(quit);
    if (!options.configPath.isEmpty() && !options.sessionPath.isEmpty()) {
        error = QStringLiteral("--config and --session cannot be combined");
        return false;
    }
    return true;
}

}  // namespace latentlab::app
