#include "MetricFormat.h"

#include <QLocale>
#include <cmath>
#include <cstring>

namespace latentlab::report {

namespace {

const QString kMissing = QStringLiteral("\u2014");
const QChar kMinus(0x2212);

}  // namespace

QString MetricFormat::value(double value) {
    if (!std::isfinite(value)) return kMissing;
    if (value == 0.0) return QStringLiteral("0");
    const double magnitude = std::abs(value);
    const QLocale locale(QLocale::English);
    QString text;
    if (magnitude >= 1e4) {
        text = locale.toString(magnitude, 'f', 0);
    } else if (magnitude < 1e-3) {
        text = QString::number(magnitude, 'e', 3);
    } else {
        const int decimals = std::max(0, 3 - int(std::floor(std::log10(magnitude))));
        text = QString::number(magnitude, 'f', decimals);
    }
    return value < 0 ? kMinus + text : text;
}

QString MetricFormat::seconds(double seconds) {
    if (!std::isfinite(seconds)) return kMissing;
    return QString::number(seconds, 'f', 2);
}

QString MetricFormat::difference(double difference, bool isSeconds) {
    if (!std::isfinite(difference)) return kMissing;
    if (difference == 0.0) return QStringLiteral("0");
    const QString magnitude =
        isSeconds ? QString::number(std::abs(difference), 'f', 2) : value(std::abs(difference));
    return (difference < 0 ? QString(kMinus) : QStringLiteral("+")) + magnitude;
}

QString MetricFormat::withInterval(double value, double halfWidth, int sampleSize) {
    if (!std::isfinite(value)) return kMissing;
    const QLocale locale(QLocale::English);
    const QString centre =
        value < 0 ? kMinus + QString::number(-value, 'f', 3) : QString::number(value, 'f', 3);
    return QStringLiteral("%1 \u00b1 %2 (n = %3)")
        .arg(centre, QString::number(halfWidth, 'f', 3), locale.toString(sampleSize));
}

bool MetricFormat::isSeconds(const MetricInfo& info) { return info.space == MetricSpace::Clock; }

bool MetricFormat::isSampledSilhouette(const MetricInfo& info, const MethodMetrics& metrics) {
    return metrics.silhouetteSampleSize > 0 && (info.member == &MethodMetrics::silhouetteLatent ||
                                                info.member == &MethodMetrics::silhouetteInput);
}

QString MetricFormat::cell(const MetricInfo& info, const MethodMetrics& metrics) {
    const double v = metrics.*info.member;
    if (isSeconds(info)) return seconds(v);
    if (isSampledSilhouette(info, metrics)) {
        const double ci = info.member == &MethodMetrics::silhouetteLatent
                              ? metrics.silhouetteLatentCi
                              : metrics.silhouetteInputCi;
        return withInterval(v, ci, metrics.silhouetteSampleSize);
    }
    return value(v);
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
            return QStringLiteral("autoencoder training");
        case MetricSpace::Clock:
            return QStringLiteral("wall-clock time");
    }
    return QString();
}

QString MetricFormat::tooltip(const MetricInfo& info) {
    const QString ranking = info.comparable
                                ? QString()
                                : QStringLiteral(
                                      " Not marked across methods: each latent space has its "
                                      "own scale.");
    return QStringLiteral("<b>%1</b><p>%2</p><p>Computed in: %3<br>%4 is better.%5</p>")
        .arg(QString::fromUtf8(info.label).toHtmlEscaped(),
             QString::fromUtf8(info.description).toHtmlEscaped(), spaceName(info.space),
             info.higherIsBetter ? QStringLiteral("Higher") : QStringLiteral("Lower"), ranking);
}

}  // namespace latentlab::report
