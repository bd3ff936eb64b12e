#include "ResolutionSweep.h"

#include "ClusterMetrics.h"
#include "Errors.h"
#include "KnnConnectivity.h"
#include "Leiden.h"
#include "Silhouette.h"

#include <cmath>
#include <stdexcept>

namespace latentlab {

const std::vector<ResolutionPoint>& ResolutionSweep::of(const std::string& method) const {
    for (std::size_t m = 0; m < methods.size(); ++m)
        if (methods[m] == method) return curves.at(m);
    throw std::out_of_range("the resolution sweep has no " + method + " curve");
}

std::vector<double> resolutionRange(double first, double last, double step) {
    if (!(first > 0.0) || !(last >= first) || !(step > 0.0) || !std::isfinite(last)) {
        throw ConfigError("resolution sweep " + std::to_string(first) + ":" + std::to_string(last) +
                          ":" + std::to_string(step) +
                          " is out of range: needs 0 < first <= last and step > 0");
    }
    const double count = std::floor((last - first) / step + 1e-9) + 1.0;
    if (count > 200)
        throw ConfigError("resolution sweep: " + std::to_string(long(count)) +
                          " resolutions; at most 200");
    std::vector<double> values;
    for (int i = 0; i < int(count); ++i) values.push_back(first + step * i);
    return values;
}

ResolutionSweep sweepResolution(const Result& result, const std::vector<double>& resolutions,
                                PipelineObserver* observer) {
    const MetricsConfig& metrics = result.config.metrics;
    const int rows = result.data.rows();
    const bool exact = metrics.silhouetteIsExact(rows);
    ResolutionSweep sweep;
    sweep.chosenResolution = result.config.leiden.resolution;
    sweep.silhouetteSampleSize = exact ? 0 : std::min(metrics.silhouetteSample, rows);
    PipelineObserver silent;
    PipelineObserver* report = observer ? observer : &silent;
    const StopRequested stop = [report] { return report->shouldStop(); };
    // One graph per space, as the run built it; only Leiden's resolution changes.
    std::vector<WeightedGraph> graphs;
    for (const SpaceResult& space : result.spaces) {
        sweep.methods.push_back(space.method);
        graphs.push_back(knnConnectivity(space.embedding, result.config.leiden.neighbors,
                                         result.config.leiden.seed, stop));
    }
    sweep.curves.resize(result.spaces.size());
    for (std::size_t r = 0; r < resolutions.size(); ++r) {
        if (report->shouldStop()) throw Cancelled();
        LeidenSettings settings = result.config.leiden;
        settings.resolution = resolutions[r];
        for (std::size_t m = 0; m < result.spaces.size(); ++m) {
            const LeidenResult found = leiden(graphs[m], settings);
            const Eigen::MatrixXd& latent = result.spaces[m].embedding;
            ResolutionPoint point;
            point.resolution = resolutions[r];
            point.clusters = found.clusters;
            point.modularity = found.modularity;
            if (found.clusters >= 2) {
                point.silhouette = exact ? silhouetteScore(latent, found.labels, stop)
                                         : sampledSilhouette(latent, found.labels,
                                                             metrics.silhouetteSample, metrics.seed)
                                               .mean;
            }
            if (result.data.hasLabels())
                point.ari = adjustedRandIndex(result.data.labels, found.labels);
            sweep.curves[m].push_back(point);
        }
        report->progress(double(r + 1) / double(resolutions.size()));
    }
    return sweep;
}

}  // namespace latentlab
