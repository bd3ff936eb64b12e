// Writes a run's output folder; the CLI's --out and the GUI's "Export all" share it.
//   config.json        the fully resolved Config: `run --config` on it reproduces the metrics
//   metrics.json       see MetricsJson.h; written last, so it marks a complete folder
//   data.csv           raw features + the label column (named as in the input, else "label")
//   embedding_<m>.csv  one per method run (pca, ae for the autoencoder, umap, tsne):
//                      [row_name,] z1..zd, label, cluster, silhouette (EmbeddingCsv.h;
//                      row_name when the input named its rows); one row per input row, in
//                      input order (label empty without labels, silhouette empty where it
//                      was not computed)
//   genes.csv          expression inputs only: one row per kept gene (ExpressionOutputs.h)
//   embeddings.h5ad    AnnData: obs label and <clustering>_<method> (kmeans_pca, leiden_umap,
//                      ...), obsm X_<method> (X_pca, X_autoencoder, X_umap, X_tsne), uns
//                      latentlab_config (ExpressionOutputs.h)
//   loss.csv           epoch, loss, val_loss (when the autoencoder ran)
//   model_pca.json, model_ae.json   when PCA / the autoencoder ran: {"format", "version",
//                      "columns", "scaler", "pca" or "autoencoder"}: each carries its scaler,
//                      so either file alone maps raw rows into its latent space
// Every file is written to a temporary name and renamed when complete.
#pragma once

#include "Repeats.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace latentlab::io {

class RunFolder {
public:
    explicit RunFolder(QString path) : m_path(std::move(path)) {}

    /// Creates the folder if needed; throws WriteError.
    void write(const Result& result) const;
    /// The final repeat's files; config.json is `config` (repeat 0's seeds) with k resolved,
    /// so `run --config config.json --repeats N` reproduces the run.
    void write(const RepeatsResult& repeats, const Config& config) const;

    const QString& path() const { return m_path; }
    /// The files write() produces for a run of `methods`, in the order they are written;
    /// genes.csv only for a Dataset made by the expression recipe (`expression`).
    static QStringList fileNames(bool expression = false,
                                 const std::vector<std::string>& methods = {"pca", "autoencoder"});
    /// "embedding_umap.csv", "embedding_ae.csv" (the autoencoder's keeps its short name).
    static QString embeddingFile(const std::string& method);

private:
    void writeFiles(const Result& shown, const Config& config, const QJsonObject& metrics) const;
    QString file(const char* name) const;

    QString m_path;
};

}  // namespace latentlab::io
