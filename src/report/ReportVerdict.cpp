#include "ReportVerdict.h"

#include "MethodRegistry.h"
#include "MetricFormat.h"

#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace latentlab::report {
namespace {

struct Compared {
    const char* key;
    QString name;  ///< as the sentence uses it
};

/// "PCA", "the autoencoder", "UMAP": a method's name inside a sentence.
QString inSentence(const std::string& method) {
    return method == "autoencoder" ? QStringLiteral("the autoencoder")
                                   : QString::fromUtf8(methodInfo(method).title);
}

QString capitalised(QString text) {
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

QString listed(const QStringList& items) {
    if (items.size() <= 1) return items.join(QString());
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) +
           QStringLiteral(" and ") + items.back();
}

/// "PCA (2 components)", "a 10→8→6→2 tanh autoencoder (SGD, learning rate 0.01, 50 epochs)".
QString methodSetup(const std::string& method, const Config& config, int columns) {
    if (method == "pca") return QStringLiteral("PCA (%1 components)").arg(config.pca.components);
    if (method == "autoencoder") {
        const AutoencoderConfig& ae = config.autoencoder;
        QStringList widths{QString::number(columns)};
        for (int width : ae.encoder) widths << QString::number(width);
        widths << QString::number(ae.latent);
        return QStringLiteral("a %1 %2 autoencoder (%3, learning rate %4, %5 epochs)")
            .arg(widths.join(QStringLiteral("\u2192")),
                 QString::fromLatin1(toString(ae.activation)),
                 QString::fromLatin1(toString(ae.optimizer)).toUpper(),
                 NumberFormat::data(ae.learningRate))
            .arg(ae.epochs);
    }
    if (method == "umap") {
        return QStringLiteral("UMAP (%1 neighbours, min_dist %2)")
            .arg(config.umap.neighbors)
            .arg(NumberFormat::data(config.umap.minDist));
    }
    if (method == "tsne") {
        return QStringLiteral("t-SNE (perplexity %1, %2 iterations)")
            .arg(NumberFormat::data(config.tsne.perplexity))
            .arg(config.tsne.iterations);
    }
    return QString::fromUtf8(methodInfo(method).title);
}

QString clusteringText(const Config& config) {
    return config.clustering.method == ClusteringMethod::KMeans
               ? QStringLiteral("k-means with k = %1").arg(config.kmeans.k)
               : QStringLiteral("Leiden clustering (resolution %1, %2 neighbours)")
                     .arg(NumberFormat::data(config.leiden.resolution))
                     .arg(config.leiden.neighbors);
}

QString setupSentence(const ReportInput& input) {
    const Result& r = input.result;
    QStringList methods;
    for (const SpaceResult& space : r.spaces)
        methods << methodSetup(space.method, r.config, r.data.columns());
    return QStringLiteral(
               "LatentLab compared %1 as the step before %2, on %3 rows \u00d7 %4 "
               "columns of %5.")
        .arg(listed(methods), clusteringText(r.config), NumberFormat::count(r.data.rows()))
        .arg(r.data.columns())
        .arg(sourceText(input));
}

const MetricInfo& info(const char* key) {
    for (const MetricInfo& metric : metricCatalog())
        if (std::string(metric.key) == key) return metric;
    return metricCatalog().front();
}

/// "UMAP scores better than PCA on ARI (0.9990 vs 0.2240)".
QString singleRunClause(const SpaceResult& space, const SpaceResult& baseline,
                        const Compared& metric) {
    const MetricInfo& m = info(metric.key);
    const double value = space.metrics.*m.member;
    const double reference = baseline.metrics.*m.member;
    const QString name = inSentence(space.method), other = inSentence(baseline.method);
    if (!std::isfinite(value) || !std::isfinite(reference))
        return QStringLiteral("%1 is not available for %2").arg(metric.name, name);
    if (value == reference)
        return QStringLiteral("%1 and %2 score the same on %3 (%4)")
            .arg(name, other, metric.name, MetricFormat::value(value));
    const bool better = m.higherIsBetter ? value > reference : value < reference;
    return QStringLiteral("%1 scores %2 than %3 on %4 (%5 vs %6)")
        .arg(name, better ? QStringLiteral("better") : QStringLiteral("worse"), other, metric.name,
             MetricFormat::value(value), MetricFormat::value(reference));
}

/// Over repeats: whether the paired difference's 95 % interval excludes zero.
QString repeatsClause(const RepeatsResult& repeats, const std::string& method,
                      const Compared& metric) {
    const MetricInfo& m = info(metric.key);
    const MetricSummary s = repeats.summary(metric.key);
    const MeanSd& d = s.differenceOf(method);
    const QString name = inSentence(method), other = inSentence(repeats.baseline);
    if (!std::isfinite(d.mean) || !std::isfinite(d.ciHalfWidth))
        return QStringLiteral("%1 is not available for %2").arg(metric.name, name);
    const QString numbers =
        QStringLiteral("mean %1 vs %2; difference %3, 95 % interval %4 to %5")
            .arg(MetricFormat::value(s.of(method).mean),
                 MetricFormat::value(s.of(repeats.baseline).mean), MetricFormat::difference(d.mean),
                 MetricFormat::difference(d.mean - d.ciHalfWidth),
                 MetricFormat::difference(d.mean + d.ciHalfWidth));
    if (std::abs(d.mean) <= d.ciHalfWidth)
        return QStringLiteral(
                   "on %1, %2 and %3 cannot be told apart from the seed-to-seed noise "
                   "(%4)")
            .arg(metric.name, name, other, numbers);
    const bool better = m.higherIsBetter ? d.mean > 0 : d.mean < 0;
    return QStringLiteral("%1 scores %2 than %3 on %4, beyond the seed-to-seed noise (%5)")
        .arg(name, better ? QStringLiteral("better") : QStringLiteral("worse"), other, metric.name,
             numbers);
}

}  // namespace

Config givenConfig(const ReportInput& input) {
    if (!input.repeats || input.repeats->repeats() < 2) return input.result.config;
    return configForRepeat(input.repeats->last.config, -(input.repeats->repeats() - 1));
}

int runCount(const ReportInput& input) {
    return input.repeats ? std::max(1, input.repeats->repeats()) : 1;
}

QString sourceText(const ReportInput& input) {
    const Result& result = input.result;
    if (result.config.data.source == DataSource::Blobs) {
        const std::uint64_t seed = givenConfig(input).data.seed;
        const int runs = runCount(input);
        return runs > 1 ? QStringLiteral("generated blobs (seeds %1 \u2026 %2)")
                              .arg(seed)
                              .arg(seed + std::uint64_t(runs - 1))
                        : QStringLiteral("generated blobs (seed %1)").arg(seed);
    }
    if (!input.sourceName.isEmpty()) return input.sourceName;
    return QFileInfo(QString::fromStdString(result.config.data.path)).fileName();
}

QString methodsText(const Result& result) {
    QStringList names;
    for (const SpaceResult& space : result.spaces)
        names << (space.method == "autoencoder"
                      ? QStringLiteral("autoencoder")
                      : QString::fromUtf8(methodInfo(space.method).title));
    return listed(names);
}

QString verdictText(const ReportInput& input) {
    const Result& result = input.result;
    std::vector<Compared> compared;
    if (result.data.hasLabels())
        compared.push_back(
            {"ari", QStringLiteral("the adjusted Rand index against the true labels")});
    compared.push_back(
        {"silhouette_input",
         QStringLiteral("the silhouette of its clusters in the scaled input space")});
    QString text = setupSentence(input) + QLatin1Char(' ');
    if (result.spaces.size() < 2) {
        text += QStringLiteral("With one method there is nothing to compare it with.");
    } else if (runCount(input) > 1) {
        QStringList clauses;
        for (const std::string& method : input.repeats->methods) {
            if (method == input.repeats->baseline) continue;
            for (const Compared& metric : compared)
                clauses << repeatsClause(*input.repeats, method, metric);
        }
        text += QStringLiteral("Over %1 seeds, %2.")
                    .arg(runCount(input))
                    .arg(clauses.join(QStringLiteral("; ")));
    } else {
        const SpaceResult& baseline = result.baseline();
        QStringList clauses;
        for (const SpaceResult& space : result.spaces) {
            if (&space == &baseline) continue;
            for (const Compared& metric : compared)
                clauses << singleRunClause(space, baseline, metric);
        }
        text += capitalised(clauses.join(QStringLiteral("; "))) + QStringLiteral(". ");
        text += QStringLiteral(
            "These numbers come from a single seed, and differences of this size can come from "
            "the seed alone: run with repeats (latentlab-cli run --repeats 5) to see the spread.");
    }
    if (!result.data.hasLabels())
        text += QStringLiteral(" The data have no true labels, so ARI and NMI are not available.");
    return text;
}

}  // namespace latentlab::report
