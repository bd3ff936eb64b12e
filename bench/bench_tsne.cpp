// latentlab-bench-tsne: t-SNE of the notebook's data (Gaussian blobs + one uniform noise
// column, MinMax-scaled; --rows N of them), timed as bench/peer_tsne.py times scikit-learn's.
//   latentlab-bench-tsne [--rows 30000] [--threads T] [--repulsion auto|barnes_hut|
//       interpolation] [--theta 0.5] [--iterations 1000] [--sample 5000] [--save file.csv]
// Prints one JSON object: seconds for P (neighbours, joint probabilities and the start,
// until the first step), for the optimisation and for the exact KL; the KL divergence,
// trustworthiness (k = 10) on the same seeded sample as the peer, the ARI of k-means
// (k = centres) against the truth and the embedding's span.
#include "Blobs.h"
#include "EmbeddingScore.h"
#include "Errors.h"
#include "Scaler.h"
#include "Tsne.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
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
    latentlab::TsneSettings settings;
    int threads = 0, sample = 5000;
    std::string save;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const char* value = argv[i + 1];
        if (option == "--rows") {
            data.samples = std::atoi(value);
        } else if (option == "--threads") {
            threads = std::atoi(value);
        } else if (option == "--repulsion") {
            if (!latentlab::parse(value, settings.repulsion)) {
                std::fprintf(stderr, "latentlab-bench-tsne: unknown --repulsion %s\n", value);
                return 2;
            }
        } else if (option == "--theta") {
            settings.theta = std::atof(value);
        } else if (option == "--iterations") {
            settings.iterations = std::atoi(value);
        } else if (option == "--sample") {
            sample = std::atoi(value);
        } else if (option == "--save") {
            save = value;
        } else {
            std::fprintf(stderr, "latentlab-bench-tsne: unknown option %s\n", option.c_str());
            return 2;
        }
    }
    if (threads > 0) omp_set_num_threads(threads);
    const latentlab::Dataset blobs = latentlab::makeBlobs(data);
    const Eigen::MatrixXd scaled =
        latentlab::Scaler(latentlab::Scaling::MinMax).fitTransform(blobs.features);

    Clock::time_point firstStep, lastStep;
    latentlab::OptimizationCallbacks callbacks;
    callbacks.progress = [&](int done, int) {
        if (done == 1) firstStep = Clock::now();
        lastStep = Clock::now();
    };
    const Clock::time_point start = Clock::now();
    latentlab::TsneResult result;
    try {
        result = latentlab::tsne(scaled, settings, callbacks);
    } catch (const latentlab::Error& error) {
        std::fprintf(stderr, "latentlab-bench-tsne: %s\n", error.what());
        return 2;
    }
    const Clock::time_point end = Clock::now();

    if (!save.empty()) {
        std::ofstream out(save);
        for (Eigen::Index r = 0; r < result.embedding.rows(); ++r)
            out << result.embedding(r, 0) << ',' << result.embedding(r, 1) << '\n';
    }
    const EmbeddingScore score =
        scoreEmbedding(scaled, result.embedding, blobs.labels, data.centers, data.seed, sample);
    const Eigen::RowVector2d span =
        result.embedding.colwise().maxCoeff() - result.embedding.colwise().minCoeff();

    std::printf(
        "{\"rows\": %d, \"threads\": %d, \"repulsion\": \"%s\", \"p_seconds\": %.3f, "
        "\"optimisation_seconds\": %.3f, \"kl_seconds\": %.3f, \"total_seconds\": %.3f, "
        "\"iterations\": %d, \"kl_divergence\": %.6f, \"trustworthiness_sample\": %d, "
        "\"trustworthiness\": %.6f, \"kmeans_ari\": %.4f, \"embedding_span\": [%.2f, %.2f]}\n",
        data.samples, omp_get_max_threads(), latentlab::toString(settings.repulsion),
        secondsBetween(start, firstStep), secondsBetween(firstStep, lastStep),
        secondsBetween(lastStep, end), secondsBetween(start, end), result.iterations,
        result.klDivergence, score.sampleSize, score.trustworthiness, score.kmeansAri, span(0),
        span(1));
    return 0;
}
