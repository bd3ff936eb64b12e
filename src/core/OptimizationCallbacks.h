// What a long optimisation (UMAP's epochs, t-SNE's iterations) reports while it runs, so the
// pipeline can show progress, animate the embedding and stop on request. Every member may be
// empty. Called from the thread that runs the optimisation.
//
//   OptimizationCallbacks callbacks;
//   callbacks.progress = [](int done, int total) { ... };
//   callbacks.wantsSnapshot = [](int step) { return step % 10 == 0; };
//   callbacks.snapshot = [](int step, const Eigen::MatrixXd& embedding) { ... };
//   callbacks.stopRequested = [] { return false; };   // true: the optimiser throws Cancelled
#pragma once

#include <Eigen/Core>
#include <functional>

namespace latentlab {

struct OptimizationCallbacks {
    std::function<void(int done, int total)> progress;
    std::function<bool(int step)> wantsSnapshot;
    std::function<void(int step, const Eigen::MatrixXd& embedding)> snapshot;
    std::function<bool()> stopRequested;
};

}  // namespace latentlab
