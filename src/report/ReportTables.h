// The report's tables about the run: configuration, data summary, glossary, confusion
// matrices and versions (the tables comparing methods are in ComparisonTables.h).
//
//   document.blocks.push_back(ReportBlock::ofTable(configTable(config)));
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
/// What each metric measures, where, and which direction is better.
ReportTable metricGlossary();
/// True label x k-means cluster counts, each cluster under the label it is matched to
/// (ClusterMatching, as in the GUI), shaded by the share of the label's rows.
ReportTable confusionTable(const SpaceResult& space, const Dataset& data);
/// LatentLab, Qt, Eigen, compiler, threads, system; and the run's stage times.
ReportTable versionsTable(const Result& result);

}  // namespace latentlab::report
