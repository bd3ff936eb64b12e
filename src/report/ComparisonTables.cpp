#include "ComparisonTables.h"

#include "MethodRegistry.h"
#include "MetricFormat.h"

#include <algorithm>
#include <cmath>

namespace latentlab::report {
namespace {

QString title(const std::string& method) { return QString::fromUtf8(methodInfo(method).title); }

QString differenceTitle(const std::string& method, const std::string& baseline) {
    return QString::fromUtf8(methodInfo(method).shortTitle) + QStringLiteral(" \u2212 ") +
           QString::fromUtf8(methodInfo(baseline).shortTitle);
}

/// The index of the best comparable value, or -1 when fewer than two are finite.
int bestOf(const MetricInfo& info, const std::vector<double>& values) {
    if (!info.comparable) return -1;
    int best = -1, finite = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) continue;
        ++finite;
        if (best < 0 || (info.higherIsBetter ? values[i] > values[std::size_t(best)]
                                             : values[i] < values[std::size_t(best)]))
            best = int(i);
    }
    return finite >= 2 ? best : -1;
}

bool shown(const MetricInfo& info, const std::vector<double>& values) {
    if (info.space == MetricSpace::Labels) return true;
    return std::any_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

QString meanSd(const MeanSd& value) {
    if (!std::isfinite(value.mean) || !std::isfinite(value.sd))
        return MetricFormat::value(value.mean);
    return MetricFormat::value(value.mean) + QStringLiteral(" \u00b1 ") +
           MetricFormat::value(value.sd);
}

/// "+0.12 (0.05 to 0.19)": the paired mean difference and its 95 % interval.
QString differenceWithInterval(const MeanSd& difference) {
    if (!std::isfinite(difference.mean)) return MetricFormat::value(kNotAvailable);
    QString text = MetricFormat::difference(difference.mean);
    if (std::isfinite(difference.ciHalfWidth)) {
        text += QStringLiteral(" (%1 to %2)")
                    .arg(MetricFormat::difference(difference.mean - difference.ciHalfWidth),
                         MetricFormat::difference(difference.mean + difference.ciHalfWidth));
    }
    return text;
}

std::size_t indexOf(const std::vector<std::string>& methods, const std::string& method) {
    const auto at = std::find(methods.begin(), methods.end(), method);
    return at == methods.end() ? 0 : std::size_t(at - methods.begin());
}

}  // namespace

ReportTable metricsTable(const Result& result) {
    std::vector<std::string> methods;
    for (const SpaceResult& space : result.spaces) methods.push_back(space.method);
    const std::size_t base = indexOf(methods, result.baseline().method);
    ReportTable table;
    table.header = {QStringLiteral("Metric"), QStringLiteral("Better")};
    for (const std::string& method : methods) table.header << title(method);
    for (std::size_t m = 0; m < methods.size(); ++m)
        if (m != base) table.header << differenceTitle(methods[m], methods[base]);
    for (int c = 2; c < int(table.header.size()); ++c) table.numericColumns.push_back(c);
    table.small = methods.size() > 2;
    for (const MetricInfo& info : metricCatalog()) {
        std::vector<double> values;
        for (const SpaceResult& space : result.spaces) values.push_back(space.metrics.*info.member);
        if (!shown(info, values)) continue;
        const int best = bestOf(info, values);
        std::vector<ReportCell> row{
            QString::fromUtf8(info.label),
            info.comparable
                ? (info.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower"))
                : QStringLiteral("(not ranked)")};
        for (std::size_t m = 0; m < methods.size(); ++m)
            row.push_back(
                ReportCell(MetricFormat::cell(info, result.spaces[m].metrics), int(m) == best));
        for (std::size_t m = 0; m < methods.size(); ++m) {
            if (m == base) continue;
            row.push_back(info.comparable
                              ? MetricFormat::differenceOf(info, values[m] - values[base])
                              : MetricFormat::value(kNotAvailable));
        }
        table.rows.push_back(row);
    }
    table.note = QStringLiteral(
        "Bold: the best value of the row. \u2014: not applicable (ARI and NMI need true labels; "
        "the final loss belongs to the autoencoder, the KL divergence to t-SNE). Inertia is not "
        "ranked: each latent space has its own scale, compare inertia / TSS instead.");
    const int sample = result.spaces.empty() ? 0 : result.spaces[0].metrics.silhouetteSampleSize;
    if (sample > 0) {
        table.note +=
            QStringLiteral(" Silhouettes estimated from %1 sampled points, with 95 % intervals.")
                .arg(NumberFormat::count(sample));
    }
    return table;
}

ReportTable repeatsTable(const RepeatsResult& repeats) {
    const std::size_t base = indexOf(repeats.methods, repeats.baseline);
    ReportTable table;
    table.header = {QStringLiteral("Metric")};
    for (const std::string& method : repeats.methods)
        table.header << title(method) + QStringLiteral(" mean \u00b1 sd");
    for (std::size_t m = 0; m < repeats.methods.size(); ++m) {
        if (m != base)
            table.header << differenceTitle(repeats.methods[m], repeats.methods[base]) +
                                QStringLiteral(" (95 % interval)");
    }
    for (int c = 1; c < int(table.header.size()); ++c) table.numericColumns.push_back(c);
    table.small = repeats.methods.size() > 2;
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary summary = repeats.summary(info.key);
        std::vector<double> means;
        for (const MeanSd& value : summary.values) means.push_back(value.mean);
        if (!shown(info, means)) continue;
        std::vector<ReportCell> row{QString::fromUtf8(info.label)};
        for (const MeanSd& value : summary.values) row.push_back(meanSd(value));
        for (std::size_t m = 0; m < summary.values.size(); ++m) {
            if (m == base) continue;
            const MeanSd& d = summary.differences[m];
            const bool clear =
                info.comparable && std::isfinite(d.ciHalfWidth) && std::abs(d.mean) > d.ciHalfWidth;
            row.push_back(ReportCell(
                info.comparable ? differenceWithInterval(d) : MetricFormat::value(kNotAvailable),
                clear));
        }
        table.rows.push_back(row);
    }
    table.note = QStringLiteral(
                     "%1 runs with seeds moved on by one per run. Differences to %2 are paired "
                     "per run; the interval is the 95 % t interval of their mean. Bold: the "
                     "interval excludes 0, so the difference is larger than the seed-to-seed "
                     "noise.")
                     .arg(repeats.repeats())
                     .arg(title(repeats.methods[base]));
    return table;
}

ReportTable sweepTable(const KSweep& sweep) {
    ReportTable table;
    table.header = {QStringLiteral("k")};
    for (const std::string& method : sweep.methods)
        table.header << QString::fromUtf8(methodInfo(method).shortTitle) +
                            QStringLiteral(" inertia / TSS");
    for (const std::string& method : sweep.methods)
        table.header << QString::fromUtf8(methodInfo(method).shortTitle) +
                            QStringLiteral(" silhouette");
    for (int c = 0; c < int(table.header.size()); ++c) table.numericColumns.push_back(c);
    table.small = true;
    const std::size_t points = sweep.curves.empty() ? 0 : sweep.curves.front().size();
    for (std::size_t i = 0; i < points; ++i) {
        const int k = sweep.curves.front()[i].k;
        const bool chosen = k == sweep.chosenK;
        std::vector<ReportCell> row{ReportCell(QString::number(k), chosen)};
        for (const std::vector<KSweepPoint>& curve : sweep.curves)
            row.push_back(ReportCell(MetricFormat::value(curve[i].inertiaOverTss), chosen));
        for (const std::vector<KSweepPoint>& curve : sweep.curves)
            row.push_back(ReportCell(MetricFormat::value(curve[i].silhouette), chosen));
        table.rows.push_back(row);
    }
    table.note = QStringLiteral("Bold: the run's k (%1). Each row equals a single run at that k.")
                     .arg(sweep.chosenK);
    return table;
}

ReportTable resolutionSweepTable(const ResolutionSweep& sweep) {
    bool labels = false;
    for (const auto& curve : sweep.curves)
        for (const ResolutionPoint& point : curve) labels = labels || std::isfinite(point.ari);
    ReportTable table;
    table.header = {QStringLiteral("resolution")};
    for (const std::string& method : sweep.methods) {
        const QString name = QString::fromUtf8(methodInfo(method).shortTitle);
        table.header << name + QStringLiteral(" clusters") << name + QStringLiteral(" modularity")
                     << name + (labels ? QStringLiteral(" ARI") : QStringLiteral(" silhouette"));
    }
    for (int c = 0; c < int(table.header.size()); ++c) table.numericColumns.push_back(c);
    table.small = true;
    const std::size_t points = sweep.curves.empty() ? 0 : sweep.curves.front().size();
    for (std::size_t i = 0; i < points; ++i) {
        const double resolution = sweep.curves.front()[i].resolution;
        const bool chosen = std::abs(resolution - sweep.chosenResolution) < 1e-9;
        std::vector<ReportCell> row{ReportCell(QString::number(resolution, 'g', 4), chosen)};
        for (const std::vector<ResolutionPoint>& curve : sweep.curves) {
            const ResolutionPoint& point = curve[i];
            row.push_back(ReportCell(QString::number(point.clusters), chosen));
            row.push_back(ReportCell(MetricFormat::value(point.modularity), chosen));
            row.push_back(
                ReportCell(MetricFormat::value(labels ? point.ari : point.silhouette), chosen));
        }
        table.rows.push_back(row);
    }
    table.note = QStringLiteral(
                     "Bold: the run's resolution (%1). Each row equals a single Leiden "
                     "run at that resolution on the run's kNN graph.")
                     .arg(QString::number(sweep.chosenResolution, 'g', 4));
    return table;
}

}  // namespace latentlab::report
