// A saved session (.latentlab, JSON): the full config, the data, the fitted scaler, PCA and
// autoencoder, the loss curve and both latent spaces with their clusterings and metrics,
// so reopening shows the same plots and numbers without retraining. Doubles round-trip
// exactly. Written to a temporary file and renamed, so a failed save never loses the old one.
//
//   SessionFile::save("demo.latentlab", result);
//   Result restored = SessionFile::load("demo.latentlab");   // throws ReadError
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <string>

namespace latentlab::io {

class SessionFile {
public:
    static constexpr const char* kFormat = "latentlab-session";
    static constexpr int kVersion = 2;

    /// Throws WriteError naming the file. `window` is what a front end keeps with the result
    /// (the desktop app: its settings panel and view options); io does not look inside.
    static void save(const QString& path, const Result& result, const QJsonObject& window = {});
    /// Throws ReadError naming the file and the first bad key ("pca_space.embedding: ...").
    /// `window`, if given, receives the saved front-end state (empty for older sessions).
    static Result load(const QString& path, QJsonObject* window = nullptr);
    /// The document save() writes.
    static QJsonObject toJson(const Result& result, const QJsonObject& window = {});
    /// The same from an already parsed document; `source` names it in errors.
    static Result fromJson(const QJsonObject& json, const std::string& source,
                           QJsonObject* window = nullptr);
};

}  // namespace latentlab::io
