#include "Blobs.h"

#include "Random.h"

#include <numeric>

namespace latentlab {

Dataset makeBlobs(const DataConfig& config) {
    const int n = config.samples;
    const int features = config.features;
    const int centers = config.centers;
    Random rng(config.seed);

    // Same draw order as make_blobs: centres row by row, then each blob's points row by
    // row, then one shuffle of the row order, then the noise columns.
    Eigen::MatrixXd centerCoordinates(centers, features);
    for (int c = 0; c < centers; ++c)
        for (int f = 0; f < features; ++f)
            centerCoordinates(c, f) = rng.uniform(config.centerBoxLow, config.centerBoxHigh);

    Eigen::MatrixXd blobs(n, features);
    std::vector<int> blobLabels(static_cast<std::size_t>(n));
    int row = 0;
    for (int c = 0; c < centers; ++c) {
        const int count = n / centers + (c < n % centers ? 1 : 0);
        for (int i = 0; i < count; ++i, ++row) {
            for (int f = 0; f < features; ++f)
                blobs(row, f) = centerCoordinates(c, f) + config.clusterStd * rng.gauss();
            blobLabels[static_cast<std::size_t>(row)] = c;
        }
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    rng.shuffle(order);

    Dataset data;
    data.features.resize(n, features + config.noiseColumns);
    data.labels.resize(static_cast<std::size_t>(n));
    for (int r = 0; r < n; ++r) {
        data.features.row(r).head(features) = blobs.row(order[static_cast<std::size_t>(r)]);
        data.labels[static_cast<std::size_t>(r)] = blobLabels[static_cast<std::size_t>(order[r])];
    }
    for (int r = 0; r < n; ++r)
        for (int f = 0; f < config.noiseColumns; ++f)
            data.features(r, features + f) = rng.uniform();

    for (int c = 0; c < data.columns(); ++c)
        data.columnNames.push_back("X" + std::to_string(c + 1));
    for (int c = 0; c < centers; ++c) data.labelNames.push_back(std::to_string(c));
    return data;
}

}  // namespace latentlab
