#include "MethodRun.h"

#include <limits>

namespace latentlab {

OptimizationCallbacks callbacksFor(MethodRun& run) {
    OptimizationCallbacks callbacks;
    callbacks.progress = [&run](int done, int total) {
        run.progress(total > 0 ? double(done) / total : 1.0);
        // The last step is heard even when no snapshot is wanted there: a replay's final
        // frame says "epoch 500 of 500", not the last snapshot's step.
        if (total > 0 && done == total)
            run.stepFinished(done, std::numeric_limits<double>::quiet_NaN(), nullptr);
    };
    callbacks.wantsSnapshot = [&run](int step) { return run.wantsSnapshot(step); };
    callbacks.snapshot = [&run](int step, const Eigen::MatrixXd& embedding) {
        run.stepFinished(step, std::numeric_limits<double>::quiet_NaN(), &embedding);
    };
    callbacks.stopRequested = [&run] { return run.stopRequested(); };
    return callbacks;
}

}  // namespace latentlab
