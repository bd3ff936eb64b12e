// Reading and writing whole JSON files with messages a user can act on: a binary or non-UTF-8
// file is named as such (requireText), a parse error says where (line and column) and what;
// writing goes through a temporary file that is renamed into place only when complete.
//
//   QJsonObject config = readJsonObject("run.json");            // throws ReadError
//   writeJsonObject("out/metrics.json", metrics);               // throws WriteError
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace latentlab::io {

/// The top-level object of a JSON file.
QJsonObject readJsonObject(const QString& path);
/// Parses JSON text whose top level must be an object; `source` names it in errors.
QJsonObject parseJsonObject(const QByteArray& text, const QString& source);

/// Writes `object` indented; doubles in their shortest round-trip form.
void writeJsonObject(const QString& path, const QJsonObject& object);
/// Writes bytes atomically: to a temporary file, renamed over `path` once complete.
void writeFileAtomically(const QString& path, const QByteArray& bytes);

}  // namespace latentlab::io
