// What the report says and in which order: title, a factual verdict from the numbers
// (ReportVerdict.h), then configuration, seeds, data, training (when the autoencoder ran),
// one latent space per method, metrics, repeats, confusion matrices, k sweep and versions,
// as one ReportDocument for the PDF and HTML writers.
//
//   ReportDocument document = buildReportDocument(input);   // input's data must outlive it
#pragma once

#include "Report.h"
#include "ReportDocument.h"
#include "ReportVerdict.h"

namespace latentlab::report {

ReportDocument buildReportDocument(const ReportInput& input);

}  // namespace latentlab::report
