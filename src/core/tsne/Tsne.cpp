#include "Tsne.h"

#include "Errors.h"
#include "JointProbabilities.h"
#include "NearestNeighbors.h"
#include "Pca.h"
#include "Random.h"
#include "TsneObjective.h"
#include "TsneOptimizer.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace latentlab {
namespace {

void checkData(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    if (data.cols() < 1) throw DataError("t-SNE: the data have no columns");
    if (!data.allFinite()) throw DataError("t-SNE: the data contain NaN or infinite values");
}

}  // namespace

double tsneLearningRate(const TsneSettings& settings, long long rows) {
    if (settings.learningRate > 0.0) return settings.learningRate;
    return std::max(static_cast<double>(rows) / settings.earlyExaggeration / 4.0, 50.0);
}

Eigen::MatrixXd tsneInitialEmbedding(const Eigen::Ref<const Eigen::MatrixXd>& data,
                                     const TsneSettings& settings) {
    const Eigen::Index n = data.rows();
    Eigen::MatrixXd y(n, 2);
    if (settings.init == TsneInit::Random) {
        Random random(settings.seed);
        for (Eigen::Index i = 0; i < n; ++i)
            for (int c = 0; c < 2; ++c) y(i, c) = 1e-4 * random.gauss();
        return y;
    }
    if (data.cols() < 2)
        throw DataError("t-SNE: a PCA start needs at least 2 columns, the data have " +
                        std::to_string(data.cols()) + "; use tsne.init = random");
    Pca pca(2);
    y = pca.fitTransform(data);
    const double deviation = std::sqrt((y.col(0).array() - y.col(0).mean()).square().mean());
    if (!(deviation > 0.0))
        throw DataError(
            "t-SNE: every row is the same, so PCA gives no start; use "
            "tsne.init = random");
    return y * (1e-4 / deviation);
}

TsneResult tsne(const Eigen::Ref<const Eigen::MatrixXd>& data, const TsneSettings& settings,
                const OptimizationCallbacks& callbacks) {
    settings.validate(data.rows());
    checkData(data);
    const int n = static_cast<int>(data.rows());
    const KnnGraph knn = exactNearestNeighbors(data, tsneNeighborCount(n, settings.perplexity) + 1);
    if (callbacks.stopRequested && callbacks.stopRequested()) throw Cancelled();
    const SparseMatrix p =
        tsneJointProbabilities(knn, settings.perplexity, callbacks.stopRequested);

    TsnePoints y = tsneInitialEmbedding(data, settings);
    TsneResult result;
    result.learningRate = tsneLearningRate(settings, n);
    const auto repulsion = makeRepulsion(settings.repulsion, settings.theta, n);
    TsneOptimizer optimizer(p, settings, result.learningRate, *repulsion, callbacks);
    result.iterations = optimizer.run(y);
    result.embedding = y;
    result.klDivergence = tsneKlDivergence(p, result.embedding, callbacks.stopRequested);
    return result;
}

}  // namespace latentlab
