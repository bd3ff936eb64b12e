// One line for a training diagnostic, the same in the CLI's output, the window's banner and
// the report: "Warning: <what happened> Try: <what to do>".
#pragma once

#include "TrainingDiagnostics.h"

#include <QString>

namespace latentlab::report {

inline QString warningLine(const TrainingWarning& warning) {
    return QStringLiteral("Warning: %1 Try: %2")
        .arg(QString::fromStdString(warning.message), QString::fromStdString(warning.advice));
}

}  // namespace latentlab::report
