// Typed errors of the numeric core. Each message is meant for the user as it stands:
// it says what is wrong and where, and (where there is one) what to do about it.
#pragma once

#include <stdexcept>
#include <string>

namespace latentlab {

/// Base of every error the core throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A configuration value is out of range or inconsistent ("autoencoder.batch_size must be >= 1").
class ConfigError : public Error {
public:
    using Error::Error;
};

/// The data cannot be used as given (too few rows for k, a NaN cell, ...).
class DataError : public Error {
public:
    using Error::Error;
};

/// Training produced a non-finite loss.
class TrainingDiverged : public Error {
public:
    using Error::Error;
};

/// The caller asked the computation to stop (observer's shouldStop()).
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

}  // namespace latentlab
