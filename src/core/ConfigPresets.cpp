#include "ConfigPresets.h"

namespace latentlab {
namespace {

std::vector<ConfigPreset> buildPresets() {
    ConfigPreset notebook{"notebook",
                          "Seed notebook",
                          "The notebook: 30,000 blobs (9 features, 8 centers, std 2) + 1 noise "
                          "column, minmax, 10→8→6→2 tanh autoencoder, SGD 0.01, batch 64, 50 "
                          "epochs, k = 8",
                          true,
                          {}};
    // Same network and epochs as the notebook; Adam with smaller batches escapes the plateau
    // SGD 0.01 sits on after 50 epochs (tst_mainwindow checks ARI against it).
    ConfigPreset tuned{"tuned",
                       "Tuned (Adam)",
                       "Adam, learning rate 0.003, batch 32, 50 epochs: same network, clearly "
                       "separated blobs. Changes only the autoencoder's settings, so it applies "
                       "to your own data too",
                       false,
                       {{"autoencoder.optimizer", "adam"},
                        {"autoencoder.learning_rate", "0.003"},
                        {"autoencoder.batch_size", "32"}}};
    // scanpy's recipe for UMI counts, and an autoencoder of the size single-cell papers use
    // (2000 -> 256 -> 64 -> 10); without a file it runs on simulated counts.
    const std::vector<std::pair<std::string, std::string>> network{
        {"pca.components", "50"},
        {"autoencoder.latent", "10"},
        {"autoencoder.activation", "relu"},
        {"autoencoder.optimizer", "adam"},
        {"autoencoder.learning_rate", "0.001"}};
    ConfigPreset counts{"counts",
                        "Single-cell counts",
                        "Raw counts (10x, .h5ad): cells with ≥ 200 genes, genes in ≥ 3 cells, "
                        "10,000 counts per cell, log1p, 2,000 highly variable genes (seurat), "
                        "z-score clipped at 10, PCA 50, 2000→256→64→10 relu autoencoder with "
                        "Adam and early stopping. Without a file: simulated counts",
                        true,
                        {{"data.source", "counts"},
                         {"data.min_genes", "200"},
                         {"data.min_cells", "3"},
                         {"data.normalize_total", "10000"},
                         {"data.log1p", "true"},
                         {"data.top_genes", "2000"},
                         {"data.gene_selection", "seurat"},
                         {"data.scaling", "zscore"},
                         {"data.clip", "10"}}};
    counts.settings.insert(counts.settings.end(), network.begin(), network.end());
    counts.settings.insert(counts.settings.end(), {{"autoencoder.encoder", "256,64"},
                                                   {"autoencoder.batch_size", "128"},
                                                   {"autoencoder.epochs", "100"},
                                                   {"autoencoder.validation_split", "0.1"},
                                                   {"autoencoder.early_stopping", "10"},
                                                   // An exact silhouette in 2,000 dimensions on
                                                   // tens of thousands of cells costs minutes.
                                                   {"metrics.silhouette", "sampled"},
                                                   {"metrics.silhouette_sample", "5000"}});
    // Microarrays and other normalised tables have tens to a few thousand samples: small
    // batches and many epochs give the autoencoder well over 1,000 updates, and the held-out
    // samples stop it before it memorises them. One hidden layer of 64: on 57 bladder samples
    // and 271 HSMM cells the 256 -> 64 network over-fits within a few epochs, this one
    // matches or beats PCA there (README).
    ConfigPreset expression{"expression",
                            "Normalised expression",
                            "Normalised expression such as microarrays (samples × probes): no "
                            "filtering or normalising, the 2,000 most variable genes, z-score "
                            "clipped at 10, PCA 50, a 2000→64→10 relu autoencoder with Adam, "
                            "small batches and early stopping",
                            true,
                            {{"data.top_genes", "2000"},
                             {"data.gene_selection", "variance"},
                             {"data.scaling", "zscore"},
                             {"data.clip", "10"}}};
    expression.settings.insert(expression.settings.end(), network.begin(), network.end());
    expression.settings.insert(expression.settings.end(), {{"autoencoder.encoder", "64"},
                                                           {"autoencoder.batch_size", "16"},
                                                           {"autoencoder.epochs", "400"},
                                                           {"autoencoder.validation_split", "0.1"},
                                                           {"autoencoder.early_stopping", "40"}});
    return {notebook, tuned, counts, expression};
}

}  // namespace

const std::vector<ConfigPreset>& configPresets() {
    static const std::vector<ConfigPreset> presets = buildPresets();
    return presets;
}

const ConfigPreset* findConfigPreset(const std::string& name) {
    for (const ConfigPreset& preset : configPresets())
        if (preset.name == name) return &preset;
    return nullptr;
}

std::string configPresetChoices() {
    std::string choices;
    for (const ConfigPreset& preset : configPresets())
        choices += (choices.empty() ? "" : "|") + preset.name;
    return choices;
}

}  // namespace latentlab
