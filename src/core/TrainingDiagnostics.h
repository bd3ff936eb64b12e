// Says when the autoencoder's training did not do its job, each time with what to try: it
// learned little beyond the mean, had not converged, over-fitted, or made too few weight
// updates to learn anything. The CLI prints these, metrics.json and the report list them and
// the window shows them over the autoencoder's view.
//
//   TrainingRecord record{result.loss, result.validationLoss, mse, meanVariance, updates, ...};
//   for (const TrainingWarning& w : diagnoseTraining(record)) std::cout << w.message << '\n';
#pragma once

#include <string>
#include <vector>

namespace latentlab {

struct TrainingWarning {
    std::string code;     ///< "learned_little", "not_converged", "overfitting", "few_updates"
    std::string message;  ///< what happened, with the numbers
    std::string advice;   ///< what to try, to follow "Try: " ("more epochs ...")
};

/// What a training run left behind, as diagnoseTraining() reads it.
struct TrainingRecord {
    std::vector<double> loss;            ///< training loss per epoch run
    std::vector<double> validationLoss;  ///< per epoch, empty without held-out rows
    double reconstructionMse = 0.0;      ///< of the final (kept) weights on every row
    double meanColumnVariance = 0.0;     ///< of the scaled data the network reconstructs
    long long updates = 0;               ///< weight updates in all
    int bestEpoch = 0;                   ///< whose weights were kept (early stopping), else 0
    bool stoppedEarly = false;
    bool adam = false;      ///< the optimiser was already Adam (advice then suggests other things)
    double pcaMse = 0.0;    ///< PCA's reconstruction MSE on the same data, 0 if unknown
    int pcaComponents = 0;  ///< with this many components
};

/// Share of the data's variance above which the network "learned little beyond the mean".
constexpr double kLearnedLittleShare = 0.9;
/// Relative fall of the loss over the last tenth of the epochs that means "not converged".
constexpr double kStillFallingShare = 0.01;
/// Fewer weight updates than this rarely train a network.
constexpr long long kFewUpdates = 1000;

std::vector<TrainingWarning> diagnoseTraining(const TrainingRecord& record);

}  // namespace latentlab
