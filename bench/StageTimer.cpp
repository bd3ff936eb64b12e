#include "StageTimer.h"

#include "AutoencoderTrainer.h"
#include "Blobs.h"
#include "KMeans.h"
#include "Pca.h"
#include "Pipeline.h"
#include "Scaler.h"
#include "Silhouette.h"

#include <sys/resource.h>
#include <chrono>

namespace latentlab::bench {
namespace {

template <typename Work>
double seconds(Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::map<std::string, double> timeStages(const Config& config) {
    std::map<std::string, double> out;
    Dataset data;
    Eigen::MatrixXd scaled, pcaLatent, aeLatent;
    KMeansResult pcaClusters, aeClusters;
    KMeansConfig kmeansConfig = config.kmeans;
    if (kmeansConfig.k == 0) kmeansConfig.k = config.data.centers;

    out["generate"] = seconds([&] { data = makeBlobs(config.data); });
    out["scale"] =
        seconds([&] { scaled = Scaler(config.data.scaling).fitTransform(data.features); });
    out["pca"] = seconds([&] {
        Pca pca(config.pca.components);
        pcaLatent = pca.fitTransform(scaled);
        volatile double mse = pca.reconstructionMse(scaled);
        (void)mse;
    });
    out["train"] = seconds([&] {
        const AutoencoderConfig& ae = config.autoencoder;
        AutoencoderTrainer trainer(
            Autoencoder(int(scaled.cols()), ae.encoder, ae.latent, ae.activation, ae.seed), scaled,
            ae);
        for (int epoch = 0; epoch < ae.epochs; ++epoch) trainer.runEpoch();
        const Autoencoder model = trainer.model();
        aeLatent = model.encode(scaled);
        volatile double mse = model.reconstructionMse(scaled);
        (void)mse;
    });
    out["kmeans"] = seconds([&] {
        pcaClusters = KMeans(kmeansConfig).fit(pcaLatent);
        aeClusters = KMeans(kmeansConfig).fit(aeLatent);
    });
    const bool exact = config.metrics.silhouette == SilhouetteMode::Exact;
    auto silhouette = [&](const Eigen::MatrixXd& points, const std::vector<int>& labels) {
        if (exact) return silhouetteScore(points, labels);
        return sampledSilhouette(points, labels, config.metrics.silhouetteSample, 1).mean;
    };
    out["silhouette_input"] = seconds([&] {
        silhouette(scaled, pcaClusters.labels);
        silhouette(scaled, aeClusters.labels);
    });
    out["silhouette_latent"] = seconds([&] {
        silhouette(pcaLatent, pcaClusters.labels);
        silhouette(aeLatent, aeClusters.labels);
    });
    out["silhouette"] = out["silhouette_input"] + out["silhouette_latent"];
    out["stages_total"] = out["generate"] + out["scale"] + out["pca"] + out["train"] +
                          out["kmeans"] + out["silhouette"];
    out["pipeline"] = seconds([&] { runPipeline(config); });
    out["peak_rss_mib"] = peakResidentMiB();
    return out;
}

double peakResidentMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

}  // namespace latentlab::bench
