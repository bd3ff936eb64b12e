// What the report says and in which order: title, a factual verdict from the numbers, then
// configuration, seeds, data, training, latent spaces, metrics, repeats, confusion matrices,
// k sweep and versions, as one ReportDocument for the PDF and HTML writers.
//
//   ReportDocument document = buildReportDocument(input);   // input's data must outlive it
#pragma once

#include "Report.h"
#include "ReportDocument.h"

namespace latentlab::report {

ReportDocument buildReportDocument(const ReportInput& input);

/// One paragraph: which latent space scores better on ARI and on the input-space silhouette,
/// with the numbers; over repeats, whether the difference exceeds the seed-to-seed noise;
/// for a single run, the caveat that one seed cannot tell.
QString verdictText(const ReportInput& input);

}  // namespace latentlab::report
