// latentlab-bench-training: the autoencoder's training alone, on a matrix shaped like z-scored
// single-cell genes (a per-gene value for the cells without counts, other values on a share
// `--density` of the cells), so its speed can be followed apart from reading and PCA.
//   latentlab-bench-training [--rows 20000] [--columns 2000] [--density 0.11] [--epochs 3]
//       [--batch 128] [--encoder 256,64] [--latent 10] [--input auto|dense]
// Prints one JSON object: seconds per epoch, the multiply-adds of the dense products per epoch
// and the rate they imply (GFLOP/s), whether the first layer ran sparse, and the final loss.
// `--input dense` forces the dense first layer, to measure what the sparse one gains.
#include "AutoencoderTrainer.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace latentlab;

/// splitmix64: a fixed, portable stream of 64-bit values.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double unit(std::uint64_t key) { return double(mix(key) >> 11) * 0x1.0p-53; }

Eigen::MatrixXd expressionLike(int rows, int columns, double density) {
    Eigen::MatrixXd data(rows, columns);
    for (int j = 0; j < columns; ++j) {
        const double base = -0.1 - unit(std::uint64_t(j) * 7 + 1);  // the cells without counts
        for (int i = 0; i < rows; ++i) {
            const std::uint64_t key = (std::uint64_t(i) << 32) ^ std::uint64_t(j);
            const bool expressed = unit(key * 3 + 2) < density;
            data(i, j) = expressed ? base + 4.0 * unit(key * 3 + 5) : base;
        }
    }
    return data;
}

std::vector<int> widthsFrom(const char* text) {
    std::vector<int> widths;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) widths.push_back(std::atoi(item.c_str()));
    return widths;
}

}  // namespace

int main(int argc, char** argv) {
    int rows = 20000, columns = 2000, epochs = 3, batch = 128, latent = 10;
    double density = 0.11;
    InputForm form = InputForm::Automatic;
    std::vector<int> encoder{256, 64};
    for (int i = 1; i + 1 < argc; i += 2) {
        const char* flag = argv[i];
        const char* value = argv[i + 1];
        if (!std::strcmp(flag, "--rows"))
            rows = std::atoi(value);
        else if (!std::strcmp(flag, "--columns"))
            columns = std::atoi(value);
        else if (!std::strcmp(flag, "--density"))
            density = std::atof(value);
        else if (!std::strcmp(flag, "--epochs"))
            epochs = std::atoi(value);
        else if (!std::strcmp(flag, "--batch"))
            batch = std::atoi(value);
        else if (!std::strcmp(flag, "--encoder"))
            encoder = widthsFrom(value);
        else if (!std::strcmp(flag, "--latent"))
            latent = std::atoi(value);
        else if (!std::strcmp(flag, "--input"))
            form = std::strcmp(value, "dense") ? InputForm::Automatic : InputForm::Dense;
        else {
            std::fprintf(stderr, "unknown option %s\n", flag);
            return 2;
        }
    }
    const Eigen::MatrixXd data = expressionLike(rows, columns, density);
    AutoencoderConfig config;
    config.encoder = encoder;
    config.latent = latent;
    config.activation = Activation::Relu;
    config.optimizer = OptimizerKind::Adam;
    config.learningRate = 1e-3;
    config.batchSize = batch;
    config.epochs = epochs;
    const Autoencoder initial(columns, encoder, latent, Activation::Relu, 42);
    AutoencoderTrainer trainer(initial, data, config, form);

    // Dense multiply-adds per sample: every layer forward, every weight gradient, and every
    // input gradient but the first layer's.
    const std::vector<int> widths = initial.widths();
    double macs = 0.0;
    for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
        const double layer = double(widths[l]) * widths[l + 1];
        macs += (l == 0 ? 2.0 : 3.0) * layer;
    }
    const double flopPerEpoch = 2.0 * macs * double(rows);

    std::vector<double> seconds;
    double loss = 0.0;
    for (int e = 0; e < epochs; ++e) {
        const auto start = std::chrono::steady_clock::now();
        loss = trainer.runEpoch();
        seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    double best = seconds.front();
    for (double s : seconds) best = std::min(best, s);
    std::printf(
        "{\"rows\": %d, \"columns\": %d, \"density\": %g, \"batch\": %d, \"epochs\": %d, "
        "\"seconds_per_epoch\": [",
        rows, columns, density, batch, epochs);
    for (std::size_t e = 0; e < seconds.size(); ++e)
        std::printf("%s%.3f", e ? ", " : "", seconds[e]);
    std::printf(
        "], \"dense_gflop_per_epoch\": %.1f, \"gflop_per_s\": %.1f, \"sparse_input\": %s, "
        "\"loss\": %.6g}\n",
        flopPerEpoch * 1e-9, flopPerEpoch * 1e-9 / best,
        trainer.usesSparseInput() ? "true" : "false", loss);
    return 0;
}
