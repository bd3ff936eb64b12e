#include "TrainingDiagnostics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace latentlab {

namespace {

std::string format(const char* pattern, double a, double b = 0.0, double c = 0.0) {
    char text[256];
    std::snprintf(text, sizeof text, pattern, a, b, c);
    return text;
}

/// Epochs in "the last tenth" of a run of `epochs` (at least one).
int lastTenth(int epochs) { return std::max(1, int(std::lround(epochs / 10.0))); }

}  // namespace

std::vector<TrainingWarning> diagnoseTraining(const TrainingRecord& record) {
    std::vector<TrainingWarning> warnings;
    const int epochs = int(record.loss.size());
    if (record.meanColumnVariance > 0.0 &&
        record.reconstructionMse > kLearnedLittleShare * record.meanColumnVariance) {
        std::string message = format(
            "The autoencoder learned little beyond the mean: its reconstruction MSE "
            "%.4g is %.0f %% of the scaled data's mean column variance (%.4g).",
            record.reconstructionMse, 100.0 * record.reconstructionMse / record.meanColumnVariance,
            record.meanColumnVariance);
        // Noisy data (single-cell genes) keep most of their variance out of any small code:
        // PCA's own share says whether that is the data or the training.
        if (record.pcaMse > 0.0 && record.pcaComponents > 0 &&
            record.pcaMse > kLearnedLittleShare * 0.8 * record.meanColumnVariance) {
            message += format(
                " PCA with %.0f components leaves %.0f %% too: most of this "
                "data's variance is noise no small code keeps, so compare the "
                "clusterings rather than the MSE.",
                double(record.pcaComponents), 100.0 * record.pcaMse / record.meanColumnVariance);
        }
        warnings.push_back({"learned_little", message,
                            record.adam ? "more epochs, a higher learning rate or a wider latent "
                                          "space (autoencoder.latent)."
                                        : "the Adam optimiser (autoencoder.optimizer = adam), "
                                          "more epochs or a higher learning rate."});
    }
    if (epochs >= 2 && !record.stoppedEarly) {
        const int window = std::min(lastTenth(epochs), epochs - 1);
        const double before = record.loss[std::size_t(epochs - 1 - window)];
        const double last = record.loss.back();
        if (before > 0.0 && (before - last) / before > kStillFallingShare) {
            const std::string span = window == 1 ? "epoch" : std::to_string(window) + " epochs";
            warnings.push_back(
                {"not_converged",
                 format("Training had not converged: the loss still fell by %.1f %% over the "
                        "last ",
                        100.0 * (before - last) / before) +
                     span + ".",
                 "more epochs (autoencoder.epochs) or a higher learning rate."});
        }
    }
    const std::vector<double>& validation = record.validationLoss;
    if (validation.size() >= 2 && validation.size() == record.loss.size()) {
        const auto best = std::min_element(validation.begin(), validation.end());
        const std::size_t at = std::size_t(best - validation.begin());
        const bool rising = validation.back() > *best * (1.0 + kStillFallingShare);
        const bool trainingFalling = record.loss.back() < record.loss[at];
        if (at + 1 < validation.size() && rising && trainingFalling) {
            std::string message = format(
                "Over-fitting: the validation loss rose from %.4g (epoch %.0f) to %.4g while "
                "the training loss kept falling",
                *best, double(at + 1), validation.back());
            message += record.bestEpoch > 0
                           ? format("; the weights of epoch %.0f were kept.", record.bestEpoch)
                           : ".";
            // With early stopping on, the kept weights are already the best the held-out rows
            // saw; what is left to try is a network that over-fits later.
            warnings.push_back({"overfitting", message,
                                record.stoppedEarly || record.bestEpoch > 0
                                    ? "a smaller network (autoencoder.encoder, "
                                      "autoencoder.latent) or more rows."
                                    : "early stopping (autoencoder.early_stopping), fewer "
                                      "epochs, a smaller network or more rows."});
        }
    }
    if (record.updates < kFewUpdates) {
        warnings.push_back(
            {"few_updates",
             format("Only %.0f weight updates in all (%.0f epochs): networks rarely learn in "
                    "fewer than %.0f.",
                    double(record.updates), double(epochs), double(kFewUpdates)),
             record.stoppedEarly
                 ? "a smaller batch size (autoencoder.batch_size): early stopping ended "
                   "training, so more epochs would not be used."
                 : "more epochs or a smaller batch size (autoencoder.batch_size)."});
    }
    return warnings;
}

}  // namespace latentlab
