// latentlab-cli: parse the command line, run, and turn errors into exit codes — 2 with one
// line on stderr for anything the user can fix, 1 for internal errors.
#include "CommandLine.h"
#include "GridCommand.h"
#include "MergeCommand.h"
#include "PrintableText.h"
#include "RunCommand.h"
#include "TransformCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

namespace {

/// Painting a report or an animation needs fonts, hence a QGuiApplication (offscreen: no
/// display needed); every other command keeps the lighter QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"--report", "-report", "--animation", "-animation"})
            paints = paints || std::strncmp(argv[i], option, std::strlen(option)) == 0;
    if (!paints) return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // The GUI platform's chatter ("XDG_RUNTIME_DIR not set", font notes) would break the one
    // line on stderr that an error gets; only critical and fatal messages pass.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    });
    return std::make_unique<QGuiApplication>(argc, argv);
}

void reportError(std::string message) {
    for (char& c : message)
        if (c == '\n' || c == '\r') c = ' ';  // one line, whatever the message holds
    // Readers quote files printable already; this is the net for anything that was missed
    // (an argument echoed back, a library's message), and changes nothing printable.
    std::fprintf(stderr, "latentlab-cli: error: %s\n", latentlab::printable(message).c_str());
}

}  // namespace

int main(int argc, char* argv[]) {
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName("latentlab-cli");
    QCoreApplication::setApplicationVersion(LATENTLAB_VERSION);
    using latentlab::cli::CommandLine;
    try {
        const CommandLine line = latentlab::cli::parseCommandLine(QCoreApplication::arguments());
        switch (line.action) {
            case CommandLine::Action::Help:
                std::fputs(latentlab::cli::helpText().toUtf8().constData(), stdout);
                return 0;
            case CommandLine::Action::Version:
                std::printf("latentlab-cli %s\n", LATENTLAB_VERSION);
                return 0;
            case CommandLine::Action::Run:
                latentlab::cli::RunCommand(line, stdout, stderr).execute();
                return 0;
            case CommandLine::Action::Transform:
                latentlab::cli::TransformCommand(line, stdout, stderr).execute();
                return 0;
            case CommandLine::Action::Grid:
                latentlab::cli::GridCommand(line, stdout, stderr).execute();
                return 0;
            case CommandLine::Action::Merge:
                latentlab::cli::MergeCommand(line, stdout, stderr).execute();
                return 0;
        }
    } catch (const latentlab::Error& error) {
        reportError(error.what());
        return 2;
    } catch (const std::exception& error) {
        reportError(std::string("internal error: ") + error.what());
        return 1;
    }
    return 1;
}
