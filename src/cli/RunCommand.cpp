#include "RunCommand.h"

#include "Animation.h"
#include "ConfigJson.h"
#include "ConsoleObserver.h"
#include "DatasetLoader.h"
#include "JsonFile.h"
#include "KSweepCsv.h"
#include "MethodRegistry.h"
#include "MetricsTable.h"
#include "NumberFormat.h"
#include "Pipeline.h"
#include "Repeats.h"
#include "Report.h"
#include "ResolutionSweepCsv.h"
#include "RunFolder.h"
#include "SessionFile.h"

#include <QDir>
#include <QFileInfo>

namespace latentlab::cli {
namespace {

/// Absolute, so that config.json still finds the table when run from another folder.
std::string absolutePath(const std::string& path) {
    return path.empty() ? path
                        : QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
}

}  // namespace

/// The preset applied first: --preset, else one named by --set preset=NAME (the config file's
/// own "preset" is read with the file).
std::string RunCommand::presetName() const {
    std::string name = m_line.preset.toStdString();
    for (const QString& setting : m_line.settings) {
        if (!setting.startsWith("preset=")) continue;
        const std::string named = setting.mid(7).trimmed().toStdString();
        if (!name.empty() && named != name)
            throw UsageError("--set preset=" + named + " disagrees with --preset " + name);
        name = named;
    }
    return name;
}

Config RunCommand::resolveConfig() const {
    const std::string preset = presetName();
    Config config = !m_line.configFile.isEmpty() ? io::readConfigFile(m_line.configFile, preset)
                    : preset.empty()             ? Config()
                                                 : io::presetConfig(preset);
    if (!m_line.inputFile.isEmpty()) {
        config.data.source = DataSource::Csv;
        config.data.path = m_line.inputFile.toStdString();
    }
    if (m_line.labelColumn) config.data.labelColumn = m_line.labelColumn->toStdString();
    if (!m_line.labelsFile.isEmpty()) config.data.labelsPath = m_line.labelsFile.toStdString();
    for (const QString& setting : m_line.settings)
        io::applyAssignment(config, setting.toStdString());
    config.data.path = absolutePath(config.data.path);
    config.data.labelsPath = absolutePath(config.data.labelsPath);
    config.validate();
    return config;
}

std::optional<Dataset> RunCommand::loadData(Config& config) const {
    if (config.data.source == DataSource::Blobs) return std::nullopt;
    if (config.data.source == DataSource::Csv && config.data.path.empty())
        throw ConfigError("data.path is empty: data.source = csv needs a file (--input FILE)");
    io::ImportReport report;
    Dataset data = io::loadDataset(config.data, &report);
    // The column actually used, so config.json names it even when it was found by name
    // ("none" and an empty name that found nothing stay as they are).
    if (!report.labelColumn.empty()) config.data.labelColumn = report.labelColumn;
    for (const std::string& said :
         {report.preprocessingSummary(), report.renamedSummary(), report.missingSummary()})
        if (!said.empty()) print(QString::fromStdString(said) + '\n', m_out);
    return data;
}

void RunCommand::checkOutputFolder() const {
    if (m_line.outDir.isEmpty()) return;  // --report alone
    const QFileInfo out(m_line.outDir);
    const std::string shown = m_line.outDir.toStdString();
    if (out.exists() && !out.isDir())
        throw UsageError("--out " + shown + " is a file, not a folder");
    // The folder is created only after a successful run; its nearest existing ancestor must
    // let us do that.
    QFileInfo existing(out.absoluteFilePath());
    while (!existing.exists()) existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir()) {
        throw UsageError("--out " + shown + " cannot be created: " +
                         existing.filePath().toStdString() + " is not a folder");
    }
    if (!existing.isWritable()) {
        throw UsageError("--out " + shown + " cannot be written: " +
                         existing.filePath().toStdString() + " is not writable");
    }
}

void RunCommand::checkEnoughRows(const Config& config) const {
    // Generated data is checked by the pipeline only after generating it; a clear k alone
    // can be checked now, before any progress is printed.
    if (config.data.source == DataSource::Blobs && config.kmeans.k > config.data.samples) {
        throw DataError("k-means with k = " + std::to_string(config.kmeans.k) + " needs at least " +
                        std::to_string(config.kmeans.k) + " rows, data.samples is " +
                        std::to_string(config.data.samples));
    }
}

void RunCommand::print(const QString& text, std::FILE* stream) const {
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

std::optional<KSweep> RunCommand::sweepIfAsked(const Result& result,
                                               PipelineObserver& observer) const {
    if (m_line.sweepFirstK == 0) return std::nullopt;
    print(QStringLiteral("[sweep k %1..%2]\n").arg(m_line.sweepFirstK).arg(m_line.sweepLastK),
          m_err);
    return sweepK(result, m_line.sweepFirstK, m_line.sweepLastK, &observer);
}

void RunCommand::writeSweep(const std::optional<KSweep>& sweep) const {
    if (!sweep || m_line.outDir.isEmpty()) return;
    io::writeFileAtomically(QDir(m_line.outDir).filePath("sweep_k.csv"), io::kSweepCsv(*sweep));
}

std::optional<ResolutionSweep> RunCommand::sweepResolutionIfAsked(
    const Result& result, PipelineObserver& observer) const {
    if (m_line.sweepResolutions.empty() || (m_line.outDir.isEmpty() && m_line.reportFile.isEmpty()))
        return std::nullopt;
    print(QStringLiteral("[sweep resolution %1..%2]\n")
              .arg(m_line.sweepResolutions.front())
              .arg(m_line.sweepResolutions.back()),
          m_err);
    ResolutionSweep sweep = sweepResolution(result, m_line.sweepResolutions, &observer);
    if (!m_line.outDir.isEmpty())
        io::writeFileAtomically(QDir(m_line.outDir).filePath("sweep_resolution.csv"),
                                io::resolutionSweepCsv(sweep));
    return sweep;
}

void RunCommand::saveSessionIfAsked(const Result& result) const {
    if (m_line.saveSession.isEmpty()) return;
    io::SessionFile::save(m_line.saveSession, result);
    print("wrote session " + QDir::toNativeSeparators(m_line.saveSession) + '\n', m_err);
}

void RunCommand::writeReportIfAsked(const Result& result, const std::optional<KSweep>& sweep,
                                    const std::optional<ResolutionSweep>& resolutionSweep,
                                    const RepeatsResult* repeats) const {
    if (m_line.reportFile.isEmpty()) return;
    report::ReportInput input{result, sweep ? &*sweep : nullptr, repeats};
    input.resolutionSweep = resolutionSweep ? &*resolutionSweep : nullptr;
    report::writeReport(input, m_line.reportFile);
    print("wrote report " + QDir::toNativeSeparators(m_line.reportFile) + '\n', m_err);
}

void RunCommand::checkAnimation(const Config& config) const {
    if (m_line.animationFile.isEmpty()) return;
    report::checkAnimationPath(m_line.animationFile);
    for (const std::string& method : config.methods)
        if (methodInfo(method).animates) return;
    std::string chosen;
    for (const std::string& method : config.methods) chosen += (chosen.empty() ? "" : ",") + method;
    throw UsageError("--animation: none of the methods (" + chosen +
                     ") trains step by step; add autoencoder, umap or tsne to methods");
}

void RunCommand::writeAnimationIfAsked(const Result& result, const ReplayRecorder& recorder) const {
    if (m_line.animationFile.isEmpty()) return;
    const report::AnimationInput input = report::animationInput(recorder.replay(), result);
    print(QStringLiteral("[animation] %1 frames\n").arg(input.replay.frameCount()), m_err);
    report::AnimationOptions options;
    options.fps = m_line.animationFps;
    report::writeAnimation(input, m_line.animationFile, options);
    print("wrote animation " + QDir::toNativeSeparators(m_line.animationFile) + '\n', m_err);
}

void RunCommand::execute() {
    Config config = resolveConfig();
    checkOutputFolder();
    if (!m_line.reportFile.isEmpty()) report::checkReportPath(m_line.reportFile);
    checkAnimation(config);
    std::optional<Dataset> data = loadData(config);
    checkEnoughRows(config);
    const int rows = data ? data->rows() : config.data.samples;
    if (m_line.sweepLastK >= rows) {
        throw UsageError("--sweep-k " + std::to_string(m_line.sweepFirstK) + ":" +
                         std::to_string(m_line.sweepLastK) + " needs fewer clusters than rows (" +
                         std::to_string(rows) + ")");
    }

    ConsoleObserver console(m_err, config.autoencoder.epochs, m_line.repeats);
    // Records the animating methods' snapshots only when an animation is asked for.
    ReplayRecorder recorder(&console);
    PipelineObserver& observer =
        m_line.animationFile.isEmpty() ? static_cast<PipelineObserver&>(console) : recorder;
    const io::RunFolder folder(m_line.outDir);
    if (m_line.repeats > 0) {
        const RepeatsResult repeats =
            runRepeats(config, m_line.repeats, data ? &*data : nullptr, &observer);
        const Result& last = repeats.last;
        const std::optional<KSweep> sweep = sweepIfAsked(last, observer);
        if (!m_line.outDir.isEmpty()) folder.write(repeats, config);
        m_wroteExpression = last.data.expression != nullptr;
        saveSessionIfAsked(last);
        writeSweep(sweep);
        const auto resolutionSweep = sweepResolutionIfAsked(last, observer);
        writeReportIfAsked(last, sweep, resolutionSweep, &repeats);
        writeAnimationIfAsked(last, recorder);
        print(runHeadline(last), m_out);
        print(repeatsTable(repeats), m_out);
        if (!last.warnings.empty()) print("\nLast repeat:\n" + warningsText(last.warnings), m_out);
    } else {
        const Result result = data ? runPipeline(config, std::move(*data), &observer)
                                   : runPipeline(config, &observer);
        const std::optional<KSweep> sweep = sweepIfAsked(result, observer);
        if (!m_line.outDir.isEmpty()) folder.write(result);
        m_wroteExpression = result.data.expression != nullptr;
        saveSessionIfAsked(result);
        writeSweep(sweep);
        const auto resolutionSweep = sweepResolutionIfAsked(result, observer);
        writeReportIfAsked(result, sweep, resolutionSweep, nullptr);
        writeAnimationIfAsked(result, recorder);
        print(runHeadline(result), m_out);
        print(metricsTable(methodColumns(result), result.baseline().method), m_out);
        for (const SpaceResult& space : result.spaces) {
            if (!space.note.empty())
                print(QStringLiteral("%1: %2\n")
                          .arg(QString::fromUtf8(methodInfo(space.method).title),
                               QString::fromStdString(space.note)),
                      m_out);
        }
        if (!result.warnings.empty()) print("\n" + warningsText(result.warnings), m_out);
    }
    if (m_line.outDir.isEmpty()) return;
    QStringList written = io::RunFolder::fileNames(m_wroteExpression, config.methods);
    if (m_line.sweepFirstK > 0) written << QStringLiteral("sweep_k.csv");
    if (!m_line.sweepResolutions.empty()) written << QStringLiteral("sweep_resolution.csv");
    print("wrote " + QDir::toNativeSeparators(m_line.outDir) + "/{" + written.join(',') + "}\n",
          m_err);
}

}  // namespace latentlab::cli
