// Progress of a run on stderr for someone watching a terminal: each stage as it starts
// ("[train]") and the training loss about ten times per run, prefixed with the repeat
// ("[2/3 train]") when there are several.
#pragma once

#include "PipelineObserver.h"

#include <cstdio>

namespace latentlab::cli {

class ConsoleObserver : public PipelineObserver {
public:
    /// `repeats` 0 for a single run.
    ConsoleObserver(std::FILE* stream, int epochs, int repeats);

    void stageStarted(Stage stage) override;
    void validationMeasured(int epoch, double loss) override;
    void epochFinished(int epoch, double loss, const Eigen::MatrixXd* latent) override;

private:
    void printPrefix(const char* stage) const;

    std::FILE* m_stream;
    int m_epochs;
    int m_epochStep;
    int m_repeats;
    int m_repeat = 0;
    int m_validationEpoch = 0;  ///< the epoch m_validationLoss belongs to
    double m_validationLoss = 0.0;
    bool m_generated = false;  ///< the current repeat started with Generate
};

}  // namespace latentlab::cli
