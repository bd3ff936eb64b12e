#include "GridCommand.h"

#include "ConfigJson.h"
#include "FinishedRun.h"
#include "GridResume.h"
#include "HistoryCsv.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "LocalJobs.h"
#include "MethodRegistry.h"
#include "PrintableText.h"
#include "SlurmScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace latentlab::cli {
namespace {

QString configFile(const QString& dir, const GridRun& run) {
    return QDir(dir).filePath("configs/" + run.name + ".json");
}

/// "pca ARI 0.912, autoencoder ARI 0.874" (the latent silhouette where there are no labels).
QString metricsSummary(const io::HistoryRow& row) {
    QStringList parts;
    for (std::size_t m = 0; m < row.methods.size(); ++m) {
        const MethodMetrics& metrics = row.spaces[m];
        const bool ari = std::isfinite(metrics.ari);
        const double value = ari ? metrics.ari : metrics.silhouetteLatent;
        if (!std::isfinite(value)) continue;
        parts << QStringLiteral("%1 %2 %3")
                     .arg(QString::fromStdString(row.methods[m]), ari ? "ARI" : "silhouette")
                     .arg(value, 0, 'f', 3);
    }
    return parts.join(", ");
}

/// The child's own error line, without its "latentlab-cli: error: " prefix.
QString lastLine(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()) return {};
    QString line = lines.back().trimmed();
    if (line.startsWith("latentlab-cli: error: ")) line = line.mid(22);
    return line;
}

QString someNames(const QStringList& names) {
    if (names.size() <= 5) return names.join(", ");
    return names.mid(0, 4).join(", ") + QStringLiteral(" and %1 more").arg(names.size() - 4);
}

}  // namespace

QString GridCommand::runFolder(const GridRun& run) const { return QDir(m_dir).filePath(run.name); }

void GridCommand::print(const QString& text, std::FILE* stream) const {
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

void GridCommand::writeConfigs(const std::vector<GridRun>& runs) const {
    const QString configs = QDir(m_dir).filePath("configs");
    if (!QDir().mkpath(configs))
        throw io::WriteError("cannot create the folder " + configs.toStdString());
    QSet<QString> names;
    for (const GridRun& run : runs) {
        io::writeJsonObject(configFile(m_dir, run), io::configToJson(run.config));
        names.insert(run.name + ".json");
    }
    // An earlier, larger grid's configs would otherwise be taken for part of this one.
    for (const QString& name : QDir(configs).entryList({"run-*.json"}, QDir::Files))
        if (!names.contains(name)) QFile::remove(QDir(configs).filePath(name));
}

void GridCommand::writeSlurmScript(const std::vector<GridRun>& runs, int finished) const {
    const QString program = QCoreApplication::applicationFilePath();
    for (const QString& path : {m_dir, program}) {
        if (path.contains('\n') || path.contains('\r'))
            throw UsageError(printable(path.toStdString()) +
                             ": a path with a line break cannot go into a SLURM script");
    }
    const QString script = QFileInfo(m_line.slurmScript).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(script).absolutePath()))
        throw io::WriteError("cannot create the folder of " + script.toStdString());
    io::writeFileAtomically(
        script, slurmScript({program, m_dir, int(runs.size()), m_line.repeats}).toUtf8());
    QFile::setPermissions(
        script, QFile::permissions(script) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    QString text =
        QStringLiteral("wrote %1 configs to %2 and the SLURM array job %3 (tasks 0-%4)\n")
            .arg(runs.size())
            .arg(QDir::toNativeSeparators(QDir(m_dir).filePath("configs")),
                 QDir::toNativeSeparators(script))
            .arg(runs.size() - 1);
    if (finished > 0)
        text +=
            QStringLiteral("%1 of them finished already: their tasks end at once\n").arg(finished);
    text += "submit with:  sbatch " + shellWord(script) + "\n";
    text += "afterwards:   latentlab-cli merge " + shellWord(m_dir) + "   (writes history.csv)\n";
    print(text, m_out);
}

QStringList GridCommand::runHere(const std::vector<GridRun>& runs,
                                 const std::vector<bool>& finished) const {
    const int total = int(runs.size());
    const auto label = [total](const GridRun& run) {
        return QStringLiteral("run %1/%2").arg(run.name.mid(4).toInt()).arg(total);
    };
    std::vector<LocalJob> jobs;
    std::vector<const GridRun*> jobRuns;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        if (finished[r]) {
            print(label(runs[r]) + " skipped: finished already\n", m_out);
            continue;
        }
        const QString folder = runFolder(runs[r]);
        if (!QDir().mkpath(folder))
            throw io::WriteError("cannot create the folder " + folder.toStdString());
        LocalJob job;
        job.arguments = QStringList{"run", "--config", configFile(m_dir, runs[r]), "--out", folder};
        if (m_line.repeats > 0) job.arguments << "--repeats" << QString::number(m_line.repeats);
        job.stdoutFile = QDir(folder).filePath("stdout.log");
        job.stderrFile = QDir(folder).filePath("stderr.log");
        jobs.push_back(job);
        jobRuns.push_back(&runs[r]);
    }
    const int parallel = m_line.jobs > 0 ? m_line.jobs : std::max(1, QThread::idealThreadCount());
    if (!jobs.empty())
        print(QStringLiteral("running %1 of %2 runs, %3 at a time\n")
                  .arg(jobs.size())
                  .arg(total)
                  .arg(std::min<int>(parallel, int(jobs.size()))),
              m_out);
    QStringList failed;
    LocalJobs(QCoreApplication::applicationFilePath(), parallel)
        .run(jobs, [&](std::size_t index, const JobOutcome& outcome) {
            const GridRun& run = *jobRuns[index];
            const QString head = label(run);
            const QString settings =
                run.varied.isEmpty() ? QString() : " (" + run.varied.join(", ") + ")";
            QString said;
            if (outcome.succeeded) {
                try {
                    const io::HistoryRow row = io::readFinishedRun(runFolder(run));
                    print(QStringLiteral("%1 done in %2 s%3: %4\n")
                              .arg(head)
                              .arg(outcome.seconds, 0, 'f', 1)
                              .arg(settings, metricsSummary(row)),
                          m_out);
                    return;
                } catch (const Error& error) {  // not thrown through Qt's event loop
                    said = QString::fromStdString(error.what());
                }
            }
            failed << run.name;
            const QString why = !outcome.problem.isEmpty() ? "(" + outcome.problem + ")"
                                : outcome.succeeded
                                    ? QStringLiteral("(unreadable results)")
                                    : QStringLiteral("with exit %1").arg(outcome.exitCode);
            if (said.isEmpty()) said = lastLine(jobs[index].stderrFile);
            print(QStringLiteral("%1 failed %2%3%4\n")
                      .arg(head, why, settings, said.isEmpty() ? QString() : ": " + said),
                  m_err);
        });
    std::sort(failed.begin(), failed.end());
    return failed;
}

void GridCommand::writeHistory(const std::vector<GridRun>& runs, const QStringList& failed) const {
    std::vector<io::HistoryRow> rows;
    for (const GridRun& run : runs)
        if (!failed.contains(run.name) && io::hasRunFiles(runFolder(run)))
            rows.push_back(io::readFinishedRun(runFolder(run)));
    io::writeFileAtomically(QDir(m_dir).filePath("history.csv"), io::historyCsv(rows));
}

void GridCommand::execute() {
    const std::vector<GridRun> runs = planGrid(m_line);
    m_dir = QFileInfo(m_line.outDir).absoluteFilePath();
    if (QFileInfo(m_dir).exists() && !QFileInfo(m_dir).isDir())
        throw UsageError("--out " + printable(m_line.outDir.toStdString()) +
                         " is a file, not a folder");
    std::vector<bool> finished;
    for (const GridRun& run : runs)
        finished.push_back(finishedAsPlanned(runFolder(run), run.config, m_line.repeats));
    const int alreadyDone = int(std::count(finished.begin(), finished.end(), true));
    writeConfigs(runs);
    if (!m_line.slurmScript.isEmpty()) {
        writeSlurmScript(runs, alreadyDone);
        return;
    }
    const QStringList failed = runHere(runs, finished);
    writeHistory(runs, failed);
    const int total = int(runs.size());
    print(QStringLiteral("%1 runs: %2 done, %3 skipped (finished already), %4 failed; wrote %5\n")
              .arg(total)
              .arg(total - alreadyDone - failed.size())
              .arg(alreadyDone)
              .arg(failed.size())
              .arg(QDir::toNativeSeparators(QDir(m_dir).filePath("history.csv"))),
          m_out);
    if (failed.isEmpty()) return;
    throw Error(std::to_string(failed.size()) + " of " + std::to_string(total) + " runs failed (" +
                printable(someNames(failed).toStdString()) +
                "; see their stderr.log); run the same grid again to retry them");
}

}  // namespace latentlab::cli
