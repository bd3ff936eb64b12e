#include "KSweep.h"

#include "ClusterMetrics.h"
#include "Errors.h"
#include "KMeans.h"
#include "Silhouette.h"

#include <stdexcept>
#include <string>

namespace latentlab {
namespace {

KSweepPoint measure(const Eigen::MatrixXd& latent, double totalSumOfSquares,
                    const KMeansConfig& settings, const MetricsConfig& metrics, bool exact,
                    const StopRequested& stop) {
    const KMeansResult clustering = KMeans(settings).fit(latent);
    KSweepPoint point;
    point.k = settings.k;
    point.inertia = clustering.inertia;
    point.inertiaOverTss = clustering.inertia / totalSumOfSquares;
    point.silhouette =
        exact ? silhouetteScore(latent, clustering.labels, stop)
              : sampledSilhouette(latent, clustering.labels, metrics.silhouetteSample, metrics.seed)
                    .mean;
    return point;
}

}  // namespace

const std::vector<KSweepPoint>& KSweep::of(const std::string& method) const {
    for (std::size_t m = 0; m < methods.size(); ++m)
        if (methods[m] == method) return curves.at(m);
    throw std::out_of_range("the k sweep has no " + method + " curve");
}

KSweep sweepK(const Result& result, int kMin, int kMax, PipelineObserver* observer) {
    const int rows = result.data.rows();
    if (kMin < 2 || kMax < kMin || kMax >= rows) {
        throw ConfigError("k sweep " + std::to_string(kMin) + ":" + std::to_string(kMax) +
                          " is out of range: needs 2 <= first <= last < rows (" +
                          std::to_string(rows) + ")");
    }
    const MetricsConfig& metrics = result.config.metrics;
    // The same rule as the pipeline, so a swept value equals the run's value at that k.
    const bool exact = metrics.silhouetteIsExact(rows);
    std::vector<double> tss;
    KSweep sweep;
    for (const SpaceResult& space : result.spaces) {
        sweep.methods.push_back(space.method);
        tss.push_back(totalSumOfSquares(space.embedding));
    }
    sweep.curves.resize(result.spaces.size());
    sweep.chosenK = result.config.kmeans.k;
    sweep.silhouetteSampleSize = exact ? 0 : std::min(metrics.silhouetteSample, rows);
    PipelineObserver silent;
    PipelineObserver* report = observer ? observer : &silent;
    const StopRequested stop = [report] { return report->shouldStop(); };
    for (int k = kMin; k <= kMax; ++k) {
        if (report->shouldStop()) throw Cancelled();
        KMeansConfig settings = result.config.kmeans;
        settings.k = k;
        for (std::size_t m = 0; m < result.spaces.size(); ++m) {
            sweep.curves[m].push_back(
                measure(result.spaces[m].embedding, tss[m], settings, metrics, exact, stop));
        }
        report->progress(double(k - kMin + 1) / double(kMax - kMin + 1));
    }
    return sweep;
}

}  // namespace latentlab
