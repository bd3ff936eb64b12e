// The comparison as an aligned text table for a terminal, like the seed notebook's summary:
// one row per metric of metricCatalog(), a column per method and one per method but the
// baseline for its difference to it ("UMAP − PCA"; "—" where a metric does not apply), numbers
// as the GUI shows them. With repeats, mean ± sd per cell.
#pragma once

#include "Repeats.h"
#include "Result.h"

#include <QString>
#include <string>
#include <vector>

namespace latentlab::cli {

/// One column of the table: a method's name and its metrics.
struct MethodColumn {
    std::string method;
    const MethodMetrics* metrics;
};

/// Rows no method has a value for are left out (KL divergence without t-SNE, modularity
/// without Leiden), except the label metrics, whose "—" says the data has no labels.
QString metricsTable(const std::vector<MethodColumn>& columns, const std::string& baseline);
/// "600 rows x 10 columns, k-means with k = 8" (or "Leiden at resolution 1") and a blank line.
QString runHeadline(const Result& result);
/// The columns of a run's spaces.
std::vector<MethodColumn> methodColumns(const Result& result);
QString repeatsTable(const RepeatsResult& repeats);
/// report::warningLine() per training diagnostic, a line each; empty without any.
QString warningsText(const std::vector<TrainingWarning>& warnings);

}  // namespace latentlab::cli
