#include "PcaMethod.h"

namespace latentlab {

void PcaMethod::fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run,
                    Result& result, SpaceResult& space) {
    run.checkStop();
    result.pca = Pca(config.pca.components);
    space.embedding = result.pca.fitTransform(scaled);
    space.metrics.reconstructionMse = result.pca.reconstructionMse(scaled);
    run.progress(1.0);
}

double PcaMethod::progressWeight(const Config& /*config*/) const { return 0.05; }

}  // namespace latentlab
