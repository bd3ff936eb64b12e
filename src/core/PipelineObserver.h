// How long work reports to whoever runs it: stage changes, progress, each method's start,
// steps (the AE's epochs with their loss, UMAP's epochs, t-SNE's iterations) with an optional
// snapshot of the embedding, each finished embedding, and a stop request polled between
// chunks. The CLI prints; the GUI's worker turns the calls into queued signals. Calls come
// from the working thread.
#pragma once

#include "Dataset.h"

#include <Eigen/Core>
#include <string>

namespace latentlab {

/// Fit runs every configured method in turn (methodStarted() names each); Cluster is k-means
/// or Leiden in every space.
enum class Stage { Generate, Scale, Fit, Cluster, Metrics };

const char* toString(Stage stage);

class PipelineObserver {
public:
    virtual ~PipelineObserver() = default;

    virtual void stageStarted(Stage /*stage*/) {}
    /// The table the run works on, once generated or given (before scaling).
    virtual void dataReady(const Dataset& /*data*/) {}
    /// A method (MethodRegistry name) starts fitting; within Stage::Fit, in config order.
    virtual void methodStarted(const std::string& /*method*/) {}
    /// Fraction of the whole run done, 0..1.
    virtual void progress(double /*fraction*/) {}
    /// Whether stepFinished() for this step of `method` should carry the embedding.
    virtual bool wantsSnapshot(const std::string& /*method*/, int /*step*/) { return false; }
    /// The autoencoder's loss on the held-out rows (autoencoder.validation_split), just
    /// before stepFinished() for the same epoch; not called without held-out rows.
    virtual void validationMeasured(int /*epoch*/, double /*loss*/) {}
    /// One step of `method` done (steps count from 1): its loss (the AE's epoch loss; NaN for
    /// methods without one per step) and `embedding`, null unless wantsSnapshot() was true.
    virtual void stepFinished(const std::string& /*method*/, int /*step*/, double /*loss*/,
                              const Eigen::MatrixXd* /*embedding*/) {}
    /// `method`'s final embedding (rows x width), as soon as it is fitted, before clustering.
    virtual void embeddingReady(const std::string& /*method*/,
                                const Eigen::MatrixXd& /*embedding*/) {}
    /// Polled between chunks of work; true makes the run throw Cancelled.
    virtual bool shouldStop() { return false; }
};

}  // namespace latentlab
