// The report's tables that compare the run's methods: every catalog metric per method with
// its difference to the baseline, the same over repeats (mean ± sd, paired differences with
// 95 % intervals), and the k sweep. Values use MetricFormat, as the GUI's metrics table.
//
//   document.blocks.push_back(ReportBlock::ofTable(metricsTable(result)));
#pragma once

#include "KSweep.h"
#include "Repeats.h"
#include "ReportDocument.h"
#include "ResolutionSweep.h"
#include "Result.h"

namespace latentlab::report {

/// A column per method and one per other method for "method − baseline"; the best
/// comparable value of each row in bold. Rows no method has a value for are left out,
/// except the label metrics (their "—" says the data has no labels).
ReportTable metricsTable(const Result& result);
/// Mean ± sd per method and each other method − baseline with its 95 % interval.
ReportTable repeatsTable(const RepeatsResult& repeats);
/// k against inertia / TSS and silhouette in every space; the run's k in bold.
ReportTable sweepTable(const KSweep& sweep);
/// Clusters, modularity and ARI (silhouette without labels) per resolution and method.
ReportTable resolutionSweepTable(const ResolutionSweep& sweep);

}  // namespace latentlab::report
