// latentlab-bench-umap: UMAP of the notebook's data (Gaussian blobs + one uniform noise
// column, MinMax-scaled; --rows N of them), timed as bench/peer_umap.py times umap-learn's.
//   latentlab-bench-umap [--rows 30000] [--threads T] [--neighbors auto|exact|approximate]
//       [--init spectral|pca|random] [--seed 42] [--epochs 0] [--sample 5000]
// Prints one JSON object: seconds of the whole fit and of its stages (neighbours, graph and
// initialisation and the first epoch; the other epochs), trustworthiness (k = 10) on the same
// seeded sample as the peer and the ARI of k-means (k = centres) against the truth.
#include "Blobs.h"
#include "EmbeddingScore.h"
#include "Errors.h"
#include "Scaler.h"
#include "Umap.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

}  // namespace

int main(int argc, char** argv) {
    latentlab::DataConfig data;
    latentlab::UmapSettings settings;
    int threads = 0, sample = 5000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const char* value = argv[i + 1];
        if (option == "--rows") {
            data.samples = std::atoi(value);
        } else if (option == "--threads") {
            threads = std::atoi(value);
        } else if (option == "--neighbors") {
            if (!latentlab::parse(value, settings.neighborSearch)) {
                std::fprintf(stderr, "latentlab-bench-umap: unknown --neighbors %s\n", value);
                return 2;
            }
        } else if (option == "--init") {
            if (!latentlab::parse(value, settings.init)) {
                std::fprintf(stderr, "latentlab-bench-umap: unknown --init %s\n", value);
                return 2;
            }
        } else if (option == "--seed") {
            settings.seed = std::strtoull(value, nullptr, 10);
        } else if (option == "--epochs") {
            settings.epochs = std::atoi(value);
        } else if (option == "--sample") {
            sample = std::atoi(value);
        } else {
            std::fprintf(stderr, "latentlab-bench-umap: unknown option %s\n", option.c_str());
            return 2;
        }
    }
    if (threads > 0) omp_set_num_threads(threads);
    const latentlab::Dataset blobs = latentlab::makeBlobs(data);
    const Eigen::MatrixXd scaled =
        latentlab::Scaler(latentlab::Scaling::MinMax).fitTransform(blobs.features);

    Clock::time_point firstEpoch;
    latentlab::OptimizationCallbacks callbacks;
    callbacks.progress = [&](int done, int) {
        if (done == 1) firstEpoch = Clock::now();
    };
    const Clock::time_point start = Clock::now();
    latentlab::UmapResult result;
    try {
        result = latentlab::umap(scaled, settings, callbacks);
    } catch (const latentlab::Error& error) {
        std::fprintf(stderr, "latentlab-bench-umap: %s\n", error.what());
        return 2;
    }
    const Clock::time_point end = Clock::now();

    const EmbeddingScore score =
        scoreEmbedding(scaled, result.embedding, blobs.labels, data.centers, data.seed, sample);

    std::printf(
        "{\"rows\": %d, \"threads\": %d, \"neighbors\": \"%s\", \"fit_seconds\": %.3f, "
        "\"until_first_epoch_seconds\": %.3f, \"epochs_seconds\": %.3f, \"epochs\": %d, "
        "\"trustworthiness_sample\": %d, \"trustworthiness\": %.6f, \"kmeans_ari\": %.4f}\n",
        data.samples, omp_get_max_threads(),
        latentlab::toString(latentlab::resolved(settings.neighborSearch, data.samples)),
        secondsBetween(start, end), secondsBetween(start, firstEpoch),
        secondsBetween(firstEpoch, end), result.epochs, score.sampleSize, score.trustworthiness,
        score.kmeansAri);
    return 0;
}
