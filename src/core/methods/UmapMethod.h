// UMAP as a Method: umap.* settings (Umap.h) on the scaled data or, past 50 columns, its first
// 50 principal components (umap.pcs, scanpy's rule), animated epoch by epoch. No transform
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
