// latentlab-cli: parse the command line, run, and turn errors into exit codes — 2 with one
// line on stderr for anything the user can fix, 1 for internal errors.
#include "CommandLine.h"
#include "RunCommand.h"

#include <QCoreApplication>
#include <cstdio>
#include <string>

namespace {

void reportError(std::string message) {
    for (char& c : message)
        if (c == '\n' || c == '\r') c = ' ';  // one line, whatever the message holds
    std::fprintf(stderr, "latentlab-cli: error: %s\n", message.c_str());
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
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
