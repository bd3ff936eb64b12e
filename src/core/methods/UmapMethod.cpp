#include "UmapMethod.h"

#include "Umap.h"

namespace latentlab {

void UmapMethod::fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run,
                     Result& /*result*/, SpaceResult& space) {
    UmapResult fitted = umap(scaled, config.umap, callbacksFor(run));
    space.embedding = std::move(fitted.embedding);
    space.note = fitted.note;
}

double UmapMethod::progressWeight(const Config& /*config*/) const { return 1.0; }

}  // namespace latentlab
