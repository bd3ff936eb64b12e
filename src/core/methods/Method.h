// One dimensionality-reduction method (PCA, the autoencoder, UMAP, t-SNE): fitted on the
// scaled matrix, it fills its SpaceResult's embedding (and, where it has them, the
// reconstruction error and its final objective) and keeps what it fitted in the Result.
// Pipeline runs the configured list; MethodRegistry makes them by name.
//
//   std::unique_ptr<Method> umap = makeMethod("umap");
//   umap->fit(scaled, config, run, result, result.space("umap"));
#pragma once

#include "Config.h"
#include "MethodRun.h"
#include "Result.h"

#include <Eigen/Core>

namespace latentlab {

class Method {
public:
    virtual ~Method() = default;
    /// Fits on `scaled` (rows x features) with `config`'s settings, reporting to `run`; writes
    /// `space` (embedding, metrics.reconstructionMse / finalLoss / klDivergence, note) and the
    /// models it keeps into `result`. Throws ConfigError, DataError, TrainingDiverged or
    /// Cancelled.
    virtual void fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run,
                     Result& result, SpaceResult& space) = 0;
    /// Called once every method has fitted, for what needs the others (the AE's diagnosis
    /// compares its error with PCA's).
    virtual void finish(const Eigen::MatrixXd& /*scaled*/, Result& /*result*/,
                        SpaceResult& /*space*/) {}
    /// Its share of a run's fitting time relative to the others', for the progress bar.
    virtual double progressWeight(const Config& config) const = 0;
};

}  // namespace latentlab
