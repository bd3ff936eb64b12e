// How long work reports to whoever runs it: stage changes, progress, per-epoch loss with an
// optional latent snapshot, and a stop request polled between chunks. The CLI prints; the
// GUI's worker turns the calls into queued signals. Calls come from the working thread.
#pragma once

#include "Dataset.h"

#include <Eigen/Core>

namespace latentlab {

enum class Stage { Generate, Scale, Pca, Train, KMeans, Metrics };

const char* toString(Stage stage);

class PipelineObserver {
public:
    virtual ~PipelineObserver() = default;

    virtual void stageStarted(Stage /*stage*/) {}
    /// The table the run works on, once generated or given (before scaling).
    virtual void dataReady(const Dataset& /*data*/) {}
    /// The PCA embedding (rows x components), as soon as it exists, before training.
    virtual void pcaReady(const Eigen::MatrixXd& /*embedding*/) {}
    /// Fraction of the whole run done, 0..1.
    virtual void progress(double /*fraction*/) {}
    /// Whether epochFinished() for this epoch should carry the latent coordinates.
    virtual bool wantsLatent(int /*epoch*/) { return false; }
    /// The loss on the held-out rows (autoencoder.validation_split), just before
    /// epochFinished() for the same epoch; not called without held-out rows.
    virtual void validationMeasured(int /*epoch*/, double /*loss*/) {}
    /// `latent` is null unless wantsLatent(epoch) returned true. Epochs count from 1.
    virtual void epochFinished(int /*epoch*/, double /*loss*/, const Eigen::MatrixXd* /*latent*/) {}
    /// Polled between chunks of work; true makes the run throw Cancelled.
    virtual bool shouldStop() { return false; }
};

}  // namespace latentlab
