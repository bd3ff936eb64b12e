// `latentlab-cli transform`: loads a saved session, reads --input the way the session's own
// table was read, applies the fitted scaler, PCA, autoencoder and k-means centres (nothing is
// refitted), writes --out (TransformFolder.h) and prints rows per cluster and the metrics
// on the new rows on stdout. Nothing is written unless every step succeeds.
//
//   TransformCommand(parseCommandLine(arguments), stdout, stderr).execute();   // throws Error
#pragma once

#include "CommandLine.h"

#include <cstdio>

namespace latentlab::cli {

class TransformCommand {
public:
    TransformCommand(CommandLine line, std::FILE* out, std::FILE* err)
        : m_line(std::move(line)), m_out(out), m_err(err) {}

    /// Throws latentlab::Error (or a subclass) for everything the user can fix.
    void execute();

private:
    void print(const QString& text, std::FILE* stream) const;

    CommandLine m_line;
    std::FILE* m_out;
    std::FILE* m_err;
};

}  // namespace latentlab::cli
