#include "AutoencoderMethod.h"

#include "AutoencoderTrainer.h"
#include "TrainingDiagnostics.h"

#include <limits>

namespace latentlab {

void AutoencoderMethod::fit(const Eigen::MatrixXd& scaled, const Config& config, MethodRun& run,
                            Result& result, SpaceResult& space) {
    const AutoencoderConfig& settings = config.autoencoder;
    const Autoencoder initial(static_cast<int>(scaled.cols()), settings.encoder, settings.latent,
                              settings.activation, settings.seed);
    AutoencoderTrainer trainer(initial, scaled, settings);
    // Early stopping watches the held-out loss if there is one, else the training loss.
    double best = std::numeric_limits<double>::infinity();
    int bestEpoch = 0;
    Eigen::VectorXf bestWeights;
    for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
        run.checkStop();
        const double loss = trainer.runEpoch();
        result.loss.push_back(loss);
        double watched = loss;
        if (trainer.hasValidation()) {
            watched = trainer.validationLoss();
            result.validationLoss.push_back(watched);
            run.observer().validationMeasured(epoch, watched);
        }
        if (watched < best) {
            best = watched;
            bestEpoch = epoch;
            if (settings.earlyStopping > 0) bestWeights = trainer.parameters();
        }
        if (run.wantsSnapshot(epoch)) {
            const Eigen::MatrixXd latent = trainer.encodeData();
            run.stepFinished(epoch, loss, &latent);
        } else {
            run.stepFinished(epoch, loss, nullptr);
        }
        run.progress(double(epoch) / settings.epochs);
        if (settings.earlyStopping > 0 && epoch - bestEpoch >= settings.earlyStopping) {
            result.training.stoppedEarly = epoch < settings.epochs;
            break;
        }
    }
    if (settings.earlyStopping > 0 && bestEpoch > 0 && bestEpoch < int(result.loss.size())) {
        trainer.restoreParameters(bestWeights);
        result.training.bestEpoch = bestEpoch;
    }
    result.training.updates = trainer.updatesDone();
    result.training.validationRows = int(trainer.validationRows().size());
    result.autoencoder = trainer.model();
    space.embedding = result.autoencoder.encode(scaled);
    space.metrics.reconstructionMse = result.autoencoder.reconstructionMse(scaled);
    space.metrics.finalLoss = result.loss.empty() ? kNotAvailable : result.loss.back();
}

void AutoencoderMethod::finish(const Eigen::MatrixXd& scaled, Result& result, SpaceResult& space) {
    TrainingRecord record;
    record.loss = result.loss;
    record.validationLoss = result.validationLoss;
    record.reconstructionMse = space.metrics.reconstructionMse;
    const Eigen::RowVectorXd mean = scaled.colwise().mean();
    record.meanColumnVariance =
        scaled.rows() > 0 && scaled.cols() > 0
            ? (scaled.rowwise() - mean).squaredNorm() / double(scaled.rows() * scaled.cols())
            : 0.0;
    record.updates = result.training.updates;
    record.bestEpoch = result.training.bestEpoch;
    record.stoppedEarly = result.training.stoppedEarly;
    record.adam = result.config.autoencoder.optimizer == OptimizerKind::Adam;
    if (const SpaceResult* pca = result.find("pca")) {
        record.pcaMse = pca->metrics.reconstructionMse;
        record.pcaComponents = result.config.pca.components;
    }
    result.warnings = diagnoseTraining(record);
}

double AutoencoderMethod::progressWeight(const Config& /*config*/) const { return 1.0; }

}  // namespace latentlab
