#include "TsneObjective.h"

#include "BarnesHutRepulsion.h"
#include "Errors.h"
#include "InterpolationRepulsion.h"

#include <cmath>
#include <string>

namespace latentlab {
namespace {

class ExactRepulsion : public RepulsionMethod {
public:
    void compute(const TsnePoints& y, RepulsiveForces& out) override { exactRepulsion(y, out); }
};

void checkShapes(const SparseMatrix& p, const Eigen::Ref<const Eigen::MatrixXd>& embedding) {
    if (p.rows() != embedding.rows() || p.columns() != embedding.rows())
        throw DataError("t-SNE: P is " + std::to_string(p.rows()) + " x " +
                        std::to_string(p.columns()) + " but the embedding has " +
                        std::to_string(embedding.rows()) + " rows");
    if (!embedding.allFinite())
        throw DataError("t-SNE: the embedding contains NaN or infinite values");
}

double probabilitySum(const SparseMatrix& p) {
    double sum = 0.0;
    for (double value : p.values) sum += value;
    return sum;
}

}  // namespace

std::unique_ptr<RepulsionMethod> makeRepulsion(TsneRepulsion repulsion, double theta,
                                               long long rows) {
    if (theta == 0.0) return std::make_unique<ExactRepulsion>();
    if (resolveRepulsion(repulsion, rows) == TsneRepulsion::Interpolation)
        return std::make_unique<InterpolationRepulsion>();
    return std::make_unique<BarnesHutRepulsion>(theta);
}

double tsneKlDivergence(const SparseMatrix& p, const Eigen::Ref<const Eigen::MatrixXd>& embedding,
                        const std::function<bool()>& stopRequested) {
    checkShapes(p, embedding);
    const TsnePoints y = toTsnePoints(embedding);
    TsnePoints attraction;
    const double cost = attractiveForces(p, y, attraction, true);
    const double z = exactNormalization(y, stopRequested);
    return cost + probabilitySum(p) * std::log(z);
}

TsneObjective tsneObjective(const SparseMatrix& p,
                            const Eigen::Ref<const Eigen::MatrixXd>& embedding,
                            TsneRepulsion repulsion, double theta) {
    checkShapes(p, embedding);
    const TsnePoints y = toTsnePoints(embedding);
    TsnePoints attraction;
    const double cost = attractiveForces(p, y, attraction, true);
    RepulsiveForces repulsive;
    makeRepulsion(repulsion, theta, embedding.rows())->compute(y, repulsive);
    TsneObjective objective;
    objective.klDivergence = cost + probabilitySum(p) * std::log(repulsive.z);
    objective.gradient = 4.0 * (attraction - repulsive.forces / repulsive.z);
    return objective;
}

}  // namespace latentlab
