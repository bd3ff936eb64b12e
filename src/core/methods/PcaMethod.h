// PCA as a Method: pca.components principal components of the scaled data (Pca.h), the
// model kept in Result::pca for transforms and sessions.
#pragma once

#include "Method.h"

namespace latentlab {

class PcaMethod : public Method {
public:
    void fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run, Result& result,
             SpaceResult& space) override;
    double progressWeight(const Config& config) const override;
};

}  // namespace latentlab
