// A small finished run (600 blobs in 4 groups, 5 epochs), optionally with its k sweep and
// repeats, plus the helpers the report tests share: pdftotext, and metric values formatted
// by the documented rule, written here independently of the report's code.
#pragma once

#include "KSweep.h"
#include "Pipeline.h"
#include "Repeats.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <cmath>

namespace reporttest {

inline latentlab::Config smallConfig() {
    latentlab::Config config;
    config.data.samples = 600;
    config.data.centers = 4;
    config.autoencoder.epochs = 5;
    return config;
}

/// The documented rule for metric values between 0.001 and 10,000: four significant digits,
/// trailing zeros kept, a true minus sign (U+2212) for negative values.
inline QString fourSignificant(double value) {
    if (value == 0.0) return QStringLiteral("0");
    const double magnitude = std::abs(value);
    const int decimals = std::max(0, 3 - int(std::floor(std::log10(magnitude))));
    const QString digits = QString::number(magnitude, 'f', decimals);
    return value < 0 ? QChar(0x2212) + digits : digits;
}

/// pdftotext's output (-layout keeps table rows on one line; pages end in form feeds), or a
/// null string when the tool is missing.
inline QString pdfText(const QString& pdf) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) return QString();
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                         pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("(pdftotext failed)");
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace reporttest
