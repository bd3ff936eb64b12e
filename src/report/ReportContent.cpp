#include "ReportContent.h"

#include "ComparisonTables.h"
#include "MethodRegistry.h"
#include "MetricFormat.h"
#include "PreprocessingTable.h"
#include "ReportPlots.h"
#include "ReportTables.h"
#include "ReportVerdict.h"
#include "ScatterFigure.h"
#include "WarningText.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace latentlab::report {

namespace {

/// The loss curve, the held-out loss and the training's warnings.
void trainingBlocks(const Result& result, LossAxis axis, std::vector<ReportBlock>& blocks) {
    blocks.push_back(ReportBlock::ofFigures({lossFigure(result.loss, axis)}));
    if (!result.validationLoss.empty() && !result.loss.empty()) {
        const auto best =
            std::min_element(result.validationLoss.begin(), result.validationLoss.end());
        blocks.push_back(ReportBlock::paragraph(
            QStringLiteral("%1 rows were held out of training; their loss fell to %2 at best "
                           "(epoch %3), against a final training loss of %4.")
                .arg(result.training.validationRows)
                .arg(NumberFormat::metric(*best))
                .arg(int(best - result.validationLoss.begin()) + 1)
                .arg(NumberFormat::metric(result.loss.back()))));
    }
    // Said where the autoencoder's numbers are read: they are not a normal result.
    for (const TrainingWarning& warning : result.warnings)
        blocks.push_back(ReportBlock::note(warningLine(warning)));
}

}  // namespace

ReportDocument buildReportDocument(const ReportInput& input) {
    const Result& result = input.result;
    const QLocale english(QLocale::English);
    ReportDocument doc;
    doc.title =
        QStringLiteral("LatentLab report: %1 before %2")
            .arg(methodsText(result), result.config.clustering.method == ClusteringMethod::KMeans
                                          ? QStringLiteral("k-means")
                                          : QStringLiteral("Leiden"));
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
                           "below show one run, the last (every seed of the first plus %2). The "
                           "repeats table summarises all of them.")
                .arg(runCount(input))
                .arg(runCount(input) - 1)));
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

    if (result.find("autoencoder")) {
        heading(QStringLiteral("Training"));
        trainingBlocks(result, input.lossAxis, blocks);
    }

    heading(QStringLiteral("Latent spaces"));
    // Two figures to a row, so four spaces stay as large as two.
    std::vector<ReportFigure> row;
    for (const SpaceResult& space : result.spaces) {
        const MethodInfo& info = methodInfo(space.method);
        const QString prefix = QString::fromUtf8(info.axisPrefix);
        row.push_back(scatterFigure(result, space,
                                    QStringLiteral("%1 latent space").arg(info.title),
                                    prefix + QStringLiteral(" 1"), prefix + QStringLiteral(" 2")));
        if (row.size() == 2) blocks.push_back(ReportBlock::ofFigures(std::move(row))), row = {};
    }
    if (!row.empty()) blocks.push_back(ReportBlock::ofFigures(std::move(row)));
    for (const SpaceResult& space : result.spaces) {
        if (!space.note.empty())
            blocks.push_back(ReportBlock::note(QStringLiteral("%1: %2").arg(
                methodInfo(space.method).title, QString::fromStdString(space.note))));
    }

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
        for (const SpaceResult& space : result.spaces) {
            blocks.push_back(
                ReportBlock::subheading(QString::fromUtf8(methodInfo(space.method).title)));
            blocks.push_back(ReportBlock::ofTable(confusionTable(space, result.data)));
        }
    } else {
        blocks.push_back(ReportBlock::note(QStringLiteral(
            "The data have no true labels, so there is nothing to compare the clusters with.")));
    }

    if (input.sweep) {
        heading(QStringLiteral("k sweep"));
        blocks.push_back(ReportBlock::ofFigures(sweepFigures(*input.sweep)));
        blocks.push_back(ReportBlock::ofTable(sweepTable(*input.sweep)));
    }
    if (input.resolutionSweep) {
        heading(QStringLiteral("Resolution sweep (Leiden)"));
        blocks.push_back(ReportBlock::ofFigures(resolutionSweepFigures(*input.resolutionSweep)));
        blocks.push_back(ReportBlock::ofTable(resolutionSweepTable(*input.resolutionSweep)));
    }

    heading(QStringLiteral("Versions"));
    blocks.push_back(ReportBlock::ofTable(versionsTable(result)));
    return doc;
}

}  // namespace latentlab::report
