// What a method sees of the run that fits it: the stop request, its share of the progress
// bar, and a way to show its embedding while it optimises. Pipeline implements it over the
// PipelineObserver, booking the observer's time as waiting, not computing.
//
//   run.checkStop();                                  // throws Cancelled when asked to stop
//   run.progress(done / double(total));               // 0..1 of this method's work
//   if (run.wantsSnapshot(step)) run.snapshot(step, loss, embedding);
#pragma once

#include "OptimizationCallbacks.h"
#include "PipelineObserver.h"

#include <Eigen/Core>

namespace latentlab {

class MethodRun {
public:
    virtual ~MethodRun() = default;
    /// Throws Cancelled when the observer asks the run to stop.
    virtual void checkStop() = 0;
    virtual bool stopRequested() = 0;
    /// Fraction of this method's own work done, 0..1.
    virtual void progress(double fraction) = 0;
    /// Whether step `step` (epoch or iteration, from 1) should carry the embedding.
    virtual bool wantsSnapshot(int step) = 0;
    /// One optimisation step done: its loss (NaN where the method has none) and, when
    /// wantsSnapshot(step) was true, the current embedding (else null).
    virtual void stepFinished(int step, double loss, const Eigen::MatrixXd* embedding) = 0;
    /// The observer itself, for what only one method reports (the AE's validation loss).
    virtual PipelineObserver& observer() = 0;
};

/// Callbacks that forward an optimiser's (UMAP's, t-SNE's) progress, snapshots and stop
/// checks to `run`; steps without a snapshot are not reported one by one.
OptimizationCallbacks callbacksFor(MethodRun& run);

}  // namespace latentlab
