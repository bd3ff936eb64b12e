// Progress of a run on stderr for someone watching a terminal: each stage and method as it
// starts ("[umap]"), each embedding's size and time when done, and the autoencoder's training
// loss about ten times per run ("[train] epoch 5/50"), prefixed with the repeat ("[2/3 train]")
// when there are several.
#pragma once

#include "PipelineObserver.h"

#include <chrono>
#include <cstdio>
#include <string>

namespace latentlab::cli {

class ConsoleObserver : public PipelineObserver {
public:
    /// `repeats` 0 for a single run.
    ConsoleObserver(std::FILE* stream, int epochs, int repeats);

    void stageStarted(Stage stage) override;
    void validationMeasured(int epoch, double loss) override;
    void methodStarted(const std::string& method) override;
    void stepFinished(const std::string& method, int step, double loss,
                      const Eigen::MatrixXd* embedding) override;
    void embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) override;

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
    std::chrono::steady_clock::time_point m_methodStart;
};

}  // namespace latentlab::cli
