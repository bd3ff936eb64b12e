#include "UmapMethod.h"

#include "NeighborInputMatrix.h"
#include "Umap.h"

namespace latentlab {

void UmapMethod::fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run,
                     Result& result, SpaceResult& space) {
    std::string input;
    const Eigen::MatrixXd data = neighborInputMatrix(scaled, config.umapInput, result, &input);
    run.checkStop();
    UmapResult fitted = umap(data, config.umap, callbacksFor(run));
    space.embedding = std::move(fitted.embedding);
    space.note = input;
    if (!fitted.note.empty()) space.note += (space.note.empty() ? "" : "; ") + fitted.note;
}

double UmapMethod::progressWeight(const Config& /*config*/) const { return 1.0; }

}  // namespace latentlab
