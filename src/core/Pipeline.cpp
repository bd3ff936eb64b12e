#include "Pipeline.h"

#include "AutoencoderTrainer.h"
#include "Blobs.h"

#include <stdexcept>
#include "ClusterMetrics.h"
#include "Errors.h"
#include "PrintableText.h"
#include "Random.h"
#include "Silhouette.h"
#include "Trustworthiness.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <set>
#include <string>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace latentlab {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Applies config.threads to OpenMP for the duration of a run.
class ThreadScope {
public:
    explicit ThreadScope(int threads) {
#ifdef _OPENMP
        m_previous = omp_get_max_threads();
        if (threads > 0) omp_set_num_threads(threads);
#else
        (void)threads;
#endif
    }
    ~ThreadScope() {
#ifdef _OPENMP
        omp_set_num_threads(m_previous);
#endif
    }

private:
    int m_previous = 1;
};

/// Shares of the whole run's progress bar, by stage (training dominates).
constexpr double kShareBeforeTraining = 0.05;
constexpr double kShareTraining = 0.70;
constexpr double kShareKMeans = 0.05;

class Run {
private:
    /// Wall-clock time of a stage minus the time its observer kept it waiting (a GUI paces
    /// epochs for watching and holds a paused run): the reported seconds are compute time.
    class ComputeClock {
    public:
        explicit ComputeClock(const Run& run)
            : m_run(run), m_start(Clock::now()), m_waitedAtStart(run.m_observerSeconds) {}
        double seconds() const {
            return secondsSince(m_start) - (m_run.m_observerSeconds - m_waitedAtStart);
        }

    private:
        const Run& m_run;
        Clock::time_point m_start;
        double m_waitedAtStart;
    };

    /// Calls the observer and books the time spent there as waiting, not computing.
    template <class Call>
    auto notify(Call call) {
        const auto start = Clock::now();
        struct Book {
            double& total;
            Clock::time_point start;
            ~Book() { total += secondsSince(start); }
        } book{m_observerSeconds, start};
        return call();
    }

public:
    Run(const Config& config, PipelineObserver* observer)
        : m_config(config), m_observer(observer ? observer : &m_silent) {}

    void stage(Stage stage) {
        checkStop();
        notify([&] { m_observer->stageStarted(stage); });
    }
    void progress(double fraction) {
        notify([&] { m_observer->progress(fraction); });
    }
    void checkStop() {
        if (notify([&] { return m_observer->shouldStop(); })) throw Cancelled();
    }

    Result run(Dataset data, double generateSeconds);

private:
    void requireFinite(const Dataset& data) const;
    void train(Result& result, const Eigen::MatrixXd& scaled);
    void measure(SpaceResult& space, const Result& result, const Eigen::MatrixXd& scaled);
    /// Both spaces' trustworthiness on the sampled rows.
    void measureTrustworthiness(Result& result, const Eigen::MatrixXd& scaled,
                                const std::vector<int>& rows);

    Config m_config;
    PipelineObserver m_silent;
    PipelineObserver* m_observer;
    double m_observerSeconds = 0.0;  ///< spent inside observer calls so far
};

void Run::requireFinite(const Dataset& data) const {
    if (data.rows() < 2) {
        throw DataError("the data has " + std::to_string(data.rows()) +
                        " row(s); at least 2 are needed");
    }
    if (data.columns() < 1) throw DataError("the data has no feature columns");
    for (Eigen::Index c = 0; c < data.features.cols(); ++c) {
        for (Eigen::Index r = 0; r < data.features.rows(); ++r) {
            if (!std::isfinite(data.features(r, c))) {
                const std::string name = std::size_t(c) < data.columnNames.size()
                                             ? data.columnNames[std::size_t(c)]
                                             : "column " + std::to_string(c + 1);
                throw DataError("row " + std::to_string(r + 1) + ", column '" + printable(name) +
                                "': value is not a finite number");
            }
        }
    }
}

Result Run::run(Dataset data, double generateSeconds) {
    const ComputeClock started(*this);
    requireFinite(data);
    Result result;
    result.config = m_config;
    result.config.kmeans.k = resolveK(m_config.kmeans, data);
    result.seconds.generate = generateSeconds;
    const int k = result.config.kmeans.k;
    if (data.rows() < k) {
        throw DataError("k-means with k = " + std::to_string(k) + " needs at least " +
                        std::to_string(k) + " rows, the data has " + std::to_string(data.rows()));
    }
    result.data = std::move(data);
    notify([&] { m_observer->dataReady(result.data); });

    stage(Stage::Scale);
    const ComputeClock scaleClock(*this);
    result.scaler = Scaler(m_config.data.scaling);
    Eigen::MatrixXd scaled = result.scaler.fitTransform(result.data.features);
    if (m_config.data.clip > 0.0) Scaler::clip(scaled, m_config.data.clip);
    result.seconds.scale = scaleClock.seconds();

    stage(Stage::Pca);
    const ComputeClock pcaClock(*this);
    result.pca = Pca(m_config.pca.components);
    result.pcaSpace.embedding = result.pca.fitTransform(scaled);
    result.pcaSpace.metrics.reconstructionMse = result.pca.reconstructionMse(scaled);
    result.seconds.pca = pcaClock.seconds();
    notify([&] { m_observer->pcaReady(result.pcaSpace.embedding); });
    progress(kShareBeforeTraining);

    stage(Stage::Train);
    const ComputeClock trainClock(*this);
    train(result, scaled);
    result.seconds.train = trainClock.seconds();

    stage(Stage::KMeans);
    const ComputeClock kmeansClock(*this);
    const KMeans kmeans(result.config.kmeans);
    const ComputeClock pcaKMeansClock(*this);
    result.pcaSpace.clustering = kmeans.fit(result.pcaSpace.embedding);
    const double pcaKMeansSeconds = pcaKMeansClock.seconds();
    checkStop();
    result.aeSpace.clustering = kmeans.fit(result.aeSpace.embedding);
    result.seconds.kmeans = kmeansClock.seconds();
    result.pcaSpace.metrics.seconds = result.seconds.pca + pcaKMeansSeconds;
    result.aeSpace.metrics.seconds =
        result.seconds.train + (result.seconds.kmeans - pcaKMeansSeconds);
    progress(kShareBeforeTraining + kShareTraining + kShareKMeans);

    stage(Stage::Metrics);
    const ComputeClock metricsClock(*this);
    Random sampler(m_config.metrics.seed);
    const std::vector<int> trustRows =
        sampler.sample(result.data.rows(), m_config.metrics.trustworthinessSample);
    measure(result.pcaSpace, result, scaled);
    progress(0.5 * (1.0 + kShareBeforeTraining + kShareTraining + kShareKMeans));
    measure(result.aeSpace, result, scaled);
    checkStop();
    measureTrustworthiness(result, scaled, trustRows);
    result.aeSpace.metrics.finalLoss = result.loss.empty() ? kNotAvailable : result.loss.back();
    result.seconds.metrics = metricsClock.seconds();
    result.seconds.total = generateSeconds + started.seconds();
    progress(1.0);
    return result;
}

void Run::train(Result& result, const Eigen::MatrixXd& scaled) {
    const AutoencoderConfig& settings = m_config.autoencoder;
    const Autoencoder initial(static_cast<int>(scaled.cols()), settings.encoder, settings.latent,
                              settings.activation, settings.seed);
    AutoencoderTrainer trainer(initial, scaled, settings);
    // Early stopping watches the held-out loss if there is one, else the training loss.
    double best = std::numeric_limits<double>::infinity();
    int bestEpoch = 0;
    Eigen::VectorXf bestWeights;
    for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
        checkStop();
        const double loss = trainer.runEpoch();
        result.loss.push_back(loss);
        double watched = loss;
        if (trainer.hasValidation()) {
            watched = trainer.validationLoss();
            result.validationLoss.push_back(watched);
            notify([&] { m_observer->validationMeasured(epoch, watched); });
        }
        if (watched < best) {
            best = watched;
            bestEpoch = epoch;
            if (settings.earlyStopping > 0) bestWeights = trainer.parameters();
        }
        if (notify([&] { return m_observer->wantsLatent(epoch); })) {
            const Eigen::MatrixXd latent = trainer.encodeData();
            notify([&] { m_observer->epochFinished(epoch, loss, &latent); });
        } else {
            notify([&] { m_observer->epochFinished(epoch, loss, nullptr); });
        }
        progress(kShareBeforeTraining + kShareTraining * epoch / settings.epochs);
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
    result.aeSpace.embedding = result.autoencoder.encode(scaled);
    result.aeSpace.metrics.reconstructionMse = result.autoencoder.reconstructionMse(scaled);

    TrainingRecord record;
    record.loss = result.loss;
    record.validationLoss = result.validationLoss;
    record.reconstructionMse = result.aeSpace.metrics.reconstructionMse;
    const Eigen::RowVectorXd mean = scaled.colwise().mean();
    record.meanColumnVariance =
        scaled.rows() > 0 && scaled.cols() > 0
            ? (scaled.rowwise() - mean).squaredNorm() / double(scaled.rows() * scaled.cols())
            : 0.0;
    record.updates = result.training.updates;
    record.bestEpoch = result.training.bestEpoch;
    record.stoppedEarly = result.training.stoppedEarly;
    record.adam = result.config.autoencoder.optimizer == OptimizerKind::Adam;
    record.pcaMse = result.pcaSpace.metrics.reconstructionMse;
    record.pcaComponents = result.config.pca.components;
    result.warnings = diagnoseTraining(record);
}

void Run::measure(SpaceResult& space, const Result& result, const Eigen::MatrixXd& scaled) {
    MethodMetrics& metrics = space.metrics;
    const std::vector<int>& clusters = space.clustering.labels;
    const Eigen::MatrixXd& latent = space.embedding;
    const Dataset& data = result.data;
    const MetricsConfig& settings = m_config.metrics;

    metrics.inertia = space.clustering.inertia;
    metrics.inertiaOverTss = metrics.inertia / totalSumOfSquares(latent);
    const bool exact = settings.silhouetteIsExact(latent.rows());
    if (exact) {
        const StopRequested stop = [this] {
            return notify([&] { return m_observer->shouldStop(); });
        };
        space.silhouetteLatent = silhouetteSamples(latent, clusters, stop);
        metrics.silhouetteLatent = space.silhouetteLatent.mean();
        metrics.silhouetteInput = silhouetteScore(scaled, clusters, stop);
    } else {
        const SilhouetteEstimate inLatent =
            sampledSilhouette(latent, clusters, settings.silhouetteSample, settings.seed);
        space.silhouetteLatent = Eigen::VectorXd::Constant(latent.rows(), kNotAvailable);
        for (std::size_t i = 0; i < inLatent.rows.size(); ++i)
            space.silhouetteLatent(inLatent.rows[i]) = inLatent.samples(Eigen::Index(i));
        checkStop();
        const SilhouetteEstimate inInput =
            sampledSilhouette(scaled, clusters, settings.silhouetteSample, settings.seed);
        metrics.silhouetteLatent = inLatent.mean;
        metrics.silhouetteInput = inInput.mean;
        metrics.silhouetteSampleSize = inLatent.sampleSize;
        metrics.silhouetteLatentCi = inLatent.ciHalfWidth;
        metrics.silhouetteInputCi = inInput.ciHalfWidth;
    }
    checkStop();
    if (data.hasLabels()) {
        metrics.ari = adjustedRandIndex(data.labels, clusters);
        metrics.nmi = normalizedMutualInfo(data.labels, clusters);
        space.confusion = confusionMatrix(data.labels, clusters, data.classes(),
                                          static_cast<int>(space.clustering.centers.rows()));
    }
    metrics.calinskiHarabasz = calinskiHarabasz(latent, clusters);
    metrics.daviesBouldin = daviesBouldin(latent, clusters);
}

void Run::measureTrustworthiness(Result& result, const Eigen::MatrixXd& scaled,
                                 const std::vector<int>& rows) {
    const int neighbors = m_config.metrics.trustworthinessNeighbors;
    if (2 * neighbors >= static_cast<int>(rows.size())) return;
    const auto sampled = [&rows](const Eigen::MatrixXd& points) {
        Eigen::MatrixXd out(Eigen::Index(rows.size()), points.cols());
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.row(Eigen::Index(i)) = points.row(rows[i]);
        return out;
    };
    const Eigen::MatrixXd pca = sampled(result.pcaSpace.embedding);
    const Eigen::MatrixXd ae = sampled(result.aeSpace.embedding);
    // Both spaces in one pass: the input's distances (2000 genes) are computed once.
    const std::vector<double> both = trustworthinessOfEach(sampled(scaled), {&pca, &ae}, neighbors);
    result.pcaSpace.metrics.trustworthiness = both[0];
    result.aeSpace.metrics.trustworthiness = both[1];
}

}  // namespace

int resolveK(const KMeansConfig& config, const Dataset& data) {
    if (config.k > 0) return config.k;
    if (data.hasLabels()) {
        const std::set<int> distinct(data.labels.begin(), data.labels.end());
        return static_cast<int>(distinct.size());
    }
    return 8;
}

Result runPipeline(const Config& config, PipelineObserver* observer) {
    config.validate();
    // Files and simulated counts are read (and go through the recipe) in io::loadDataset;
    // running on blobs instead would label them wrongly.
    if (config.data.source != DataSource::Blobs)
        throw std::invalid_argument("runPipeline: data.source is not blobs; load the data first");
    ThreadScope threads(config.threads);
    Run run(config, observer);
    run.stage(Stage::Generate);
    const auto clock = Clock::now();
    Dataset data = makeBlobs(config.data);
    return run.run(std::move(data), secondsSince(clock));
}

Result runPipeline(const Config& config, Dataset data, PipelineObserver* observer) {
    Config checked = config;
    checked.data.source = DataSource::Csv;  // generator settings don't apply to given data
    checked.validate();
    ThreadScope threads(config.threads);
    Run run(config, observer);
    return run.run(std::move(data), 0.0);
}

const char* toString(Stage stage) {
    switch (stage) {
        case Stage::Generate:
            return "generate";
        case Stage::Scale:
            return "scale";
        case Stage::Pca:
            return "pca";
        case Stage::Train:
            return "train";
        case Stage::KMeans:
            return "kmeans";
        case Stage::Metrics:
            return "metrics";
    }
    return "?";
}

}  // namespace latentlab
