// Reading a whole input file with the errors every reader gives alike: missing file, a
// folder instead of a file, or a file that cannot be opened, each naming the path.
#pragma once

#include <QByteArray>
#include <QString>

namespace latentlab::io {

/// The file's bytes; throws ReadError ("data.csv: no such file").
QByteArray readFileBytes(const QString& path);

}  // namespace latentlab::io
