#include "NeighborSearch.h"

#include "ApproximateNearestNeighbors.h"

namespace latentlab {

NeighborSearch resolved(NeighborSearch search, long long rows) {
    if (search != NeighborSearch::Auto) return search;
    return rows < kExactNeighborRowLimit ? NeighborSearch::Exact : NeighborSearch::Approximate;
}

KnnGraph nearestNeighbors(const Eigen::Ref<const Eigen::MatrixXd>& points, int k,
                          NeighborSearch search, std::uint64_t seed,
                          const std::function<bool()>& stopRequested) {
    if (resolved(search, points.rows()) == NeighborSearch::Exact)
        return exactNearestNeighbors(points, k);
    return approximateNearestNeighbors(points, k, seed, HnswSettings{}, stopRequested);
}

const char* toString(NeighborSearch value) {
    switch (value) {
        case NeighborSearch::Auto:
            return "auto";
        case NeighborSearch::Exact:
            return "exact";
        case NeighborSearch::Approximate:
            return "approximate";
    }
    return "auto";
}

bool parse(const std::string& text, NeighborSearch& value) {
    for (NeighborSearch candidate :
         {NeighborSearch::Auto, NeighborSearch::Exact, NeighborSearch::Approximate})
        if (text == toString(candidate)) {
            value = candidate;
            return true;
        }
    return false;
}

}  // namespace latentlab
