// The first thing a reader of text checks: that the file is UTF-8 text at all. A binary file
// (NUL or control bytes near its start) is refused and, where its first bytes say what it
// is, named; text in another encoding (a Latin-1 CSV from a spreadsheet) gets its own
// message naming the line and the byte, so no reader ever parses bytes it cannot show.
//
//   requireText(bytes, "data.h5ad", "text table");
//   // ReadError "data.h5ad: not a text table (binary content at byte 1): an HDF5 file ..."
#pragma once

#include <QByteArray>
#include <string>

namespace latentlab::io {

/// How much of a file's start is searched for NUL and control bytes.
inline constexpr qsizetype kBinaryWindow = 64 * 1024;

/// Throws ReadError naming `source` unless `bytes` are UTF-8 text (a UTF-8 BOM is fine; tab,
/// line feed, carriage return and form feed are the only control bytes allowed in the first
/// kBinaryWindow bytes). `kind` is what the file should be ("text table", "JSON file").
/// `complete`: false when `bytes` are only the file's start, so that a UTF-8 sequence cut by
/// the end of `bytes` is no error. Byte positions in messages count from 1.
void requireText(const QByteArray& bytes, const std::string& source, const std::string& kind,
                 bool complete = true);

}  // namespace latentlab::io
