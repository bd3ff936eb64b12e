#include "InitialLayout.h"

#include "Errors.h"
#include "Pca.h"
#include "Random.h"
#include "SpectralLayout.h"

#include <string>

namespace latentlab {
namespace {

constexpr double kNoise = 1e-4;

/// umap-learn's noisy scaling: largest |value| 10, then N(0, 1e-4) noise, in float32.
Eigen::MatrixXf scaledWithNoise(const Eigen::MatrixXd& coordinates, Random& random) {
    const double largest = coordinates.cwiseAbs().maxCoeff();
    const double expansion = largest > 0.0 ? 10.0 / largest : 1.0;
    Eigen::MatrixXf out = (coordinates * expansion).cast<float>();
    for (Eigen::Index i = 0; i < out.rows(); ++i)
        for (Eigen::Index d = 0; d < out.cols(); ++d)
            out(i, d) += static_cast<float>(kNoise * random.gauss());
    return out;
}

}  // namespace

InitialLayout initialLayout(const Adjacency& adjacency,
                            const Eigen::Ref<const Eigen::MatrixXd>& data,
                            const UmapSettings& settings) {
    const int n = adjacency.vertices(), dims = settings.components;
    if (data.rows() != n)
        throw DataError("UMAP: the graph has " + std::to_string(n) + " vertices but the data " +
                        std::to_string(data.rows()) + " rows");
    InitialLayout start;
    Random random(deriveSeed(settings.seed, 1));
    switch (settings.init) {
        case UmapInit::Random:
            start.coordinates.resize(n, dims);
            for (int i = 0; i < n; ++i)
                for (int d = 0; d < dims; ++d)
                    start.coordinates(i, d) = static_cast<float>(random.uniform(-10.0, 10.0));
            break;
        case UmapInit::Pca: {
            if (dims > data.cols())
                throw ConfigError("umap.components = " + std::to_string(dims) +
                                  " is more than the data's " + std::to_string(data.cols()) +
                                  " columns, which the PCA initialisation needs; use init = "
                                  "spectral or random");
            Pca pca(dims);
            start.coordinates = scaledWithNoise(pca.fitTransform(data), random);
            break;
        }
        case UmapInit::Spectral: {
            const SpectralLayout layout =
                spectralLayout(adjacency, data, dims, deriveSeed(settings.seed, 2));
            start.coordinates = scaledWithNoise(layout.coordinates, random);
            start.note = layout.note;
            break;
        }
    }
    for (int d = 0; d < dims; ++d) {
        auto column = start.coordinates.col(d);
        const float low = column.minCoeff(), high = column.maxCoeff();
        const float scale = high > low ? 10.0f / (high - low) : 0.0f;
        column = ((column.array() - low) * scale).matrix();
    }
    return start;
}

}  // namespace latentlab
