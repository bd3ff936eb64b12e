// Runs the built latentlab-cli (path compiled in) as a user would, and returns its exit
// code and output, so the CLI tests read like the commands they check.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

struct CliRun {
    int exitCode = -1;
    QString out;           ///< stdout
    QStringList errLines;  ///< stderr, one entry per line
};

inline CliRun runCli(const QStringList& arguments, const QString& workingDirectory = {}) {
    QProcess process;
    if (!workingDirectory.isEmpty()) process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(LATENTLAB_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.errLines =
        QString::fromUtf8(process.readAllStandardError()).split('\n', Qt::SkipEmptyParts);
    return run;
}

/// Settings that keep a blobs run small and quick (the notebook's shape, less of it).
/// "exit 2, stderr: ..." for a failed check's message.
inline QString commandFailure(const CliRun& run) {
    return QString("exit %1, stderr: %2").arg(run.exitCode).arg(run.errLines.join(" | "));
}

inline QStringList quickBlobs() {
    return {"--set", "data.samples=600", "--set", "autoencoder.epochs=5"};
}
