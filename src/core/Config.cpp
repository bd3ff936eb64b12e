#include "Config.h"

#include "Errors.h"
#include "MethodRegistry.h"
#include "PrintableText.h"

#include <cmath>
#include <sstream>

namespace latentlab {
namespace {

template <typename T>
[[noreturn]] void reject(const char* key, T value, const char* rule) {
    std::ostringstream message;
    message << key << " = " << value << " is out of range: " << rule;
    throw ConfigError(message.str());
}

void requireAtLeast(const char* key, long long value, long long minimum) {
    if (value < minimum) reject(key, value, ("must be >= " + std::to_string(minimum)).c_str());
}

void requirePositive(const char* key, double value) {
    if (!(value > 0.0) || !std::isfinite(value)) reject(key, value, "must be > 0");
}

}  // namespace

void Config::validate() const {
    if (data.source == DataSource::Blobs) {
        requireAtLeast("data.samples", data.samples, 2);
        requireAtLeast("data.features", data.features, 1);
        requireAtLeast("data.centers", data.centers, 1);
        requireAtLeast("data.noise_columns", data.noiseColumns, 0);
        if (!(data.clusterStd >= 0.0) || !std::isfinite(data.clusterStd))
            reject("data.cluster_std", data.clusterStd, "must be >= 0");
        if (!(data.centerBoxLow < data.centerBoxHigh) || !std::isfinite(data.centerBoxLow) ||
            !std::isfinite(data.centerBoxHigh)) {
            throw ConfigError("data.center_box = [" + std::to_string(data.centerBoxLow) + ", " +
                              std::to_string(data.centerBoxHigh) +
                              "] is out of range: low must be below high");
        }
    }
    if (data.source == DataSource::Counts) {
        requireAtLeast("data.counts.cells", data.counts.cells, 2);
        requireAtLeast("data.counts.genes", data.counts.genes, 1);
        requireAtLeast("data.counts.types", data.counts.types, 1);
        if (!(data.counts.markerShare >= 0.0 && data.counts.markerShare <= 1.0))
            reject("data.counts.marker_share", data.counts.markerShare, "must be in [0, 1]");
        requirePositive("data.counts.fold_change", data.counts.foldChange);
        requirePositive("data.counts.depth", data.counts.depth);
    }
    requireAtLeast("data.min_genes", data.minGenes, 0);
    requireAtLeast("data.min_cells", data.minCells, 0);
    if (!(data.normalizeTotal >= 0.0) || !std::isfinite(data.normalizeTotal))
        reject("data.normalize_total", data.normalizeTotal, "must be >= 0 (0: off)");
    requireAtLeast("data.top_genes", data.topGenes, 0);
    if (!(data.clip >= 0.0) || !std::isfinite(data.clip))
        reject("data.clip", data.clip, "must be >= 0 (0: off)");
    if (data.layer != "X" && data.layer != "raw" &&
        (data.layer.rfind("layers/", 0) != 0 || data.layer.size() <= 7)) {
        throw ConfigError("data.layer = " + quotedForMessage(data.layer) +
                          " is out of range: must be X, raw or layers/NAME");
    }
    validateMethods(methods);
    if (compare.baseline.empty() || !findMethod(compare.baseline)) {
        throw ConfigError("compare.baseline = " + quotedForMessage(compare.baseline) +
                          " is out of range: must be one of " + methodChoices());
    }
    requireAtLeast("pca.components", pca.components, 1);
    if (autoencoder.encoder.empty())
        throw ConfigError("autoencoder.encoder needs at least one layer");
    for (int width : autoencoder.encoder) requireAtLeast("autoencoder.encoder", width, 1);
    requireAtLeast("autoencoder.latent", autoencoder.latent, 1);
    requirePositive("autoencoder.learning_rate", autoencoder.learningRate);
    if (!(autoencoder.momentum >= 0.0 && autoencoder.momentum < 1.0))
        reject("autoencoder.momentum", autoencoder.momentum, "must be in [0, 1)");
    if (!(autoencoder.beta1 >= 0.0 && autoencoder.beta1 < 1.0))
        reject("autoencoder.beta1", autoencoder.beta1, "must be in [0, 1)");
    if (!(autoencoder.beta2 >= 0.0 && autoencoder.beta2 < 1.0))
        reject("autoencoder.beta2", autoencoder.beta2, "must be in [0, 1)");
    requirePositive("autoencoder.epsilon", autoencoder.epsilon);
    requireAtLeast("autoencoder.batch_size", autoencoder.batchSize, 1);
    requireAtLeast("autoencoder.epochs", autoencoder.epochs, 1);
    if (!(autoencoder.validationSplit >= 0.0 && autoencoder.validationSplit <= 0.5))
        reject("autoencoder.validation_split", autoencoder.validationSplit, "must be in [0, 0.5]");
    requireAtLeast("autoencoder.early_stopping", autoencoder.earlyStopping, 0);
    umap.validate();
    tsne.validate();
    requireAtLeast("umap.pcs", umapInput.pcs, -1);
    requireAtLeast("tsne.pcs", tsneInput.pcs, -1);
    validateLeidenSettings(leiden);
    requireAtLeast("kmeans.k", kmeans.k, 0);
    requireAtLeast("kmeans.n_init", kmeans.nInit, 1);
    requireAtLeast("kmeans.max_iter", kmeans.maxIter, 1);
    if (!(kmeans.tol >= 0.0) || !std::isfinite(kmeans.tol))
        reject("kmeans.tol", kmeans.tol, "must be >= 0");
    requireAtLeast("metrics.silhouette_sample", metrics.silhouetteSample, 2);
    requireAtLeast("metrics.exact_silhouette_limit", metrics.exactSilhouetteLimit, 2);
    requireAtLeast("metrics.trustworthiness_sample", metrics.trustworthinessSample, 3);
    requireAtLeast("metrics.trustworthiness_neighbors", metrics.trustworthinessNeighbors, 1);
    requireAtLeast("threads", threads, 0);
}

bool Config::runs(const std::string& method) const {
    for (const std::string& name : methods)
        if (name == method) return true;
    return false;
}

std::string Config::baselineMethod() const {
    if (runs(compare.baseline) || methods.empty()) return compare.baseline;
    return methods.front();
}

const char* toString(ClusteringMethod value) {
    return value == ClusteringMethod::KMeans ? "kmeans" : "leiden";
}

const char* toString(DataSource value) {
    switch (value) {
        case DataSource::Blobs:
            return "blobs";
        case DataSource::Csv:
            return "csv";
        case DataSource::Counts:
            return "counts";
    }
    return "blobs";
}

const char* toString(GeneSelectionMethod value) {
    return value == GeneSelectionMethod::Seurat ? "seurat" : "variance";
}

const char* toString(GeneNames value) { return value == GeneNames::Name ? "name" : "id"; }

const char* toString(Scaling value) {
    switch (value) {
        case Scaling::MinMax:
            return "minmax";
        case Scaling::ZScore:
            return "zscore";
        case Scaling::None:
            return "none";
    }
    return "minmax";
}

const char* toString(Activation value) {
    switch (value) {
        case Activation::Tanh:
            return "tanh";
        case Activation::Sigmoid:
            return "sigmoid";
        case Activation::Relu:
            return "relu";
        case Activation::Linear:
            return "linear";
    }
    return "tanh";
}

const char* toString(OptimizerKind value) { return value == OptimizerKind::Sgd ? "sgd" : "adam"; }

const char* toString(SilhouetteMode value) {
    return value == SilhouetteMode::Exact ? "exact" : "sampled";
}

const char* toString(MissingPolicy value) {
    switch (value) {
        case MissingPolicy::Error:
            return "error";
        case MissingPolicy::DropRows:
            return "drop";
        case MissingPolicy::ImputeMean:
            return "impute";
    }
    return "error";
}

namespace {
template <typename Enum, std::size_t N>
bool parseAmong(const std::string& text, Enum& value, const Enum (&candidates)[N]) {
    for (Enum candidate : candidates) {
        if (text == toString(candidate)) {
            value = candidate;
            return true;
        }
    }
    return false;
}
}  // namespace

bool parse(const std::string& text, DataSource& value) {
    return parseAmong(text, value, {DataSource::Blobs, DataSource::Csv, DataSource::Counts});
}
bool parse(const std::string& text, GeneSelectionMethod& value) {
    return parseAmong(text, value, {GeneSelectionMethod::Seurat, GeneSelectionMethod::Variance});
}
bool parse(const std::string& text, ClusteringMethod& value) {
    return parseAmong(text, value, {ClusteringMethod::KMeans, ClusteringMethod::Leiden});
}
bool parse(const std::string& text, GeneNames& value) {
    return parseAmong(text, value, {GeneNames::Name, GeneNames::Id});
}
bool parse(const std::string& text, Scaling& value) {
    return parseAmong(text, value, {Scaling::MinMax, Scaling::ZScore, Scaling::None});
}
bool parse(const std::string& text, Activation& value) {
    return parseAmong(
        text, value, {Activation::Tanh, Activation::Sigmoid, Activation::Relu, Activation::Linear});
}
bool parse(const std::string& text, OptimizerKind& value) {
    return parseAmong(text, value, {OptimizerKind::Sgd, OptimizerKind::Adam});
}
bool parse(const std::string& text, SilhouetteMode& value) {
    return parseAmong(text, value, {SilhouetteMode::Exact, SilhouetteMode::Sampled});
}
bool parse(const std::string& text, MissingPolicy& value) {
    return parseAmong(text, value,
                      {MissingPolicy::Error, MissingPolicy::DropRows, MissingPolicy::ImputeMean});
}

}  // namespace latentlab
