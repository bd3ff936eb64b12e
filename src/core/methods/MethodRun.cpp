#include "MethodRun.h"

#include <limits>

namespace latentlab {

OptimizationCallbacks callbacksFor(MethodRun& run) {
    OptimizationCallbacks callbacks;
    callbacks.progress = [&run](int done, int total) {
        run.progress(total > 0 ? double(done) / total : 1.0);
    };
    callbacks.wantsSnapshot = [&run](int step) { return run.wantsSnapshot(step); };
    callbacks.snapshot = [&run](int step, const Eigen::MatrixXd& embedding) {
        run.stepFinished(step, std::numeric_limits<double>::quiet_NaN(), &embedding);
    };
    callbacks.stopRequested = [&run] { return run.stopRequested(); };
    return callbacks;
}

}  // namespace latentlab
