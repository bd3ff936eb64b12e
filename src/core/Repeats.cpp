#include "Repeats.h"

#include "Errors.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace latentlab {
namespace {

/// Two-sided 97.5 % quantile of Student's t with `df` degrees of freedom.
double tQuantile975(int df) {
    static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                   2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                   2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                   2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1) return kNotAvailable;
    if (df <= 30) return table[df - 1];
    return 1.959964 + 2.4 / df;  // within 1e-3 of the exact quantile beyond 30
}

/// Forwards progress scaled into the current repeat's share; passes everything else on.
class RepeatObserver : public PipelineObserver {
public:
    RepeatObserver(PipelineObserver* outer, int repeat, int repeats)
        : m_outer(outer), m_repeat(repeat), m_repeats(repeats) {}
    void stageStarted(Stage stage) override { m_outer->stageStarted(stage); }
    void dataReady(const Dataset& data) override { m_outer->dataReady(data); }
    void methodStarted(const std::string& method) override { m_outer->methodStarted(method); }
    void progress(double fraction) override {
        m_outer->progress((m_repeat + fraction) / m_repeats);
    }
    bool wantsSnapshot(const std::string& method, int step) override {
        return m_outer->wantsSnapshot(method, step);
    }
    void validationMeasured(int epoch, double loss) override {
        m_outer->validationMeasured(epoch, loss);
    }
    void stepFinished(const std::string& method, int step, double loss,
                      const Eigen::MatrixXd* embedding) override {
        m_outer->stepFinished(method, step, loss, embedding);
    }
    void embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) override {
        m_outer->embeddingReady(method, embedding);
    }
    bool shouldStop() override { return m_outer->shouldStop(); }

private:
    PipelineObserver* m_outer;
    int m_repeat, m_repeats;
};

const MetricInfo& metricByKey(const std::string& key) {
    for (const MetricInfo& info : metricCatalog())
        if (key == info.key) return info;
    throw std::out_of_range("unknown metric '" + key + "'");
}

}  // namespace

MeanSd meanSd(const std::vector<double>& values) {
    MeanSd out;
    double sum = 0.0;
    for (double v : values) {
        if (!std::isfinite(v)) continue;
        sum += v;
        ++out.count;
    }
    if (out.count == 0) return out;
    out.mean = sum / out.count;
    if (out.count < 2) return out;
    double squares = 0.0;
    for (double v : values)
        if (std::isfinite(v)) squares += (v - out.mean) * (v - out.mean);
    out.sd = std::sqrt(squares / (out.count - 1));
    out.ciHalfWidth = tQuantile975(out.count - 1) * out.sd / std::sqrt(double(out.count));
    return out;
}

namespace {
std::size_t indexOf(const std::vector<std::string>& methods, const std::string& method) {
    for (std::size_t m = 0; m < methods.size(); ++m)
        if (methods[m] == method) return m;
    throw std::out_of_range("the repeats have no " + method + " space");
}
}  // namespace

const MeanSd& MetricSummary::of(const std::string& method) const {
    return values.at(indexOf(methods, method));
}

const MeanSd& MetricSummary::differenceOf(const std::string& method) const {
    return differences.at(indexOf(methods, method));
}

std::vector<MethodMetrics> RepeatsResult::of(const std::string& method) const {
    const std::size_t m = indexOf(methods, method);
    std::vector<MethodMetrics> out;
    for (const std::vector<MethodMetrics>& run : runs) out.push_back(run.at(m));
    return out;
}

MetricSummary RepeatsResult::summary(const std::string& key) const {
    const MetricInfo& info = metricByKey(key);
    MetricSummary out;
    out.methods = methods;
    const auto baselineAt = std::find(methods.begin(), methods.end(), baseline);
    const std::size_t b =
        baselineAt == methods.end() ? 0 : std::size_t(baselineAt - methods.begin());
    for (std::size_t m = 0; m < methods.size(); ++m) {
        std::vector<double> values, differences;
        for (const std::vector<MethodMetrics>& run : runs) {
            values.push_back(run[m].*info.member);
            if (m != b) differences.push_back(run[m].*info.member - run[b].*info.member);
        }
        out.values.push_back(meanSd(values));
        out.differences.push_back(meanSd(differences));
    }
    return out;
}

Config configForRepeat(const Config& config, int repeat) {
    Config shifted = config;
    shifted.data.seed += std::uint64_t(repeat);
    shifted.autoencoder.seed += std::uint64_t(repeat);
    shifted.umap.seed += std::uint64_t(repeat);
    shifted.tsne.seed += std::uint64_t(repeat);
    shifted.kmeans.seed += std::uint64_t(repeat);
    shifted.leiden.seed += std::uint64_t(repeat);
    shifted.metrics.seed += std::uint64_t(repeat);
    return shifted;
}

RepeatsResult runRepeats(const Config& config, int repeats, const Dataset* data,
                         PipelineObserver* observer) {
    if (repeats < 1) throw ConfigError("repeats = " + std::to_string(repeats) + " must be >= 1");
    PipelineObserver silent;
    PipelineObserver* outer = observer ? observer : &silent;
    RepeatsResult out;
    for (int r = 0; r < repeats; ++r) {
        RepeatObserver scoped(outer, r, repeats);
        const Config shifted = configForRepeat(config, r);
        Result result = data ? runPipeline(shifted, *data, &scoped) : runPipeline(shifted, &scoped);
        if (r == 0) {
            for (const SpaceResult& space : result.spaces) out.methods.push_back(space.method);
            out.baseline = result.baseline().method;
        }
        std::vector<MethodMetrics> metrics;
        for (const SpaceResult& space : result.spaces) metrics.push_back(space.metrics);
        out.runs.push_back(std::move(metrics));
        out.last = std::move(result);
    }
    return out;
}

}  // namespace latentlab
