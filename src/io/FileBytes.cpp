#include "FileBytes.h"

#include "IoErrors.h"

#include <QFile>
#include <QFileInfo>

namespace latentlab::io {

QByteArray readFileBytes(const QString& path) {
    const std::string source = path.toStdString();
    const QFileInfo info(path);
    if (!info.exists()) throw ReadError(source + ": no such file");
    if (info.isDir()) throw ReadError(source + ": is a folder, not a file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ReadError(source + ": cannot open the file (" + file.errorString().toStdString() +
                        ")");
    return file.readAll();
}

}  // namespace latentlab::io
