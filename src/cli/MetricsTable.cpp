#include "MetricsTable.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace latentlab::cli {
namespace {

/// Four significant digits without an exponent where that reads well (36718, 0.4183,
/// 0.02362); metrics.json keeps the full precision.
QString number(double value) {
    if (!std::isfinite(value)) return QStringLiteral("n/a");
    if (value == 0.0) return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    if (magnitude < -4 || magnitude > 8) return QString::number(value, 'g', 4);
    return QString::number(value, 'f', std::max(0, 3 - magnitude));
}

QString difference(double value) {
    return std::isfinite(value) && value > 0 ? "+" + number(value) : number(value);
}

QString meanSd(const MeanSd& value, bool signedMean) {
    if (!std::isfinite(value.mean)) return QStringLiteral("n/a");
    const QString mean = signedMean ? difference(value.mean) : number(value.mean);
    return std::isfinite(value.sd) ? mean + " ± " + number(value.sd) : mean;
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
        rows.push_back({info.label, number(p), number(a), difference(a - p)});
    }
    QString text = aligned(rows);
    if (autoencoder.silhouetteSampleSize > 0) {
        text += QStringLiteral("Silhouettes estimated from %1 sampled points.\n")
                    .arg(autoencoder.silhouetteSampleSize);
    }
    return text;
}

QString repeatsTable(const RepeatsResult& repeats) {
    std::vector<QStringList> rows{{"Metric (mean ± sd)", "PCA", "Autoencoder", "AE − PCA"}};
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary summary = repeats.summary(info.key);
        rows.push_back({info.label, meanSd(summary.pca, false), meanSd(summary.autoencoder, false),
                        meanSd(summary.difference, true)});
    }
    return aligned(rows) + QStringLiteral("Over %1 repeats; AE − PCA is paired per repeat.\n")
                               .arg(repeats.pca.size());
}

}  // namespace latentlab::cli
