#include "ReportContent.h"

#include "MetricFormat.h"
#include "PreprocessingTable.h"
#include "ReportPlots.h"
#include "ReportTables.h"
#include "ScatterFigure.h"
#include "WarningText.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace latentlab::report {

namespace {

struct Compared {
    const char* key;
    QString name;  ///< as the sentence uses it
};

/// The settings as given: with repeats, those of the first repeat (repeat r adds r to every
/// seed, and unsigned arithmetic undoes that exactly).
Config givenConfig(const ReportInput& input) {
    if (!input.repeats || input.repeats->pca.size() < 2) return input.result.config;
    return configForRepeat(input.repeats->last.config, -int(input.repeats->pca.size() - 1));
}

int runCount(const ReportInput& input) {
    return input.repeats ? std::max(1, int(input.repeats->pca.size())) : 1;
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

QString setupSentence(const ReportInput& input) {
    const Result& r = input.result;
    const AutoencoderConfig& ae = r.config.autoencoder;
    QStringList widths;
    widths << QString::number(r.data.columns());
    for (int width : ae.encoder) widths << QString::number(width);
    widths << QString::number(ae.latent);
    return QStringLiteral(
               "LatentLab compared PCA (%1 components) with a %2 %3 autoencoder (%4, learning "
               "rate %5, %6 epochs) as the step before k-means with k = %7, on %9 rows \u00d7 "
               "%10 columns of %8.")
        .arg(r.config.pca.components)
        .arg(widths.join(QStringLiteral("\u2192")), QString::fromLatin1(toString(ae.activation)),
             QString::fromLatin1(toString(ae.optimizer)).toUpper(),
             NumberFormat::data(ae.learningRate))
        .arg(ae.epochs)
        .arg(r.config.kmeans.k)
        .arg(sourceText(input), NumberFormat::count(r.data.rows()))
        .arg(r.data.columns());
}

const MetricInfo& info(const char* key) {
    for (const MetricInfo& metric : metricCatalog())
        if (std::string(metric.key) == key) return metric;
    return metricCatalog().front();
}

/// "the autoencoder scores better on ARI (0.8300 vs 0.2240 for PCA)".
QString singleRunClause(const Result& result, const Compared& metric) {
    const MetricInfo& m = info(metric.key);
    const double pca = result.pcaSpace.metrics.*m.member;
    const double ae = result.aeSpace.metrics.*m.member;
    if (!std::isfinite(pca) || !std::isfinite(ae))
        return QStringLiteral("%1 is not available").arg(metric.name);
    if (pca == ae)
        return QStringLiteral("both score the same on %1 (%2)")
            .arg(metric.name, MetricFormat::value(pca));
    const bool aeBetter = m.higherIsBetter ? ae > pca : ae < pca;
    return aeBetter ? QStringLiteral(
                          "the autoencoder's latent space scores better on %1 (%2 vs "
                          "%3 for PCA)")
                          .arg(metric.name, MetricFormat::value(ae), MetricFormat::value(pca))
                    : QStringLiteral("PCA scores better on %1 (%2 vs %3 for the autoencoder)")
                          .arg(metric.name, MetricFormat::value(pca), MetricFormat::value(ae));
}

/// Over repeats: whether the paired difference's 95 % interval excludes zero.
QString repeatsClause(const RepeatsResult& repeats, const Compared& metric) {
    const MetricInfo& m = info(metric.key);
    const MetricSummary s = repeats.summary(metric.key);
    const MeanSd& d = s.difference;
    if (!std::isfinite(d.mean) || !std::isfinite(d.ciHalfWidth))
        return QStringLiteral("%1 is not available").arg(metric.name);
    const QString numbers =
        QStringLiteral(
            "mean %1 for the autoencoder vs %2 for PCA; AE \u2212 PCA %3, 95 % "
            "interval %4 to %5")
            .arg(MetricFormat::value(s.autoencoder.mean), MetricFormat::value(s.pca.mean),
                 MetricFormat::difference(d.mean), MetricFormat::difference(d.mean - d.ciHalfWidth),
                 MetricFormat::difference(d.mean + d.ciHalfWidth));
    if (std::abs(d.mean) <= d.ciHalfWidth)
        return QStringLiteral("on %1 the two cannot be told apart from the seed-to-seed noise (%2)")
            .arg(metric.name, numbers);
    const bool aeBetter = m.higherIsBetter ? d.mean > 0 : d.mean < 0;
    return QStringLiteral("%1 scores better on %2, beyond the seed-to-seed noise (%3)")
        .arg(aeBetter ? QStringLiteral("the autoencoder") : QStringLiteral("PCA"), metric.name,
             numbers);
}

QString capitalised(QString text) {
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

}  // namespace

QString verdictText(const ReportInput& input) {
    const Result& result = input.result;
    std::vector<Compared> compared;
    if (result.data.hasLabels())
        compared.push_back(
            {"ari", QStringLiteral("the adjusted Rand index against the true labels")});
    compared.push_back(
        {"silhouette_input",
         QStringLiteral("the silhouette of its clusters in the scaled input space")});
    const int runs = runCount(input);
    QString text = setupSentence(input) + QLatin1Char(' ');
    if (runs > 1) {
        QStringList clauses;
        for (const Compared& metric : compared) clauses << repeatsClause(*input.repeats, metric);
        text +=
            QStringLiteral("Over %1 seeds, %2.").arg(runs).arg(clauses.join(QStringLiteral("; ")));
    } else {
        QStringList clauses;
        for (const Compared& metric : compared) clauses << singleRunClause(result, metric);
        text += capitalised(clauses.join(QStringLiteral("; "))) + QStringLiteral(". ");
        text += QStringLiteral(
            "These numbers come from a single seed, and differences of this size can come from "
            "the seed alone: run with repeats (latentlab-cli run --repeats 5) to see the spread.");
    }
    if (!result.data.hasLabels())
        text += QStringLiteral(" The data have no true labels, so ARI and NMI are not available.");
    return text;
}

ReportDocument buildReportDocument(const ReportInput& input) {
    const Result& result = input.result;
    const QLocale english(QLocale::English);
    ReportDocument doc;
    doc.title = QStringLiteral("LatentLab report: PCA vs. autoencoder before k-means");
    doc.subtitle = QStringLiteral("%1 \u00b7 %2 \u00b7 LatentLab %3")
                       .arg(sourceText(input),
                            english.toString(QDateTime::currentDateTime(),
                                             QStringLiteral("d MMMM yyyy, HH:mm")),
                            QStringLiteral(LATENTLAB_VERSION));
    doc.runningHead = QStringLiteral("LatentLab report \u00b7 %1").arg(sourceText(input));
    auto& blocks = doc.blocks;
    int section = 0;
    auto heading = [&](const QString& text) {
        blocks.push_back(ReportBlock::heading(QStringLiteral("%1  %2").arg(++section).arg(text)));
    };

    heading(QStringLiteral("Summary"));
    blocks.push_back(ReportBlock::paragraph(verdictText(input)));

    heading(QStringLiteral("Configuration"));
    const Config config = givenConfig(input);
    blocks.push_back(ReportBlock::ofTable(configTable(config)));
    blocks.push_back(ReportBlock::subheading(QStringLiteral("Seeds")));
    blocks.push_back(ReportBlock::ofTable(seedsTable(config, runCount(input))));

    heading(QStringLiteral("Data"));
    if (runCount(input) > 1) {
        blocks.push_back(ReportBlock::note(
            QStringLiteral("Each of the %1 runs used its own seeds (and, for generated data, its "
                           "own blobs). The data, plots, metrics table and confusion matrices "
                           "below show one run: data seed %2, autoencoder seed %3, k-means seed "
                           "%4. The repeats table summarises all of them.")
                .arg(runCount(input))
                .arg(result.config.data.seed)
                .arg(result.config.autoencoder.seed)
                .arg(result.config.kmeans.seed)));
    }
    blocks.push_back(ReportBlock::ofTable(dataTable(result, input.sourceName)));
    if (result.data.expression) {
        blocks.push_back(ReportBlock::subheading(QStringLiteral("Preprocessing")));
        blocks.push_back(ReportBlock::ofTable(preprocessingTable(result)));
    }
    if (result.data.hasLabels()) {
        blocks.push_back(ReportBlock::subheading(QStringLiteral("Rows per class")));
        blocks.push_back(ReportBlock::ofTable(classesTable(result.data)));
    }
    blocks.push_back(ReportBlock::subheading(QStringLiteral("Columns")));
    blocks.push_back(ReportBlock::ofTable(columnsTable(result.data)));

    heading(QStringLiteral("Training"));
    blocks.push_back(ReportBlock::ofFigures({lossFigure(result.loss, input.lossAxis)}));
    if (!result.validationLoss.empty())
        blocks.push_back(ReportBlock::paragraph(
            QStringLiteral("%1 rows were held out of training; their loss fell to %2 at best "
                           "(epoch %3), against a final training loss of %4.")
                .arg(result.training.validationRows)
                .arg(NumberFormat::metric(
                    *std::min_element(result.validationLoss.begin(), result.validationLoss.end())))
                .arg(int(std::min_element(result.validationLoss.begin(),
                                          result.validationLoss.end()) -
                         result.validationLoss.begin()) +
                     1)
                .arg(NumberFormat::metric(result.loss.back()))));
    // Said where the autoencoder's numbers are read: they are not a normal result.
    for (const TrainingWarning& warning : result.warnings)
        blocks.push_back(ReportBlock::note(warningLine(warning)));

    heading(QStringLiteral("Latent spaces"));
    blocks.push_back(ReportBlock::ofFigures(
        {scatterFigure(result, result.pcaSpace, QStringLiteral("PCA latent space"),
                       QStringLiteral("PC 1"), QStringLiteral("PC 2")),
         scatterFigure(result, result.aeSpace, QStringLiteral("Autoencoder latent space"),
                       QStringLiteral("z1"), QStringLiteral("z2"))}));

    heading(QStringLiteral("Metrics"));
    blocks.push_back(ReportBlock::ofTable(metricsTable(result)));
    if (runCount(input) > 1) {
        blocks.push_back(
            ReportBlock::subheading(QStringLiteral("Repeats: %1 seeds").arg(runCount(input))));
        blocks.push_back(ReportBlock::ofTable(repeatsTable(*input.repeats)));
    }
    blocks.push_back(ReportBlock::subheading(QStringLiteral("What the metrics mean")));
    blocks.push_back(ReportBlock::ofTable(metricGlossary()));

    heading(QStringLiteral("Confusion matrices"));
    if (result.data.hasLabels()) {
        blocks.push_back(ReportBlock::subheading(QStringLiteral("PCA")));
        blocks.push_back(ReportBlock::ofTable(confusionTable(result.pcaSpace, result.data)));
        blocks.push_back(ReportBlock::subheading(QStringLiteral("Autoencoder")));
        blocks.push_back(ReportBlock::ofTable(confusionTable(result.aeSpace, result.data)));
    } else {
        blocks.push_back(ReportBlock::note(QStringLiteral(
            "The data have no true labels, so there is nothing to compare the clusters with.")));
    }

    if (input.sweep) {
        heading(QStringLiteral("k sweep"));
        blocks.push_back(ReportBlock::ofFigures(sweepFigures(*input.sweep)));
        blocks.push_back(ReportBlock::ofTable(sweepTable(*input.sweep)));
    }

    heading(QStringLiteral("Versions"));
    blocks.push_back(ReportBlock::ofTable(versionsTable(result)));
    return doc;
}

}  // namespace latentlab::report
