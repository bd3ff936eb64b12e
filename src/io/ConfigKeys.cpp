#include "ConfigKeys.h"
#include "ConfigKeyKinds.h"

#include <algorithm>

namespace latentlab::io {
namespace {

using namespace keys;

std::vector<ConfigKey> buildKeys() {
    return {
        presetKey(),
        enumKey<DataSource>("data.source", [](Config& c) -> DataSource& { return c.data.source; },
                            {DataSource::Blobs, DataSource::Csv, DataSource::Counts}),
        intKey("data.samples", [](Config& c) -> int& { return c.data.samples; }),
        intKey("data.features", [](Config& c) -> int& { return c.data.features; }),
        intKey("data.centers", [](Config& c) -> int& { return c.data.centers; }),
        numberKey("data.cluster_std", [](Config& c) -> double& { return c.data.clusterStd; }),
        centerBoxKey(),
        intKey("data.noise_columns", [](Config& c) -> int& { return c.data.noiseColumns; }),
        seedKey("data.seed", [](Config& c) -> std::uint64_t& { return c.data.seed; }),
        textKey("data.path", [](Config& c) -> std::string& { return c.data.path; }),
        textKey("data.label_column", [](Config& c) -> std::string& { return c.data.labelColumn; }),
        textListKey(
            "data.ignore_columns",
            [](Config& c) -> std::vector<std::string>& { return c.data.ignoreColumns; },
            "[\"id\", \"batch\"]"),
        boolKey("data.row_names", [](Config& c) -> bool& { return c.data.rowNames; }),
        boolKey("data.transpose", [](Config& c) -> bool& { return c.data.transpose; }),
        boolKey("data.log1p", [](Config& c) -> bool& { return c.data.log1p; }),
        boolKey("data.unique_names", [](Config& c) -> bool& { return c.data.uniqueNames; }),
        enumKey<MissingPolicy>(
            "data.missing", [](Config& c) -> MissingPolicy& { return c.data.missing; },
            {MissingPolicy::Error, MissingPolicy::DropRows, MissingPolicy::ImputeMean}),
        intKey("data.min_genes", [](Config& c) -> int& { return c.data.minGenes; }),
        intKey("data.min_cells", [](Config& c) -> int& { return c.data.minCells; }),
        numberKey("data.normalize_total",
                  [](Config& c) -> double& { return c.data.normalizeTotal; }),
        intKey("data.top_genes", [](Config& c) -> int& { return c.data.topGenes; }),
        enumKey<GeneSelectionMethod>(
            "data.gene_selection",
            [](Config& c) -> GeneSelectionMethod& { return c.data.geneSelection; },
            {GeneSelectionMethod::Seurat, GeneSelectionMethod::Variance}),
        enumKey<Scaling>("data.scaling", [](Config& c) -> Scaling& { return c.data.scaling; },
                         {Scaling::MinMax, Scaling::ZScore, Scaling::None}),
        numberKey("data.clip", [](Config& c) -> double& { return c.data.clip; }),
        textKey("data.layer", [](Config& c) -> std::string& { return c.data.layer; }),
        enumKey<GeneNames>("data.gene_names",
                           [](Config& c) -> GeneNames& { return c.data.geneNames; },
                           {GeneNames::Name, GeneNames::Id}),
        textKey("data.labels_path", [](Config& c) -> std::string& { return c.data.labelsPath; }),
        intKey("data.counts.cells", [](Config& c) -> int& { return c.data.counts.cells; }),
        intKey("data.counts.genes", [](Config& c) -> int& { return c.data.counts.genes; }),
        intKey("data.counts.types", [](Config& c) -> int& { return c.data.counts.types; }),
        numberKey("data.counts.marker_share",
                  [](Config& c) -> double& { return c.data.counts.markerShare; }),
        numberKey("data.counts.fold_change",
                  [](Config& c) -> double& { return c.data.counts.foldChange; }),
        numberKey("data.counts.depth", [](Config& c) -> double& { return c.data.counts.depth; }),
        seedKey("data.counts.seed", [](Config& c) -> std::uint64_t& { return c.data.counts.seed; }),
        textListKey(
            "methods", [](Config& c) -> std::vector<std::string>& { return c.methods; },
            "[\"pca\", \"umap\"]"),
        textKey("compare.baseline", [](Config& c) -> std::string& { return c.compare.baseline; }),
        intKey("pca.components", [](Config& c) -> int& { return c.pca.components; }),
        widthsKey("autoencoder.encoder",
                  [](Config& c) -> std::vector<int>& { return c.autoencoder.encoder; }),
        intKey("autoencoder.latent", [](Config& c) -> int& { return c.autoencoder.latent; }),
        enumKey<Activation>(
            "autoencoder.activation",
            [](Config& c) -> Activation& { return c.autoencoder.activation; },
            {Activation::Tanh, Activation::Sigmoid, Activation::Relu, Activation::Linear}),
        enumKey<OptimizerKind>("autoencoder.optimizer",
                               [](Config& c) -> OptimizerKind& { return c.autoencoder.optimizer; },
                               {OptimizerKind::Sgd, OptimizerKind::Adam}),
        numberKey("autoencoder.learning_rate",
                  [](Config& c) -> double& { return c.autoencoder.learningRate; }),
        numberKey("autoencoder.momentum",
                  [](Config& c) -> double& { return c.autoencoder.momentum; }),
        numberKey("autoencoder.beta1", [](Config& c) -> double& { return c.autoencoder.beta1; }),
        numberKey("autoencoder.beta2", [](Config& c) -> double& { return c.autoencoder.beta2; }),
        numberKey("autoencoder.epsilon",
                  [](Config& c) -> double& { return c.autoencoder.epsilon; }),
        intKey("autoencoder.batch_size", [](Config& c) -> int& { return c.autoencoder.batchSize; }),
        intKey("autoencoder.epochs", [](Config& c) -> int& { return c.autoencoder.epochs; }),
        seedKey("autoencoder.seed", [](Config& c) -> std::uint64_t& { return c.autoencoder.seed; }),
        numberKey("autoencoder.validation_split",
                  [](Config& c) -> double& { return c.autoencoder.validationSplit; }),
        intKey("autoencoder.early_stopping",
               [](Config& c) -> int& { return c.autoencoder.earlyStopping; }),
        intKey("umap.neighbors", [](Config& c) -> int& { return c.umap.neighbors; }),
        intKey("umap.components", [](Config& c) -> int& { return c.umap.components; }),
        numberKey("umap.min_dist", [](Config& c) -> double& { return c.umap.minDist; }),
        numberKey("umap.spread", [](Config& c) -> double& { return c.umap.spread; }),
        intKey("umap.epochs", [](Config& c) -> int& { return c.umap.epochs; }),
        intKey("umap.negative_sample_rate",
               [](Config& c) -> int& { return c.umap.negativeSampleRate; }),
        enumKey<UmapInit>("umap.init", [](Config& c) -> UmapInit& { return c.umap.init; },
                          {UmapInit::Spectral, UmapInit::Pca, UmapInit::Random}),
        enumKey<NeighborSearch>(
            "umap.neighbor_search",
            [](Config& c) -> NeighborSearch& { return c.umap.neighborSearch; },
            {NeighborSearch::Auto, NeighborSearch::Exact, NeighborSearch::Approximate}),
        seedKey("umap.seed", [](Config& c) -> std::uint64_t& { return c.umap.seed; }),
        intKey("umap.pcs", [](Config& c) -> int& { return c.umapInput.pcs; }),
        numberKey("tsne.perplexity", [](Config& c) -> double& { return c.tsne.perplexity; }),
        numberKey("tsne.early_exaggeration",
                  [](Config& c) -> double& { return c.tsne.earlyExaggeration; }),
        numberKey("tsne.learning_rate", [](Config& c) -> double& { return c.tsne.learningRate; }),
        intKey("tsne.iterations", [](Config& c) -> int& { return c.tsne.iterations; }),
        numberKey("tsne.theta", [](Config& c) -> double& { return c.tsne.theta; }),
        enumKey<TsneInit>("tsne.init", [](Config& c) -> TsneInit& { return c.tsne.init; },
                          {TsneInit::Pca, TsneInit::Random}),
        enumKey<TsneRepulsion>(
            "tsne.repulsion", [](Config& c) -> TsneRepulsion& { return c.tsne.repulsion; },
            {TsneRepulsion::Auto, TsneRepulsion::BarnesHut, TsneRepulsion::Interpolation}),
        seedKey("tsne.seed", [](Config& c) -> std::uint64_t& { return c.tsne.seed; }),
        intKey("tsne.pcs", [](Config& c) -> int& { return c.tsneInput.pcs; }),
        enumKey<ClusteringMethod>(
            "clustering.method", [](Config& c) -> ClusteringMethod& { return c.clustering.method; },
            {ClusteringMethod::KMeans, ClusteringMethod::Leiden}),
        intKey("kmeans.k", [](Config& c) -> int& { return c.kmeans.k; }),
        intKey("kmeans.n_init", [](Config& c) -> int& { return c.kmeans.nInit; }),
        intKey("kmeans.max_iter", [](Config& c) -> int& { return c.kmeans.maxIter; }),
        numberKey("kmeans.tol", [](Config& c) -> double& { return c.kmeans.tol; }),
        seedKey("kmeans.seed", [](Config& c) -> std::uint64_t& { return c.kmeans.seed; }),
        intKey("leiden.neighbors", [](Config& c) -> int& { return c.leiden.neighbors; }),
        numberKey("leiden.resolution", [](Config& c) -> double& { return c.leiden.resolution; }),
        intKey("leiden.iterations", [](Config& c) -> int& { return c.leiden.iterations; }),
        seedKey("leiden.seed", [](Config& c) -> std::uint64_t& { return c.leiden.seed; }),
        enumKey<SilhouetteMode>("metrics.silhouette",
                                [](Config& c) -> SilhouetteMode& { return c.metrics.silhouette; },
                                {SilhouetteMode::Exact, SilhouetteMode::Sampled}),
        intKey("metrics.silhouette_sample",
               [](Config& c) -> int& { return c.metrics.silhouetteSample; }),
        intKey("metrics.exact_silhouette_limit",
               [](Config& c) -> int& { return c.metrics.exactSilhouetteLimit; }),
        intKey("metrics.trustworthiness_sample",
               [](Config& c) -> int& { return c.metrics.trustworthinessSample; }),
        intKey("metrics.trustworthiness_neighbors",
               [](Config& c) -> int& { return c.metrics.trustworthinessNeighbors; }),
        seedKey("metrics.seed", [](Config& c) -> std::uint64_t& { return c.metrics.seed; }),
        intKey("threads", [](Config& c) -> int& { return c.threads; }),
    };
}

}  // namespace

std::string ConfigKey::section() const {
    const std::size_t dot = name.find('.');
    return dot == std::string::npos ? std::string() : name.substr(0, dot);
}

std::string ConfigKey::leaf() const { return name.substr(name.find('.') + 1); }

const std::vector<ConfigKey>& configKeys() {
    static const std::vector<ConfigKey> keys = buildKeys();
    return keys;
}

const ConfigKey* findConfigKey(const std::string& name) {
    for (const ConfigKey& key : configKeys())
        if (key.name == name) return &key;
    return nullptr;
}

std::string knownKeysNear(const std::string& name) {
    const std::size_t dot = name.find('.');
    const std::string section = dot == std::string::npos ? std::string() : name.substr(0, dot);
    std::string inSection;
    for (const ConfigKey& key : configKeys())
        if (!section.empty() && key.section() == section)
            inSection += (inSection.empty() ? "" : ", ") + key.name;
    if (!inSection.empty()) return inSection;
    std::string sections;
    std::string previous;
    for (const ConfigKey& key : configKeys()) {
        const std::string shown = key.section().empty() ? key.name : key.section() + ".*";
        if (shown == previous) continue;
        sections += (sections.empty() ? "" : ", ") + shown;
        previous = shown;
    }
    return sections;
}

}  // namespace latentlab::io
