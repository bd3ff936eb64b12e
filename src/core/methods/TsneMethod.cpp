#include "TsneMethod.h"

#include "NeighborInputMatrix.h"
#include "Tsne.h"

namespace latentlab {

void TsneMethod::fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run,
                     Result& result, SpaceResult& space) {
    const Eigen::MatrixXd data = neighborInputMatrix(scaled, config.tsneInput, result, &space.note);
    run.checkStop();
    TsneResult fitted = tsne(data, config.tsne, callbacksFor(run));
    space.embedding = std::move(fitted.embedding);
    space.metrics.klDivergence = fitted.klDivergence;
}

double TsneMethod::progressWeight(const Config& /*config*/) const { return 2.0; }

}  // namespace latentlab
