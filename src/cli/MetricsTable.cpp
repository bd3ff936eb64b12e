#include "MetricsTable.h"

#include "MethodRegistry.h"
#include "MetricFormat.h"
#include "WarningText.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace latentlab::cli {
namespace {

using report::MetricFormat;
using report::NumberFormat;

// The GUI's metrics table's text (MetricFormat): "36,718", "0.4183", "−0.02362", "—" where a
// metric does not apply. metrics.json keeps the full precision.
QString meanSd(const MetricInfo& info, const MeanSd& value, bool signedMean) {
    if (!std::isfinite(value.mean)) return NumberFormat::missing();
    const bool seconds = MetricFormat::isSeconds(info);
    const QString mean = signedMean ? MetricFormat::difference(value.mean, seconds)
                                    : MetricFormat::valueOf(info, value.mean);
    return std::isfinite(value.sd) ? mean + " ± " + MetricFormat::valueOf(info, value.sd) : mean;
}

/// Rows of cells as text: the first column left-aligned, the others right-aligned.
QString aligned(const std::vector<QStringList>& rows) {
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max<std::size_t>(widths.size(), std::size_t(row.size())), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], row[c].size());
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const int width = int(widths[std::size_t(c)]);
            line += c == 0 ? row[c].leftJustified(width) : "  " + row[c].rightJustified(width);
        }
        text += line + '\n';
    }
    return text;
}

std::string shortTitle(const std::string& method) { return methodInfo(method).shortTitle; }

/// The baseline's index among `methods` (0 when it is not there).
std::size_t baselineIndex(const std::vector<std::string>& methods, const std::string& baseline) {
    const auto at = std::find(methods.begin(), methods.end(), baseline);
    return at == methods.end() ? 0 : std::size_t(at - methods.begin());
}

QStringList header(const char* first, const std::vector<std::string>& methods, std::size_t base) {
    QStringList row{QString::fromUtf8(first)};
    for (const std::string& method : methods) row << QString::fromUtf8(methodInfo(method).title);
    for (std::size_t m = 0; m < methods.size(); ++m) {
        if (m == base) continue;
        row << QString::fromStdString(shortTitle(methods[m]) + " \u2212 " +
                                      shortTitle(methods[base]));
    }
    return row;
}

bool shown(const MetricInfo& info, const std::vector<double>& values) {
    if (info.space == MetricSpace::Labels) return true;
    return std::any_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

}  // namespace

QString runHeadline(const Result& result) {
    const Config& config = result.config;
    const QString clustering =
        config.clustering.method == ClusteringMethod::KMeans
            ? QStringLiteral("k = %1").arg(config.kmeans.k)
            : QStringLiteral("Leiden at resolution %1").arg(config.leiden.resolution);
    return QStringLiteral("%1 rows x %2 columns, %3\n\n")
        .arg(NumberFormat::count(result.data.rows()), NumberFormat::count(result.data.columns()),
             clustering);
}

std::vector<MethodColumn> methodColumns(const Result& result) {
    std::vector<MethodColumn> columns;
    for (const SpaceResult& space : result.spaces)
        columns.push_back({space.method, &space.metrics});
    return columns;
}

QString metricsTable(const std::vector<MethodColumn>& columns, const std::string& baseline) {
    std::vector<std::string> methods;
    for (const MethodColumn& column : columns) methods.push_back(column.method);
    const std::size_t base = baselineIndex(methods, baseline);
    std::vector<QStringList> rows{header("Metric", methods, base)};
    for (const MetricInfo& info : metricCatalog()) {
        std::vector<double> values;
        for (const MethodColumn& column : columns) values.push_back(column.metrics->*info.member);
        if (!shown(info, values)) continue;
        QStringList row{QString::fromUtf8(info.label)};
        for (const MethodColumn& column : columns) row << MetricFormat::cell(info, *column.metrics);
        for (std::size_t m = 0; m < columns.size(); ++m) {
            if (m == base) continue;
            row << MetricFormat::differenceOf(info, values[m] - values[base]);
        }
        rows.push_back(row);
    }
    QString text = aligned(rows);
    const int sample = columns.empty() ? 0 : columns.front().metrics->silhouetteSampleSize;
    if (sample > 0) {
        text += QStringLiteral("Silhouettes estimated from %1 sampled points.\n")
                    .arg(NumberFormat::count(sample));
    }
    return text;
}

QString repeatsTable(const RepeatsResult& repeats) {
    const std::size_t base = baselineIndex(repeats.methods, repeats.baseline);
    std::vector<QStringList> rows{header("Metric (mean ± sd)", repeats.methods, base)};
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary summary = repeats.summary(info.key);
        std::vector<double> means;
        for (const MeanSd& value : summary.values) means.push_back(value.mean);
        if (!shown(info, means)) continue;
        QStringList row{QString::fromUtf8(info.label)};
        for (const MeanSd& value : summary.values) row << meanSd(info, value, false);
        for (std::size_t m = 0; m < summary.values.size(); ++m)
            if (m != base) row << meanSd(info, summary.differences[m], true);
        rows.push_back(row);
    }
    return aligned(rows) +
           QStringLiteral("Over %1 repeats; differences to %2 are paired per repeat.\n")
               .arg(NumberFormat::count(repeats.repeats()),
                    QString::fromUtf8(methodInfo(repeats.methods[base]).title));
}

QString warningsText(const std::vector<TrainingWarning>& warnings) {
    QString text;
    for (const TrainingWarning& warning : warnings) text += report::warningLine(warning) + "\n";
    return text;
}

}  // namespace latentlab::cli
