// UMAP (McInnes, Healy & Melville 2018) as umap-learn 0.5.3 computes it, Euclidean input:
// kNN graph -> fuzzy simplicial set -> initial layout -> SGD of the cross-entropy by edge
// and negative sampling. The deterministic parts (graph, a and b) match umap-learn value
// for value; the layout matches it in quality (trustworthiness, ARI), not coordinates.
//
//   UmapSettings settings;                        // umap-learn's defaults
//   UmapResult r = umap(scaled, settings, callbacks);
//   r.embedding;   // rows x settings.components
//   if (!r.note.empty()) show(r.note);            // e.g. a disconnected graph's layout
#pragma once

#include "OptimizationCallbacks.h"
#include "UmapSettings.h"
#include "WeightedGraph.h"

#include <Eigen/Core>
#include <string>

namespace latentlab {

struct UmapResult {
    Eigen::MatrixXd embedding;  ///< rows x components
    double a = 0.0;             ///< the fitted curve 1 / (1 + a d^(2b))
    double b = 0.0;
    int epochs = 0;       ///< epochs run (settings.epochs, or umap-learn's auto rule)
    WeightedGraph graph;  ///< the fuzzy simplicial set, before the layout's pruning
    std::string note;     ///< empty, or how the initialisation differed from the asked
};

/// Validates `settings` against the data (ConfigError), rejects non-finite data (DataError).
/// callbacks: progress after each epoch, snapshots when wanted, stopRequested before each
/// epoch and during a large neighbour search (Cancelled).
UmapResult umap(const Eigen::Ref<const Eigen::MatrixXd>& data, const UmapSettings& settings,
                const OptimizationCallbacks& callbacks = {});

}  // namespace latentlab
