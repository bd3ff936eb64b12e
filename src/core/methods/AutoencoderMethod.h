// The autoencoder as a Method: trains autoencoder.* (AutoencoderTrainer) epoch by epoch with
// early stopping, keeps the model, loss curves and training summary in the Result, and once
// every method has fitted diagnoses the training (compared with PCA's error when PCA ran).
#pragma once

#include "Method.h"

namespace latentlab {

class AutoencoderMethod : public Method {
public:
    void fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run, Result& result,
             SpaceResult& space) override;
    void finish(const Eigen::MatrixXd& scaled, Result& result, SpaceResult& space) override;
    double progressWeight(const Config& config) const override;
};

}  // namespace latentlab
