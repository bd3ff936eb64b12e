#include "Pipeline.h"

#include "Blobs.h"
#include "Errors.h"
#include "MethodRegistry.h"
#include "PrintableText.h"
#include "SpaceClustering.h"
#include "SpaceMetrics.h"

#include <stdexcept>

#include <chrono>
#include <cmath>
#include <memory>
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

/// Shares of the whole run's progress bar, by stage (fitting dominates).
constexpr double kShareBeforeFitting = 0.05;
constexpr double kShareFitting = 0.70;
constexpr double kShareClustering = 0.05;

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

public:
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

    Run(const Config& config, PipelineObserver* observer)
        : m_config(config), m_observer(observer ? observer : &m_silent) {}

    PipelineObserver& observer() { return *m_observer; }
    void stage(Stage stage) {
        checkStop();
        notify([&] { m_observer->stageStarted(stage); });
    }
    void progress(double fraction) {
        notify([&] { m_observer->progress(fraction); });
    }
    bool stopRequested() {
        return notify([&] { return m_observer->shouldStop(); });
    }
    void checkStop() {
        if (stopRequested()) throw Cancelled();
    }

    Result run(Dataset data, double generateSeconds);

private:
    void requireFinite(const Dataset& data) const;
    /// Fits every configured method in order; fills result.spaces.
    void fitMethods(Result& result, const Eigen::MatrixXd& scaled);

    Config m_config;
    PipelineObserver m_silent;
    PipelineObserver* m_observer;
    double m_observerSeconds = 0.0;  ///< spent inside observer calls so far
};

/// One method's view of the run: its share of the progress bar and its name on each report.
class MethodScope : public MethodRun {
public:
    MethodScope(Run& run, std::string method, double progressStart, double progressShare)
        : m_run(run),
          m_method(std::move(method)),
          m_progressStart(progressStart),
          m_progressShare(progressShare) {}

    void checkStop() override { m_run.checkStop(); }
    bool stopRequested() override { return m_run.stopRequested(); }
    void progress(double fraction) override {
        m_run.progress(m_progressStart + m_progressShare * fraction);
    }
    bool wantsSnapshot(int step) override {
        return m_run.notify([&] { return m_run.observer().wantsSnapshot(m_method, step); });
    }
    void stepFinished(int step, double loss, const Eigen::MatrixXd* embedding) override {
        m_run.notify([&] { m_run.observer().stepFinished(m_method, step, loss, embedding); });
    }
    PipelineObserver& observer() override { return m_run.observer(); }

private:
    Run& m_run;
    std::string m_method;
    double m_progressStart;
    double m_progressShare;
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
    if (m_config.clustering.method == ClusteringMethod::KMeans && data.rows() < k) {
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
    progress(kShareBeforeFitting);

    stage(Stage::Fit);
    const ComputeClock fitClock(*this);
    fitMethods(result, scaled);
    result.seconds.fit = fitClock.seconds();

    stage(Stage::Cluster);
    const ComputeClock clusterClock(*this);
    const auto stop = [this] { return stopRequested(); };
    for (SpaceResult& space : result.spaces) {
        checkStop();
        const ComputeClock spaceClock(*this);
        SpaceClustering clustering = clusterSpace(space.embedding, result.config, stop);
        space.clustering = std::move(clustering.partition);
        space.metrics.modularity = clustering.modularity;
        space.metrics.seconds = space.fitSeconds + spaceClock.seconds();
    }
    result.seconds.cluster = clusterClock.seconds();
    const double measuredShare = kShareBeforeFitting + kShareFitting + kShareClustering;
    progress(measuredShare);

    stage(Stage::Metrics);
    const ComputeClock metricsClock(*this);
    for (std::size_t s = 0; s < result.spaces.size(); ++s) {
        measureSpace(result.spaces[s], result.data, scaled, m_config.metrics, stop);
        progress(measuredShare +
                 (1.0 - measuredShare) * double(s + 1) / double(result.spaces.size() + 1));
    }
    checkStop();
    measureTrustworthiness(result.spaces, scaled, m_config.metrics);
    result.seconds.metrics = metricsClock.seconds();
    result.seconds.total = generateSeconds + started.seconds();
    progress(1.0);
    return result;
}

void Run::fitMethods(Result& result, const Eigen::MatrixXd& scaled) {
    std::vector<std::unique_ptr<Method>> methods;
    double totalWeight = 0.0;
    for (const std::string& name : m_config.methods) {
        methods.push_back(makeMethod(name));
        totalWeight += methods.back()->progressWeight(m_config);
    }
    result.spaces.resize(methods.size());
    double done = kShareBeforeFitting;
    for (std::size_t m = 0; m < methods.size(); ++m) {
        SpaceResult& space = result.spaces[m];
        space.method = m_config.methods[m];
        checkStop();
        notify([&] { m_observer->methodStarted(space.method); });
        const double share = kShareFitting * methods[m]->progressWeight(m_config) / totalWeight;
        MethodScope scope(*this, space.method, done, share);
        const ComputeClock clock(*this);
        methods[m]->fit(scaled, result.config, scope, result, space);
        space.fitSeconds = clock.seconds();
        done += share;
        progress(done);
        notify([&] { m_observer->embeddingReady(space.method, space.embedding); });
    }
    for (std::size_t m = 0; m < methods.size(); ++m)
        methods[m]->finish(scaled, result, result.spaces[m]);
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
        case Stage::Fit:
            return "fit";
        case Stage::Cluster:
            return "cluster";
        case Stage::Metrics:
            return "metrics";
    }
    return "?";
}

}  // namespace latentlab
