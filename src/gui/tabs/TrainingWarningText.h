// The words of the training-warnings strip over the autoencoder's scatter: a short line
// naming each diagnostic (or just their count where the scatter is narrow) and, for
// "Details" and the tooltip, each in full with what to try.
//
//   InfoBar::showMessage(kind, trainingWarningSummary(warnings, narrow), {}, details);
#pragma once

#include "TrainingDiagnostics.h"

#include <QString>
#include <vector>

namespace latentlab::gui {

/// "Warning: Training had not converged." / "2 warnings: ...; ..."; `narrow`: the count only.
QString trainingWarningSummary(const std::vector<TrainingWarning>& warnings, bool narrow);
/// Every warning's line in full (report::warningLine), one per line.
QString trainingWarningDetails(const std::vector<TrainingWarning>& warnings);
/// What happened, from the message's start to its colon or first full stop.
QString trainingWarningHeadline(const TrainingWarning& warning);

}  // namespace latentlab::gui
