// Every knob of a LatentLab run, with the seed notebook's values as defaults.
// io/ConfigJson maps it to and from JSON keys such as "autoencoder.learning_rate".
//
//   Config config;                       // the notebook: 30000 blobs, 8-6-2 tanh AE, SGD 0.01
//   config.autoencoder.epochs = 10;
//   config.validate();                   // throws ConfigError naming the offending key
#pragma once

#include "LeidenSettings.h"
#include "TsneSettings.h"
#include "UmapSettings.h"

#include <cstdint>
#include <string>
#include <vector>

namespace latentlab {

/// Blobs: generated clusters; Csv: a file (CSV/TSV, .h5ad or a 10x folder, told apart by
/// content); Counts: simulated single-cell counts (CountsSimulator).
enum class DataSource { Blobs, Csv, Counts };
enum class Scaling { MinMax, ZScore, None };
enum class Activation { Tanh, Sigmoid, Relu, Linear };
enum class OptimizerKind { Sgd, Adam };
enum class SilhouetteMode { Exact, Sampled };
/// What to do with empty or non-numeric cells in a loaded table.
enum class MissingPolicy { Error, DropRows, ImputeMean };
/// How the recipe ranks genes for data.top_genes (core's GeneSelectionFlavor).
enum class GeneSelectionMethod { Seurat, Variance };
/// Which 10x features.tsv column names the genes: the symbols or the ids.
enum class GeneNames { Name, Id };
/// How every method's space is clustered: k-means with k clusters, or Leiden on a kNN graph.
enum class ClusteringMethod { KMeans, Leiden };

/// data.counts.*: the simulated counts of data.source = counts (CountsSimulatorOptions).
struct CountsConfig {
    int cells = 2000;
    int genes = 3000;
    int types = 6;
    double markerShare = 0.03;
    double foldChange = 2.5;
    double depth = 2500.0;
    std::uint64_t seed = 0;
};

struct DataConfig {
    DataSource source = DataSource::Blobs;
    int samples = 30000;
    int features = 9;
    int centers = 8;
    double clusterStd = 2.0;
    double centerBoxLow = -10.0;
    double centerBoxHigh = 10.0;
    int noiseColumns = 1;
    std::uint64_t seed = 42;
    std::string path;         ///< CSV/TSV file when source == Csv
    std::string labelColumn;  ///< empty: a column named "label" or "class", else none
    std::vector<std::string> ignoreColumns;  ///< headers of columns left out of the features
    bool rowNames = false;   ///< the first column names the rows (e.g. gene or sample ids)
    bool transpose = false;  ///< the file has samples as columns (genes as rows)
    bool log1p = false;      ///< apply log(1 + x) to every feature before scaling
    /// Repeated feature names (gene symbols) become "TP53", "TP53.1", ... instead of an error.
    bool uniqueNames = false;
    MissingPolicy missing = MissingPolicy::Error;
    // The expression recipe, in the order it is applied (see ExpressionRecipe). It runs on
    // .h5ad, 10x and counts inputs, and on a table when one of its four options is set.
    int minGenes = 0;             ///< min_genes: drop cells with fewer genes; 0 off
    int minCells = 0;             ///< min_cells: drop genes in fewer cells; 0 off
    double normalizeTotal = 0.0;  ///< normalize_total: each cell sums to this; 0 off
    int topGenes = 0;             ///< top_genes: keep the most variable genes; 0 all
    GeneSelectionMethod geneSelection = GeneSelectionMethod::Seurat;
    Scaling scaling = Scaling::MinMax;
    double clip = 0.0;                      ///< scaled values clipped to [-clip, clip]; 0 off
    std::string layer = "X";                ///< .h5ad matrix: X | raw | layers/NAME
    GeneNames geneNames = GeneNames::Name;  ///< 10x gene names from symbols or ids
    std::string labelsPath;  ///< --labels: a file of row name, label matched to the rows
    CountsConfig counts;     ///< when source == Counts
};

struct PcaConfig {
    int components = 2;
};

struct AutoencoderConfig {
    std::vector<int> encoder{8, 6};  ///< hidden widths from input to latent; decoder mirrors them
    int latent = 2;
    Activation activation = Activation::Tanh;  ///< hidden layers; latent and output are linear
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double learningRate = 0.01;
    double momentum = 0.0;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-7;  ///< Adam's epsilon (Keras' default)
    int batchSize = 64;
    int epochs = 50;
    std::uint64_t seed = 42;  ///< weight initialisation, batch order and the validation rows
    /// Share of the rows (0-0.5, seeded) held out of training to measure a validation loss
    /// each epoch; 0: none.
    double validationSplit = 0.0;
    /// Patience in epochs: stop when the monitored loss (validation if held out, else
    /// training) has not improved for this many epochs and keep the best weights; 0: off.
    int earlyStopping = 0;
};

struct KMeansConfig {
    int k = 0;  ///< 0: the number of true classes (blob centers / distinct labels), else 8
    int nInit = 10;
    int maxIter = 300;
    double tol = 1e-4;  ///< relative to the data's mean variance, as scikit-learn
    std::uint64_t seed = 42;
};

/// clustering.*: one clustering for every method's space, so the spaces compare fairly.
struct ClusteringConfig {
    ClusteringMethod method = ClusteringMethod::KMeans;
};

/// umap.pcs / tsne.pcs: what a neighbour-graph method runs on, as scanpy's use_rep / n_pcs.
struct NeighborInput {
    /// -1: scanpy's rule, the first 50 principal components when the data has more than 50
    /// columns, else the scaled data itself; 0: the scaled data; N: the first N components.
    int pcs = -1;
};

/// compare.*: which method the others are measured against ("difference" columns, verdict).
struct CompareConfig {
    /// A name from `methods`; when that method is not run, the first of `methods` is used.
    std::string baseline = "pca";
};

struct MetricsConfig {
    SilhouetteMode silhouette = SilhouetteMode::Exact;
    int silhouetteSample = 10000;  ///< points used when silhouette == Sampled
    /// Above this many rows an exact silhouette (O(n^2)) is replaced by a sampled one.
    int exactSilhouetteLimit = 60000;
    int trustworthinessSample = 5000;
    int trustworthinessNeighbors = 10;
    std::uint64_t seed = 42;  ///< for the sampled silhouette and trustworthiness subsets

    /// Whether silhouettes over `rows` points are exact: asked for and within the limit, or a
    /// sample that would take every point anyway (then it is the exact value, no interval).
    bool silhouetteIsExact(long long rows) const {
        return silhouette == SilhouetteMode::Exact ? rows <= exactSilhouetteLimit
                                                   : rows <= silhouetteSample;
    }
};

struct Config {
    /// The ConfigPresets entry these settings started from (applied before any other key).
    std::string preset = "notebook";
    DataConfig data;
    /// The dimensionality-reduction methods to run, in display order (MethodRegistry names:
    /// pca, autoencoder, umap, tsne); each at most once.
    std::vector<std::string> methods{"pca", "autoencoder"};
    CompareConfig compare;
    PcaConfig pca;
    AutoencoderConfig autoencoder;
    UmapSettings umap;
    NeighborInput umapInput;
    TsneSettings tsne;
    NeighborInput tsneInput;
    ClusteringConfig clustering;
    KMeansConfig kmeans;
    LeidenSettings leiden;
    MetricsConfig metrics;
    int threads = 0;  ///< 0: all cores

    /// Throws ConfigError with the dotted key and the accepted range on the first bad value.
    void validate() const;
    bool runs(const std::string& method) const;
    /// compare.baseline if it is among `methods`, else the first method.
    std::string baselineMethod() const;
};

const char* toString(DataSource value);
const char* toString(Scaling value);
const char* toString(Activation value);
const char* toString(OptimizerKind value);
const char* toString(SilhouetteMode value);
const char* toString(MissingPolicy value);
const char* toString(GeneSelectionMethod value);
const char* toString(GeneNames value);
const char* toString(ClusteringMethod value);

/// Parse the names toString() produces; return false on unknown text.
bool parse(const std::string& text, DataSource& value);
bool parse(const std::string& text, Scaling& value);
bool parse(const std::string& text, Activation& value);
bool parse(const std::string& text, OptimizerKind& value);
bool parse(const std::string& text, SilhouetteMode& value);
bool parse(const std::string& text, MissingPolicy& value);
bool parse(const std::string& text, GeneSelectionMethod& value);
bool parse(const std::string& text, GeneNames& value);
bool parse(const std::string& text, ClusteringMethod& value);

}  // namespace latentlab
