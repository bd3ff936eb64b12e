// Writes the output folder of applying a saved model to new data (latentlab-cli transform
// --out and the GUI's "Apply model to data"):
//   embedding_<m>.csv  per saved space with a transform (pca, ae): the run folder's layout
//                      (EmbeddingCsv.h); the cluster is the nearest saved centre
//   transform.json     the model and the input, the column check, rows per cluster and the
//                      metrics on the new rows (ARI/NMI null without labels), and the run's
//                      methods without a transform (UMAP, t-SNE); written last, so it marks
//                      a complete folder
// Every file is written to a temporary name and renamed when complete.
#pragma once

#include "ModelApplication.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace latentlab::io {

/// Where the model and the data came from, for transform.json.
struct TransformSources {
    QString modelKind;  ///< "session" or "current run"
    QString modelPath;  ///< the session file; empty for the current run
    QString inputPath;
};

class TransformFolder {
public:
    explicit TransformFolder(QString path) : m_path(std::move(path)) {}

    /// Creates the folder if needed; throws WriteError.
    void write(const ModelApplication& applied, const TransformSources& sources) const;

    const QString& path() const { return m_path; }
    /// The files write() produces, in the order they are written.
    static QStringList fileNames(const std::vector<std::string>& methods = {"pca", "autoencoder"});
    /// transform.json's content (also what the GUI summarises).
    static QJsonObject summaryJson(const ModelApplication& applied,
                                   const TransformSources& sources);

private:
    QString m_path;
};

}  // namespace latentlab::io
