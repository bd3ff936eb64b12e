#include "MetricFormat.h"

#include <cmath>

namespace latentlab::report {

QString MetricFormat::value(double value) { return NumberFormat::metric(value); }

QString MetricFormat::seconds(double seconds) { return NumberFormat::seconds(seconds); }

QString MetricFormat::difference(double difference, bool isSeconds) {
    return isSeconds ? NumberFormat::secondsDifference(difference)
                     : NumberFormat::difference(difference);
}

QString MetricFormat::differenceOf(const MetricInfo& info, double difference) {
    if (info.member == &MethodMetrics::clusters && std::isfinite(difference)) {
        const long long whole = std::llround(difference);
        return whole > 0   ? QStringLiteral("+") + NumberFormat::count(whole)
               : whole < 0 ? QStringLiteral("\u2212") + NumberFormat::count(-whole)
                           : QStringLiteral("0");
    }
    return MetricFormat::difference(difference, isSeconds(info));
}

QString MetricFormat::withInterval(double value, double halfWidth, int sampleSize) {
    if (!std::isfinite(value)) return NumberFormat::missing();
    // Three decimals: the interval of a sampled silhouette is never narrower than 0.001.
    return QStringLiteral("%1 \u00b1 %2 (n = %3)")
        .arg(NumberFormat::fixed(value, 3), NumberFormat::fixed(halfWidth, 3),
             NumberFormat::count(sampleSize));
}

bool MetricFormat::isSeconds(const MetricInfo& info) { return info.space == MetricSpace::Clock; }

bool MetricFormat::isSampledSilhouette(const MetricInfo& info, const MethodMetrics& metrics) {
    return metrics.silhouetteSampleSize > 0 && (info.member == &MethodMetrics::silhouetteLatent ||
                                                info.member == &MethodMetrics::silhouetteInput);
}

QString MetricFormat::valueOf(const MetricInfo& info, double value) {
    if (isSeconds(info)) return seconds(value);
    // A count of clusters reads as one: "12", not "12.00".
    if (info.member == &MethodMetrics::clusters && std::isfinite(value))
        return NumberFormat::count(std::llround(value));
    return MetricFormat::value(value);
}

QString MetricFormat::cell(const MetricInfo& info, const MethodMetrics& metrics) {
    const double v = metrics.*info.member;
    if (isSampledSilhouette(info, metrics)) {
        const double ci = info.member == &MethodMetrics::silhouetteLatent
                              ? metrics.silhouetteLatentCi
                              : metrics.silhouetteInputCi;
        return withInterval(v, ci, metrics.silhouetteSampleSize);
    }
    return valueOf(info, v);
}

QString MetricFormat::spaceName(MetricSpace space) {
    switch (space) {
        case MetricSpace::Input:
            return QStringLiteral("the scaled input space");
        case MetricSpace::Latent:
            return QStringLiteral("the latent space");
        case MetricSpace::Labels:
            return QStringLiteral("cluster labels vs. true labels");
        case MetricSpace::Training:
            return QStringLiteral("the method's own optimisation");
        case MetricSpace::Clock:
            return QStringLiteral("wall-clock time");
    }
    return QString();
}

QString MetricFormat::whereComputed(MetricSpace space) {
    switch (space) {
        case MetricSpace::Input:
        case MetricSpace::Latent:
            return QStringLiteral("Computed in %1.").arg(spaceName(space));
        case MetricSpace::Labels:
            return QStringLiteral("Computed from the clusters and the true labels.");
        case MetricSpace::Training:
            return QStringLiteral("Computed by the method's own optimisation.");
        case MetricSpace::Clock:
            return QStringLiteral("Measured as wall-clock time.");
    }
    return QString();
}

QString MetricFormat::tooltip(const MetricInfo& info) {
    // Paragraphs of whole sentences: read as plain text (a screen reader, a copied tooltip)
    // they must not run together as "...true labels Higher is better.".
    QString description = QString::fromUtf8(info.description).trimmed();
    if (!description.endsWith(QLatin1Char('.'))) description += QLatin1Char('.');
    QString verdict = info.higherIsBetter ? QStringLiteral("Higher is better.")
                                          : QStringLiteral("Lower is better.");
    if (!info.comparable)
        verdict +=
            QStringLiteral(" Not marked across methods: each latent space has its own scale.");
    return QStringLiteral("<b>%1</b><p>%2</p><p>%3</p><p>%4</p>")
        .arg(QString::fromUtf8(info.label).toHtmlEscaped(), description.toHtmlEscaped(),
             whereComputed(info.space), verdict);
}

}  // namespace latentlab::report
