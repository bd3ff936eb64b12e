// t-SNE as a Method: tsne.* settings (Tsne.h) on the scaled data or its first 50 principal
// components past 50 columns (tsne.pcs, scanpy's rule), animated iteration by iteration, its final
// KL divergence in the space's metrics. t-SNE has no transform for new rows.
#pragma once

#include "Method.h"

namespace latentlab {

class TsneMethod : public Method {
public:
    void fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run, Result& result,
             SpaceResult& space) override;
    double progressWeight(const Config& config) const override;
};

}  // namespace latentlab
