// Shared by the config tests: a Config with every value moved off its default, and small
// helpers to compare configs and catch error messages.
#pragma once

#include "Config.h"
#include "ConfigJson.h"
#include "Errors.h"
#include "JsonFile.h"
#include "JsonValues.h"
#include "NumberText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <string>

namespace configsamples {

using latentlab::Config;
namespace io = latentlab::io;

inline QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QJsonValue& value) {
    return QString::fromStdString(io::describe(value));
}

inline QJsonObject parse(const QByteArray& text) { return io::parseJsonObject(text, "test.json"); }

template <typename Function>
QString errorOf(Function function) {
    try {
        function();
    } catch (const latentlab::Error& error) {
        return QString::fromUtf8(error.what());
    }
    return "(no error)";
}

/// The --set text for a key's current value, the way a user would type it.
inline std::string asSetText(const QJsonValue& value) {
    if (value.isString()) return value.toString().toStdString();
    if (value.isDouble() || value.isBool()) return io::describe(value);
    std::string items;
    for (const QJsonValue item : value.toArray())
        items += (items.empty() ? "" : ",") +
                 (item.isString() ? item.toString().toStdString() : io::describe(item));
    return items;
}

/// A config with every value moved off its default.
inline Config everythingChanged() {
    Config c;
    c.preset = "expression";
    c.data.source = latentlab::DataSource::Csv;
    c.data.samples = 1234;
    c.data.features = 5;
    c.data.centers = 3;
    c.data.clusterStd = 0.75;
    c.data.centerBoxLow = -2.5;
    c.data.centerBoxHigh = 7.25;
    c.data.noiseColumns = 0;
    c.data.seed = (std::uint64_t(1) << 60) + 1;  // beyond a double's 53 bits
    c.data.path = "/data/genes \"v2\".tsv";
    c.data.labelColumn = "größe";
    c.data.ignoreColumns = {"batch", "donor id"};
    c.data.rowNames = true;
    c.data.transpose = true;
    c.data.log1p = true;
    c.data.uniqueNames = true;
    c.data.missing = latentlab::MissingPolicy::ImputeMean;
    c.data.minGenes = 200;
    c.data.minCells = 3;
    c.data.normalizeTotal = 1e4;
    c.data.topGenes = 2000;
    c.data.geneSelection = latentlab::GeneSelectionMethod::Variance;
    c.data.scaling = latentlab::Scaling::ZScore;
    c.data.clip = 10.0;
    c.data.layer = "layers/counts";
    c.data.geneNames = latentlab::GeneNames::Id;
    c.data.labelsPath = "/data/cell types.csv";
    c.data.counts.cells = 600;
    c.data.counts.genes = 800;
    c.data.counts.types = 4;
    c.data.counts.markerShare = 0.05;
    c.data.counts.foldChange = 3.0;
    c.data.counts.depth = 1800.0;
    c.data.counts.seed = 7;
    c.methods = {"umap", "pca", "tsne"};
    c.compare.baseline = "umap";
    c.pca.components = 3;
    c.umap.neighbors = 30;
    c.umap.components = 3;
    c.umap.minDist = 0.25;
    c.umap.spread = 2.0;
    c.umap.epochs = 300;
    c.umap.negativeSampleRate = 3;
    c.umap.init = latentlab::UmapInit::Random;
    c.umap.neighborSearch = latentlab::NeighborSearch::Exact;
    c.umap.seed = 13;
    c.umapInput.pcs = 30;
    c.tsneInput.pcs = 0;
    c.tsne.perplexity = 12.5;
    c.tsne.earlyExaggeration = 4.0;
    c.tsne.learningRate = 200.0;
    c.tsne.iterations = 750;
    c.tsne.theta = 0.3;
    c.tsne.init = latentlab::TsneInit::Random;
    c.tsne.repulsion = latentlab::TsneRepulsion::BarnesHut;
    c.tsne.seed = 17;
    c.clustering.method = latentlab::ClusteringMethod::Leiden;
    c.leiden.neighbors = 10;
    c.leiden.resolution = 0.5;
    c.leiden.iterations = 3;
    c.leiden.seed = 19;
    c.autoencoder.encoder = {16, 8, 4};
    c.autoencoder.latent = 3;
    c.autoencoder.activation = latentlab::Activation::Relu;
    c.autoencoder.optimizer = latentlab::OptimizerKind::Adam;
    c.autoencoder.learningRate = 0.1 + 0.2;
    c.autoencoder.momentum = 0.9;
    c.autoencoder.beta1 = 0.8;
    c.autoencoder.beta2 = 0.99;
    c.autoencoder.epsilon = 1e-8;
    c.autoencoder.batchSize = 32;
    c.autoencoder.epochs = 7;
    c.autoencoder.seed = 7;
    c.autoencoder.validationSplit = 0.15;
    c.autoencoder.earlyStopping = 4;
    c.kmeans.k = 5;
    c.kmeans.nInit = 3;
    c.kmeans.maxIter = 50;
    c.kmeans.tol = 1e-6;
    c.kmeans.seed = 9;
    c.metrics.silhouette = latentlab::SilhouetteMode::Sampled;
    c.metrics.silhouetteSample = 500;
    c.metrics.exactSilhouetteLimit = 20000;
    c.metrics.trustworthinessSample = 400;
    c.metrics.trustworthinessNeighbors = 5;
    c.metrics.seed = 11;
    c.threads = 2;
    return c;
}

}  // namespace configsamples
