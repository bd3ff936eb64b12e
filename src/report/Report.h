// The supervisor report of a run: configuration, seeds, data summary, loss curve, both
// latent-space scatters, metrics (with repeats if run), confusion matrices, the k sweep and
// Leiden's resolution sweep if run, and versions — as a paginated A4 PDF (real text, vector plots)
// or as one self-contained HTML file (images inline). Needs a QGuiApplication (fonts), no display.
//
//   writeReport({result, &sweep, nullptr, "iris.csv"}, "report.pdf");   // throws WriteError
#pragma once

#include "KSweep.h"
#include "Repeats.h"
#include "ReportPlots.h"
#include "ResolutionSweep.h"
#include "Result.h"

#include <QString>

namespace latentlab::report {

struct ReportInput {
    const Result& result;                    ///< the run shown (with repeats: their last one)
    const KSweep* sweep = nullptr;           ///< adds the k-sweep section
    const RepeatsResult* repeats = nullptr;  ///< adds the repeats table and seed ranges
    QString sourceName;  ///< the data file's name as the user knows it; empty: from the config
    LossAxis lossAxis = LossAxis::Auto;
    const ResolutionSweep* resolutionSweep = nullptr;  ///< adds Leiden's resolution sweep
};

enum class ReportFormat { Pdf, Html };

/// PDF for ".pdf", HTML for ".html"/".htm" (any case); anything else throws WriteError
/// naming the path and the accepted suffixes.
ReportFormat reportFormatOf(const QString& path);

/// Checks before a long run that `path` can take a report: a known suffix, an existing and
/// writable folder, not a folder itself. Throws WriteError naming the path and the problem.
void checkReportPath(const QString& path);

/// Writes to a temporary file renamed over `path` when complete, so a failed write leaves
/// any older report intact. Throws WriteError naming the path.
void writeReport(const ReportInput& input, const QString& path);

}  // namespace latentlab::report
