// Errors of the io layer. Reading bad files is the user's data problem (a DataError, so
// front ends treat it like any other bad input); failing to write is reported separately.
#pragma once

#include "Errors.h"

namespace latentlab::io {

/// A file cannot be read or does not hold what it should ("x.csv, line 18, column 'X3': ...").
class ReadError : public DataError {
public:
    using DataError::DataError;
};

/// An output file or folder cannot be written ("cannot write 'out/metrics.json': ...").
class WriteError : public Error {
public:
    using Error::Error;
};

}  // namespace latentlab::io
