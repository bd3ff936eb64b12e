#include "MetricsTable.h"

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

}  // namespace

QString metricsTable(const MethodMetrics& pca, const MethodMetrics& autoencoder) {
    std::vector<QStringList> rows{{"Metric", "PCA", "Autoencoder", "AE − PCA"}};
    for (const MetricInfo& info : metricCatalog()) {
        const double p = pca.*info.member;
        const double a = autoencoder.*info.member;
        rows.push_back({info.label, MetricFormat::cell(info, pca),
                        MetricFormat::cell(info, autoencoder),
                        MetricFormat::difference(a - p, MetricFormat::isSeconds(info))});
    }
    QString text = aligned(rows);
    if (autoencoder.silhouetteSampleSize > 0) {
        text += QStringLiteral("Silhouettes estimated from %1 sampled points.\n")
                    .arg(NumberFormat::count(autoencoder.silhouetteSampleSize));
    }
    return text;
}

QString repeatsTable(const RepeatsResult& repeats) {
    std::vector<QStringList> rows{{"Metric (mean ± sd)", "PCA", "Autoencoder", "AE − PCA"}};
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary summary = repeats.summary(info.key);
        rows.push_back({info.label, meanSd(info, summary.pca, false),
                        meanSd(info, summary.autoencoder, false),
                        meanSd(info, summary.difference, true)});
    }
    return aligned(rows) + QStringLiteral("Over %1 repeats; AE − PCA is paired per repeat.\n")
                               .arg(NumberFormat::count(qlonglong(repeats.pca.size())));
}

QString warningsText(const std::vector<TrainingWarning>& warnings) {
    QString text;
    for (const TrainingWarning& warning : warnings) text += report::warningLine(warning) + "\n";
    return text;
}

}  // namespace latentlab::cli
