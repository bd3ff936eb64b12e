#include "SpectralLayout.h"

#include "Errors.h"
#include "Random.h"

#include <Spectra/SymEigsSolver.h>
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace latentlab {
namespace {

using Eigen::Index;

// Up to this size a dense eigendecomposition takes milliseconds and always succeeds.
constexpr int kDenseMaxSize = 400;
// Lanczos basis and stopping rule. umap-learn asks ARPACK for tol 1e-4 with sqrt(n) vectors;
// its cost grows as n * basis^2, so the basis here stays small and the tolerance tighter.
// (64 vectors need 4x fewer products on 30,000 blobs, but their several eigenvalues near 1
// leave the vectors free to rotate, and that start split a blob at the notebook's seed.)
constexpr Index kLanczosBasis = 32;
constexpr double kLanczosTolerance = 1e-6;
constexpr Index kLanczosRestarts = 2000;

/// D^-1/2 W D^-1/2 of one component, in compressed rows over local indices.
struct NormalizedGraph {
    Index size = 0;
    std::vector<std::int64_t> offsets;
    std::vector<int> neighbors;
    std::vector<double> weights;

    /// Spectra's operator interface: y = (D^-1/2 W D^-1/2) x.
    using Scalar = double;
    Index rows() const { return size; }
    Index cols() const { return size; }
    void perform_op(const double* x, double* y) const {
#pragma omp parallel for schedule(static) if (size > 20000)
        for (Index i = 0; i < size; ++i) {
            double sum = 0.0;
            for (auto e = offsets[std::size_t(i)]; e < offsets[std::size_t(i) + 1]; ++e)
                sum += weights[std::size_t(e)] * x[neighbors[std::size_t(e)]];
            y[i] = sum;
        }
    }
};

NormalizedGraph normalizedGraph(const Adjacency& adjacency, const std::vector<int>& members,
                                const std::vector<int>& localIndex) {
    NormalizedGraph graph;
    graph.size = Index(members.size());
    Eigen::VectorXd scale(graph.size);
    graph.offsets.push_back(0);
    for (std::size_t m = 0; m < members.size(); ++m) {
        double degree = 0.0;
        for (auto e = adjacency.begin(members[m]); e < adjacency.end(members[m]); ++e) {
            graph.neighbors.push_back(localIndex[std::size_t(adjacency.neighbors[std::size_t(e)])]);
            graph.weights.push_back(adjacency.weights[std::size_t(e)]);
            degree += adjacency.weights[std::size_t(e)];
        }
        graph.offsets.push_back(std::int64_t(graph.neighbors.size()));
        scale(Index(m)) = 1.0 / std::sqrt(degree);
    }
    for (Index i = 0; i < graph.size; ++i)
        for (auto e = graph.offsets[std::size_t(i)]; e < graph.offsets[std::size_t(i) + 1]; ++e)
            graph.weights[std::size_t(e)] *= scale(i) * scale(graph.neighbors[std::size_t(e)]);
    return graph;
}

/// The eigenvectors of D^-1/2 W D^-1/2 for its 2nd to (dims+1)-th largest eigenvalues (the
/// Laplacian's smallest after the trivial 0); false if Lanczos did not converge.
bool laplacianEigenvectors(NormalizedGraph& graph, int dims, Eigen::MatrixXd& out) {
    const Index nev = dims + 1;
    if (graph.size <= kDenseMaxSize) {
        Eigen::MatrixXd dense = Eigen::MatrixXd::Zero(graph.size, graph.size);
        for (Index i = 0; i < graph.size; ++i)
            for (auto e = graph.offsets[std::size_t(i)]; e < graph.offsets[std::size_t(i) + 1]; ++e)
                dense(i, graph.neighbors[std::size_t(e)]) = graph.weights[std::size_t(e)];
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(dense);
        if (solver.info() != Eigen::Success) return false;
        // Ascending: the largest is the last column.
        out = solver.eigenvectors().middleCols(graph.size - nev, dims).rowwise().reverse();
        return true;
    }
    const Index basis = std::min(graph.size, std::max<Index>(2 * nev + 1, kLanczosBasis));
    Spectra::SymEigsSolver<NormalizedGraph> solver(graph, nev, basis);
    solver.init();  // Spectra's fixed-seed start vector: the same result every run
    solver.compute(Spectra::SortRule::LargestAlge, kLanczosRestarts, kLanczosTolerance);
    if (solver.info() != Spectra::CompInfo::Successful) return false;
    out = solver.eigenvectors().rightCols(dims);  // descending: skip the trivial first
    return true;
}

/// Where each component goes (umap-learn's meta-embedding): +-unit vectors for up to 2 dims
/// components, else a spectral embedding of the centroids' Gaussian affinities (as
/// scikit-learn's SpectralEmbedding(affinity="precomputed")), scaled to a maximum of 1.
Eigen::MatrixXd componentPlaces(const Eigen::Ref<const Eigen::MatrixXd>& data,
                                const std::vector<int>& component, int count, int dims) {
    Eigen::MatrixXd places = Eigen::MatrixXd::Zero(count, dims);
    if (count <= 2 * dims) {
        const int half = (count + 1) / 2;
        for (int c = 0; c < count; ++c) places(c, c % half) = c < half ? 1.0 : -1.0;
        return places;
    }
    Eigen::MatrixXd centroids = Eigen::MatrixXd::Zero(count, data.cols());
    Eigen::VectorXd sizes = Eigen::VectorXd::Zero(count);
    for (Index i = 0; i < data.rows(); ++i) {
        centroids.row(component[std::size_t(i)]) += data.row(i);
        sizes(component[std::size_t(i)]) += 1.0;
    }
    centroids.array().colwise() /= sizes.array();
    Eigen::MatrixXd affinity(count, count);
    for (int a = 0; a < count; ++a)
        for (int b = 0; b < count; ++b)
            affinity(a, b) =
                a == b ? 0.0 : std::exp(-(centroids.row(a) - centroids.row(b)).squaredNorm());
    const Eigen::VectorXd root = affinity.rowwise().sum().cwiseSqrt().cwiseMax(1e-300);
    const Eigen::MatrixXd normalized =
        root.cwiseInverse().asDiagonal() * affinity * root.cwiseInverse().asDiagonal();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(normalized);
    for (int d = 0; d < dims; ++d) {
        // Skip the trivial top eigenvector; undo the normalisation (diffusion map).
        Eigen::VectorXd v = solver.eigenvectors().col(count - 2 - d).cwiseQuotient(root);
        Index largest = 0;
        v.cwiseAbs().maxCoeff(&largest);
        if (v(largest) < 0.0) v = -v;  // scikit-learn's deterministic sign
        places.col(d) = v;
    }
    const double top = places.maxCoeff();
    if (top > 0.0) places /= top;
    return places;
}

}  // namespace

SpectralLayout spectralLayout(const Adjacency& adjacency,
                              const Eigen::Ref<const Eigen::MatrixXd>& data, int components,
                              std::uint64_t seed) {
    const int n = adjacency.vertices();
    if (data.rows() != n)
        throw DataError("UMAP spectral layout: the graph has " + std::to_string(n) +
                        " vertices but the data " + std::to_string(data.rows()) + " rows");
    SpectralLayout layout;
    layout.coordinates.resize(n, components);
    int count = 0;
    const std::vector<int> component = connectedComponents(adjacency, count);
    layout.graphComponents = count;
    std::vector<std::vector<int>> members(static_cast<std::size_t>(count));
    std::vector<int> localIndex(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        auto& group = members[std::size_t(component[std::size_t(i)])];
        localIndex[std::size_t(i)] = static_cast<int>(group.size());
        group.push_back(i);
    }

    Random random(seed);
    if (count == 1) {
        Eigen::MatrixXd vectors;
        NormalizedGraph graph = normalizedGraph(adjacency, members[0], localIndex);
        if (n > components + 1 && laplacianEigenvectors(graph, components, vectors)) {
            layout.coordinates = vectors;
            return layout;
        }
        for (Index i = 0; i < n; ++i)
            for (int d = 0; d < components; ++d) layout.coordinates(i, d) = random.uniform(-10, 10);
        layout.converged = false;
        layout.randomComponents = 1;
        layout.note = "the spectral initialisation did not converge: random initialisation instead";
        return layout;
    }

    const Eigen::MatrixXd places = componentPlaces(data, component, count, components);
    for (int c = 0; c < count; ++c) {
        const auto& group = members[std::size_t(c)];
        double range = std::numeric_limits<double>::infinity();
        for (int other = 0; other < count; ++other) {
            const double distance = (places.row(other) - places.row(c)).norm();
            if (distance > 0.0) range = std::min(range, distance / 2.0);
        }
        Eigen::MatrixXd vectors;
        const int size = static_cast<int>(group.size());
        const bool small = size < 2 * components || size <= components + 1;
        bool solved = false;
        if (!small) {
            NormalizedGraph graph = normalizedGraph(adjacency, group, localIndex);
            solved = laplacianEigenvectors(graph, components, vectors);
            if (!solved) layout.converged = false;
        }
        if (solved) {
            vectors *= range / vectors.cwiseAbs().maxCoeff();
            for (int m = 0; m < size; ++m)
                layout.coordinates.row(group[std::size_t(m)]) = vectors.row(m) + places.row(c);
        } else {
            ++layout.randomComponents;
            for (int m = 0; m < size; ++m)
                for (int d = 0; d < components; ++d)
                    layout.coordinates(group[std::size_t(m)], d) =
                        random.uniform(-range, range) + places(c, d);
        }
    }
    layout.note = "the graph has " + std::to_string(count) +
                  " connected components: each was laid out on its own and placed as "
                  "umap-learn does";
    if (layout.randomComponents > 0)
        layout.note += "; " + std::to_string(layout.randomComponents) +
                       (layout.converged ? " (too small for eigenvectors)"
                                         : " (some because Lanczos did not converge)") +
                       " at random";
    return layout;
}

}  // namespace latentlab
