#include "ConfigKeys.h"

#include "ConfigPresets.h"

#include "Errors.h"
#include "JsonValues.h"
#include "NumberText.h"
#include "PrintableText.h"

#include <QJsonArray>
#include <climits>
#include <cmath>
#include <initializer_list>

namespace latentlab::io {
namespace {

template <typename T>
using Access = T& (*)(Config&);

/// Reads a field through an accessor; the accessor takes a mutable Config only so that one
/// function serves both reading and writing.
template <typename T>
const T& read(Access<T> access, const Config& config) {
    return access(const_cast<Config&>(config));
}

[[noreturn]] void wrongValue(const std::string& name, const std::string& expected,
                             const QJsonValue& got) {
    throw ConfigError(name + " must be " + expected + ", got " + describe(got));
}

/// The same for a --set value, shown byte for byte (through QString, bytes that are not
/// UTF-8 would become U+FFFD and no longer say what was typed).
[[noreturn]] void wrongText(const std::string& name, const std::string& expected,
                            const std::string& text) {
    throw ConfigError(name + " must be " + expected + ", got \"" + printable(text) + "\"");
}

QJsonValue textValue(const std::string& text) { return QJsonValue(QString::fromStdString(text)); }

long long integerFrom(const QJsonValue& value, const std::string& name, long long low,
                      long long high, const std::string& expected) {
    // toInteger() is exact even beyond 2^53 (seeds); two defaults tell "not integral" apart.
    const qint64 integer = value.toInteger(0);
    const bool integral = value.isDouble() && (integer != 0 || value.toInteger(1) == 0);
    if (!integral || integer < low || integer > high) wrongValue(name, expected, value);
    return integer;
}

/// "8,6", "[8, 6]", "" and "[]" -> the items between the commas.
std::vector<std::string> listItems(std::string text) {
    std::string_view view = trimmed(text);
    if (view.size() >= 2 && view.front() == '[' && view.back() == ']')
        view = trimmed(view.substr(1, view.size() - 2));
    std::vector<std::string> items;
    if (view.empty()) return items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = view.find(',', start);
        items.emplace_back(trimmed(view.substr(start, comma - start)));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return items;
}

QJsonValue parseIntegerText(const std::string& name, const std::string& text,
                            const std::string& expected) {
    long long value = 0;
    if (!parseInteger(text, value)) wrongText(name, expected, text);
    return QJsonValue(qint64(value));
}

QJsonValue parseNumberText(const std::string& name, const std::string& text) {
    double value = 0.0;
    if (!parseNumber(text, value) || !std::isfinite(value))
        wrongText(name, "a finite number", text);
    return QJsonValue(value);
}

ConfigKey intKey(const char* name, Access<int> access) {
    const std::string key = name;
    const std::string expected = "an integer";
    return {key, "integer", [access](const Config& c) { return QJsonValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                access(c) = int(integerFrom(v, key, INT_MIN, INT_MAX, expected));
            },
            [=](const std::string& text) { return parseIntegerText(key, text, expected); }};
}

ConfigKey seedKey(const char* name, Access<std::uint64_t> access) {
    const std::string key = name;
    const std::string expected = "an integer >= 0";
    return {key, "integer >= 0",
            [access](const Config& c) { return QJsonValue(qint64(read(access, c))); },
            [=](Config& c, const QJsonValue& v) {
                access(c) = std::uint64_t(integerFrom(v, key, 0, LLONG_MAX, expected));
            },
            [=](const std::string& text) { return parseIntegerText(key, text, expected); }};
}

ConfigKey numberKey(const char* name, Access<double> access) {
    const std::string key = name;
    return {key, "number", [access](const Config& c) { return QJsonValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isDouble()) wrongValue(key, "a number", v);
                access(c) = v.toDouble();
            },
            [=](const std::string& text) { return parseNumberText(key, text); }};
}

ConfigKey textKey(const char* name, Access<std::string> access) {
    const std::string key = name;
    return {key, "text", [access](const Config& c) { return textValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isString()) wrongValue(key, "a text", v);
                access(c) = v.toString().toStdString();
            },
            [](const std::string& text) { return textValue(text); }};
}

/// "preset": one of ConfigPresets' names.
ConfigKey presetKey() {
    const std::string key = "preset";
    const std::string choices = configPresetChoices();
    const auto check = [=](const std::string& name) {
        if (!findConfigPreset(name)) wrongText(key, "one of " + choices, name);
    };
    return {key, choices, [](const Config& c) { return textValue(c.preset); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isString() || !findConfigPreset(v.toString().toStdString()))
                    wrongValue(key, "one of " + choices, v);
                c.preset = v.toString().toStdString();
            },
            [=](const std::string& text) {
                check(text);
                return textValue(text);
            }};
}

ConfigKey boolKey(const char* name, Access<bool> access) {
    const std::string key = name;
    const std::string expected = "true or false";
    return {key, "true|false", [access](const Config& c) { return QJsonValue(read(access, c)); },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isBool()) wrongValue(key, expected, v);
                access(c) = v.toBool();
            },
            [=](const std::string& text) {
                const std::string_view word = trimmed(text);
                if (word == "true" || word == "1" || word == "yes") return QJsonValue(true);
                if (word == "false" || word == "0" || word == "no") return QJsonValue(false);
                wrongText(key, expected, text);
            }};
}

/// A list of names: a JSON array of texts, or "a,b,c" after --set.
ConfigKey textListKey(const char* name, Access<std::vector<std::string>> access,
                      const char* example) {
    const std::string key = name;
    const std::string expected = std::string("a list of texts such as ") + example;
    return {key, "list of texts",
            [access](const Config& c) {
                QJsonArray array;
                for (const std::string& text : read(access, c)) array.append(textValue(text));
                return QJsonValue(array);
            },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isArray()) wrongValue(key, expected, v);
                std::vector<std::string> texts;
                for (const QJsonValue item : v.toArray()) {
                    if (!item.isString()) wrongValue(key, expected, v);
                    texts.push_back(item.toString().toStdString());
                }
                access(c) = texts;
            },
            [](const std::string& text) {
                QJsonArray array;
                for (const std::string& item : listItems(text)) array.append(textValue(item));
                return QJsonValue(array);
            }};
}

template <typename Enum>
ConfigKey enumKey(const char* name, Access<Enum> access, std::initializer_list<Enum> choices) {
    const std::string key = name;
    std::string type, expected = "one of ";
    for (Enum choice : choices) {
        type += (type.empty() ? "" : "|") + std::string(toString(choice));
        expected += (choice == *choices.begin() ? "" : ", ") + std::string(toString(choice));
    }
    return {key, type, [access](const Config& c) { return textValue(toString(read(access, c))); },
            [=](Config& c, const QJsonValue& v) {
                Enum value{};
                if (!v.isString() || !parse(v.toString().toStdString(), value))
                    wrongValue(key, expected, v);
                access(c) = value;
            },
            [=](const std::string& text) {
                Enum value{};
                if (!parse(text, value)) wrongText(key, expected, text);
                return textValue(text);
            }};
}

ConfigKey widthsKey(const char* name, Access<std::vector<int>> access) {
    const std::string key = name;
    const std::string expected = "a list of integers such as [8, 6]";
    return {key, "list of integers",
            [access](const Config& c) {
                QJsonArray array;
                for (int width : read(access, c)) array.append(width);
                return QJsonValue(array);
            },
            [=](Config& c, const QJsonValue& v) {
                if (!v.isArray()) wrongValue(key, expected, v);
                std::vector<int> widths;
                for (const QJsonValue item : v.toArray())
                    widths.push_back(int(integerFrom(item, key, INT_MIN, INT_MAX, expected)));
                access(c) = widths;
            },
            [=](const std::string& text) {
                QJsonArray array;
                for (const std::string& item : listItems(text))
                    array.append(parseIntegerText(key, item, expected));
                return QJsonValue(array);
            }};
}

/// data.center_box: two fields shown as one [low, high] pair.
ConfigKey centerBoxKey() {
    const std::string key = "data.center_box";
    const std::string expected = "[low, high]";
    return {key, "[low, high]",
            [](const Config& c) {
                return QJsonValue(QJsonArray{c.data.centerBoxLow, c.data.centerBoxHigh});
            },
            [=](Config& c, const QJsonValue& v) {
                const QJsonArray pair = v.toArray();
                if (!v.isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
                    wrongValue(key, expected, v);
                c.data.centerBoxLow = pair[0].toDouble();
                c.data.centerBoxHigh = pair[1].toDouble();
            },
            [=](const std::string& text) {
                const std::vector<std::string> items = listItems(text);
                if (items.size() != 2) wrongText(key, expected + " such as -10,10", text);
                return QJsonValue(
                    QJsonArray{parseNumberText(key, items[0]), parseNumberText(key, items[1])});
            }};
}

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
