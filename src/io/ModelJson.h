// Fitted models as JSON and back: the autoencoder's layers (weights as rows, bias,
// activation), PCA (mean, components, explained variance) and the scaler. Doubles are kept
// bit for bit; loading checks every shape and names the offending entry in its ReadError.
//
//   QJsonObject json = autoencoderToJson(result.autoencoder);
//   Autoencoder back = autoencoderFromJson(json, "model_ae.json: autoencoder");
#pragma once

#include "Autoencoder.h"
#include "Pca.h"
#include "Scaler.h"

#include <QJsonObject>
#include <string>

namespace latentlab::io {

/// {"encoder_layers": 3, "layers": [{"activation": "tanh", "weights": [[...]], "bias": [...]}]}
QJsonObject autoencoderToJson(const Autoencoder& autoencoder);
/// `path` prefixes error messages, e.g. "model_ae.json: autoencoder".
Autoencoder autoencoderFromJson(const QJsonObject& json, const std::string& path);

/// {"mean": [...], "components": [[...]], "explained_variance": [...], "total_variance": x}
QJsonObject pcaToJson(const Pca& pca);
Pca pcaFromJson(const QJsonObject& json, const std::string& path);

/// {"kind": "minmax", "offset": [...], "factor": [...]}: x' = (x - offset) * factor.
QJsonObject scalerToJson(const Scaler& scaler);
Scaler scalerFromJson(const QJsonObject& json, const std::string& path);

}  // namespace latentlab::io
