#include "NeighborInputMatrix.h"

#include "Pca.h"

#include <algorithm>

namespace latentlab {
namespace {

constexpr int kScanpyPcs = 50;  // scanpy's N_PCS

}  // namespace

int resolvedPcs(int pcs, Eigen::Index columns) {
    if (pcs < 0) return columns > kScanpyPcs ? kScanpyPcs : 0;
    if (pcs == 0 || pcs >= columns) return 0;
    return pcs;
}

Eigen::MatrixXd neighborInputMatrix(const Eigen::MatrixXd& scaled, const NeighborInput& input,
                                    const Result& result, std::string* note) {
    const int pcs = resolvedPcs(input.pcs, scaled.cols());
    if (pcs == 0) return scaled;
    if (note) {
        *note = "on the first " + std::to_string(pcs) + " principal components of the " +
                std::to_string(scaled.cols()) + " columns, as scanpy";
    }
    // The run's PCA with the same components is the same computation: reuse it.
    const SpaceResult* pca = result.find("pca");
    if (pca && result.pca.isFitted() && result.pca.components() == pcs &&
        pca->embedding.cols() == pcs)
        return pca->embedding;
    Pca fitted(pcs);
    return fitted.fitTransform(scaled);
}

}  // namespace latentlab
