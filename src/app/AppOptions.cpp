#include "AppOptions.h"

#include "ConfigPresets.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace latentlab::app {

bool parseAppOptions(const QStringList& arguments, AppOptions& options, QString& error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "LatentLab: PCA and an autoencoder side by side, before k-means."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption preset(
        "preset",
        QString("Start from the preset NAME (%1), then --config.")
            .arg(QString::fromStdString(configPresetChoices()).replace('|', ", ")),
        "NAME");
    const QCommandLineOption config("config", "Start from the settings in FILE.json.", "FILE");
    const QCommandLineOption session("session", "Open a saved session.", "FILE");
    const QCommandLineOption run("run", "Run the pipeline once the window is up.");
    const QCommandLineOption exportDir("export-dir",
                                       "After the run (or opening the session), export all "
                                       "files and charts to DIR.",
                                       "DIR");
    const QCommandLineOption sweepK("sweep-k",
                                    "After the run, sweep k (2-15) in the Robustness tab; "
                                    "Leiden's resolution (0.2-2) if the run clusters with "
                                    "Leiden.");
    const QCommandLineOption repeats("repeats",
                                     "After the run, repeat it N times over seeds (2-50) in the "
                                     "Robustness tab.",
                                     "N");
    const QCommandLineOption saveSession(
        "save-session", "After the run (or opening the session), save the session as FILE.",
        "FILE");
    const QCommandLineOption tab("tab", "Show the tab NAME: latent, clusters, data or robustness.",
                                 "NAME");
    const QCommandLineOption screenshot(
        "screenshot", "Last of all, write a picture of the whole window to FILE.png.", "FILE");
    const QCommandLineOption quit("quit-after-run",
                                  "Quit when the run (and export, session, screenshot) is done.");
    parser.addOptions({preset, config, session, run, sweepK, repeats, exportDir, saveSession, tab,
                       screenshot, quit});
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
    options.preset = parser.value(preset);
    if (parser.isSet(preset) && !findConfigPreset(options.preset.toStdString())) {
        error = QStringLiteral("unknown preset '%1' (known: %2)")
                    .arg(options.preset, QString::fromStdString(configPresetChoices()));
        return false;
    }
    if (parser.isSet(session)) options.sessionPath = parser.value(session);
    options.exportDir = parser.value(exportDir);
    options.run = parser.isSet(run);
    options.saveSessionPath = parser.value(saveSession);
    options.screenshotPath = parser.value(screenshot);
    if (!options.screenshotPath.isEmpty() &&
        !options.screenshotPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        error = QStringLiteral("--screenshot writes PNG: give a file name ending in .png");
        return false;
    }
    if (parser.isSet(tab)) {
        const QStringList names{"latent", "clusters", "data", "robustness"};
        options.tab = int(names.indexOf(parser.value(tab).toLower()));
        if (options.tab < 0) {
            error = QStringLiteral("--tab: '%1' is not one of %2")
                        .arg(parser.value(tab), names.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(repeats)) {
        bool number = false;
        options.repeats = parser.value(repeats).toInt(&number);
        if (!number || options.repeats < 2 || options.repeats > 50) {
            error = QStringLiteral("--repeats: '%1' is not a whole number from 2 to 50")
                        .arg(parser.value(repeats));
            return false;
        }
        if (!parser.isSet(run)) {
            error = QStringLiteral("--repeats needs --run");
            return false;
        }
    }
    options.sweepK = parser.isSet(sweepK);
    if (options.sweepK && !options.run) {
        error = QStringLiteral("--sweep-k needs --run");
        return false;
    }
    options.quitAfterRun = parser.isSet(quit);
    if (!options.configPath.isEmpty() && !options.sessionPath.isEmpty()) {
        error = QStringLiteral("--config and --session cannot be combined");
        return false;
    }
    if (!options.preset.isEmpty() && !options.sessionPath.isEmpty()) {
        error = QStringLiteral("--preset and --session cannot be combined");
        return false;
    }
    return true;
}

}  // namespace latentlab::app
