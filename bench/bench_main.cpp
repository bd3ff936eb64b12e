// latentlab-bench: stage timings of the seed configuration as one JSON object.
//   latentlab-bench [--samples N] [--epochs E] [--threads T] [--silhouette exact|sampled]
#include "StageTimer.h"

#include <omp.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    latentlab::Config config;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const char* value = argv[i + 1];
        if (option == "--samples") {
            config.data.samples = std::atoi(value);
        } else if (option == "--epochs") {
            config.autoencoder.epochs = std::atoi(value);
        } else if (option == "--threads") {
            config.threads = std::atoi(value);
        } else if (option == "--silhouette") {
            if (!latentlab::parse(value, config.metrics.silhouette)) {
                std::fprintf(stderr, "latentlab-bench: --silhouette is exact or sampled\n");
                return 2;
            }
        } else {
            std::fprintf(stderr, "latentlab-bench: unknown option %s\n", option.c_str());
            return 2;
        }
    }
    if (config.threads > 0) omp_set_num_threads(config.threads);
    const auto seconds = latentlab::bench::timeStages(config);
    std::printf("{\"samples\": %d, \"epochs\": %d, \"silhouette\": \"%s\"", config.data.samples,
                config.autoencoder.epochs, latentlab::toString(config.metrics.silhouette));
    for (const auto& [stage, value] : seconds) std::printf(", \"%s\": %.4f", stage.c_str(), value);
    std::printf("}\n");
    return 0;
}
