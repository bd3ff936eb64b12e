// The report's tables, built from a run's numbers: configuration, data summary, metrics,
// repeats, confusion matrices, k sweep and versions. The metrics use MetricFormat, so the
// report shows each value exactly as the GUI's metrics table does.
//
//   document.blocks.push_back(ReportBlock::ofTable(metricsTable(result)));
#pragma once

#include "KSweep.h"
#include "Repeats.h"
#include "ReportDocument.h"
#include "Result.h"

namespace latentlab::report {

/// Every configuration key with its value, in two column pairs; changed defaults in bold.
ReportTable configTable(const Config& config);
/// The four seeds; with repeats, the range each one runs through.
ReportTable seedsTable(const Config& config, int repeats);
/// Source, shape, label column, scaling.
ReportTable dataTable(const Result& result, const QString& sourceName);
/// Rows per true class (empty table without labels).
ReportTable classesTable(const Dataset& data);
/// describe()-style statistics of the raw feature columns (at most `maxColumns` of them).
ReportTable columnsTable(const Dataset& data, int maxColumns = 12);
/// PCA vs autoencoder for every catalog metric, the better comparable value in bold.
ReportTable metricsTable(const Result& result);
/// What each metric measures, where, and which direction is better.
ReportTable metricGlossary();
/// Mean ± sd per method and AE − PCA with its 95 % interval, per catalog metric.
ReportTable repeatsTable(const RepeatsResult& repeats);
/// True label x k-means cluster counts, each cluster under the label it is matched to
/// (ClusterMatching, as in the GUI), shaded by the share of the label's rows.
ReportTable confusionTable(const SpaceResult& space, const Dataset& data);
/// k against inertia / TSS and silhouette in both spaces; the run's k in bold.
ReportTable sweepTable(const KSweep& sweep);
/// LatentLab, Qt, Eigen, compiler, threads, system; and the run's stage times.
ReportTable versionsTable(const Result& result);

}  // namespace latentlab::report
