#include "JsonFile.h"

#include "FileBytes.h"
#include "IoErrors.h"
#include "PrintableText.h"
#include "TextContent.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <algorithm>

namespace latentlab::io {

QJsonObject readJsonObject(const QString& path) {
    return parseJsonObject(readFileBytes(path), path);
}

QJsonObject parseJsonObject(const QByteArray& text, const QString& source) {
    const std::string shownSource = printable(source.toStdString());
    // A binary file (an .h5ad given as --config) gets the table reader's diagnosis, not a
    // parse error at its first byte.
    requireText(text, source.toStdString(), "JSON file");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column as an editor shows them. Qt's offset mostly points just past the
        // character it stumbled on.
        const qsizetype at = std::max<qsizetype>(0, error.offset - 1);
        const QByteArray before = text.left(at);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = at - (before.lastIndexOf('\n') + 1) + 1;
        throw ReadError(shownSource + ", line " + std::to_string(line) + ", column " +
                        std::to_string(column) + ": not valid JSON (" +
                        error.errorString().toStdString() + ")");
    }
    if (!document.isObject()) throw ReadError(shownSource + ": the JSON must be an object { ... }");
    return document.object();
}

void writeJsonObject(const QString& path, const QJsonObject& object) {
    writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void writeFileAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw WriteError("cannot write " + path.toStdString() + " (" +
                         file.errorString().toStdString() + ")");
    }
}

}  // namespace latentlab::io
