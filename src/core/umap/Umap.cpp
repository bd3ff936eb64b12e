#include "Umap.h"

#include "Errors.h"
#include "FuzzySimplicialSet.h"
#include "InitialLayout.h"
#include "NeighborSearch.h"
#include "Random.h"
#include "UmapCurve.h"
#include "UmapLayout.h"

namespace latentlab {

UmapResult umap(const Eigen::Ref<const Eigen::MatrixXd>& data, const UmapSettings& settings,
                const OptimizationCallbacks& callbacks) {
    settings.validate(data.rows());
    if (!data.allFinite()) throw DataError("UMAP: the data contain NaN or infinite values");
    const auto stop = [&callbacks] { return callbacks.stopRequested && callbacks.stopRequested(); };
    UmapResult result;
    const UmapCurve curve = fitUmapCurve(settings.minDist, settings.spread);
    result.a = curve.a;
    result.b = curve.b;
    result.epochs = umapEpochs(settings, data.rows());

    const KnnGraph knn = nearestNeighbors(data, settings.neighbors, settings.neighborSearch,
                                          settings.seed, callbacks.stopRequested);
    if (stop()) throw Cancelled();
    result.graph = fuzzySimplicialSet(knn, smoothKnnDistances(knn));
    const WeightedGraph layoutGraph = pruneWeakEdges(result.graph, result.epochs);
    if (stop()) throw Cancelled();
    InitialLayout start = initialLayout(Adjacency::of(layoutGraph), data, settings);
    result.note = start.note;
    UmapOptimizer optimizer(layoutGraph, start.coordinates, curve, result.epochs,
                            settings.negativeSampleRate, deriveSeed(settings.seed, 3));
    optimizer.run(callbacks);
    result.embedding = optimizer.embedding();
    return result;
}

}  // namespace latentlab
