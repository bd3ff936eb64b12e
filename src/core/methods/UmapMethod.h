// UMAP as a Method: umap.* settings (Umap.h), animated epoch by epoch. It has no transform
// for new rows here; its note (e.g. a disconnected graph's initialisation) goes to the space.
#pragma once

#include "Method.h"

namespace latentlab {

class UmapMethod : public Method {
public:
    void fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run, Result& result,
             SpaceResult& space) override;
    double progressWeight(const Config& config) const override;
};

}  // namespace latentlab
