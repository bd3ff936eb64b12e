// What a file that is not text is, told by its first bytes (its "magic number"): HDF5
// (AnnData .h5ad, 10x .h5, loom), compressed files, spreadsheets, images, PDF, ... Readers of
// text name it, so that a user who picked the wrong file knows what to do with it.
//
//   const std::string what = describeBinaryFormat(bytes, "x.h5ad");
//   // "an HDF5 file (AnnData .h5ad, 10x .h5 and loom files are HDF5); write its matrix ..."
#pragma once

#include <QByteArray>
#include <string>

namespace latentlab::io {

/// What the bytes are and what to do instead, as a phrase that follows a colon (commands in
/// it name `fileName`); empty when they start like no format known here.
std::string describeBinaryFormat(const QByteArray& bytes, const std::string& fileName);

}  // namespace latentlab::io
