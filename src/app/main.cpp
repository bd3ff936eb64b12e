// latentlab: the desktop explorer. Parses the command line, shows the window, and for
// unattended use runs, exports and quits as asked.
#include "AfterRun.h"
#include "AppOptions.h"
#include "ConfigJson.h"
#include "Errors.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>

using latentlab::gui::MainWindow;

int main(int argc, char** argv) {
    // Read the arguments before QApplication: it takes "-session"/"--session" for X11
    // session management and would swallow ours.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LatentLab"));
    QApplication::setOrganizationName(QStringLiteral("LatentLab"));
    QApplication::setApplicationVersion(QStringLiteral(LATENTLAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/latentlab.svg")));
    // Lets Wayland/X11 shells match the window to the installed .desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.latentlab.LatentLab"));

    latentlab::app::AppOptions options;
    QString error;
    if (!latentlab::app::parseAppOptions(arguments, options, error)) {
        std::fprintf(stderr, "latentlab: error: %s\n", qPrintable(error));
        return 2;
    }
    const bool unattended = options.quitAfterRun;
    app.setProperty("latentlabQuiet", unattended);  // errors to stderr, not message boxes

    MainWindow window;
    if (!options.configPath.isEmpty() || !options.preset.isEmpty()) {
        try {
            const std::string preset = options.preset.toStdString();
            window.setConfig(options.configPath.isEmpty()
                                 ? latentlab::io::presetConfig(preset)
                                 : latentlab::io::readConfigFile(options.configPath, preset));
        } catch (const latentlab::Error& failure) {
            std::fprintf(stderr, "latentlab: error: %s\n", failure.what());
            return 2;
        }
    }
    if (!options.sessionPath.isEmpty()) {
        QString sessionError;
        if (!window.openSession(options.sessionPath, unattended ? &sessionError : nullptr) &&
            unattended) {
            std::fprintf(stderr, "latentlab: error: %s\n", qPrintable(sessionError));
            return 2;
        }
    }
    window.show();

    latentlab::app::AfterRun afterRun(window, options);
    if (options.run) {
        QObject::connect(&window, &MainWindow::runEnded, &afterRun,
                         &latentlab::app::AfterRun::begin);
        QTimer::singleShot(0, &window, [&window] { window.run(); });
    } else if (afterRun.hasWork()) {
        // Without --run, the steps (tab, screenshot, quit...) apply to the window as opened.
        QTimer::singleShot(0, &afterRun, [&afterRun] { afterRun.begin(true, QString()); });
    }
    const int status = app.exec();
    return afterRun.exitCode() ? afterRun.exitCode() : status;
}
