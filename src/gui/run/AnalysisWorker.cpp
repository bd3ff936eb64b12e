#include "AnalysisWorker.h"

#include "DatasetLoader.h"
#include "Errors.h"
#include "NumberFormat.h"
#include "WorkerOutcome.h"

#include <algorithm>
#include <cmath>

namespace latentlab::gui {

AnalysisWorker::AnalysisWorker(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const latentlab::KSweep>>();
    qRegisterMetaType<std::shared_ptr<const latentlab::RepeatsResult>>();
    qRegisterMetaType<std::shared_ptr<const latentlab::ResolutionSweep>>();
}

void AnalysisWorker::begin(int jobId) {
    m_jobId = jobId;
    m_sweptRange.clear();
    m_sweptCount = 0;
    m_repeats = m_repeat = 0;
    m_stage.clear();
    m_lastText.clear();
    m_sinceReport.invalidate();
}

template <typename Work>
void AnalysisWorker::guarded(Work&& work) {
    runReportingOutcome(
        [&] {
            if (shouldStop()) throw Cancelled();  // superseded while it waited in the queue
            work();
        },
        [this] { emit cancelled(m_jobId); },
        [this](const QString& message) { emit failed(m_jobId, message); });
}

void AnalysisWorker::sweep(const SweepJob& job) {
    begin(job.id);
    m_sweptRange = tr("k = %1\u2026%2").arg(job.kMin).arg(job.kMax);
    m_sweptCount = job.kMax - job.kMin + 1;
    guarded([&] {
        if (!job.result) throw ConfigError("there is no result to sweep k on: run first");
        report(0.0, true);
        auto result = std::make_shared<const KSweep>(sweepK(*job.result, job.kMin, job.kMax, this));
        emit sweepFinished(m_jobId, std::move(result));
    });
}

void AnalysisWorker::sweepResolutions(const ResolutionSweepJob& job) {
    begin(job.id);
    m_sweptCount = int(job.resolutions.size());
    if (!job.resolutions.empty()) {
        const auto text = [](double value) {
            return report::NumberFormat::significant(value, 4, true);
        };
        m_sweptRange = tr("resolution %1\u2026%2")
                           .arg(text(job.resolutions.front()), text(job.resolutions.back()));
    }
    guarded([&] {
        if (!job.result)
            throw ConfigError("there is no result to sweep the resolution on: run first");
        report(0.0, true);
        auto result = std::make_shared<const ResolutionSweep>(
            sweepResolution(*job.result, job.resolutions, this));
        emit resolutionSweepFinished(m_jobId, std::move(result));
    });
}

void AnalysisWorker::repeat(const RepeatsJob& job) {
    begin(job.id);
    m_repeats = job.repeats;
    guarded([&] {
        std::shared_ptr<const Dataset> data = job.data;
        if (!data && job.config.data.source != DataSource::Blobs) {
            m_stage = tr("reading file");
            report(0.0, true);
            // The run's own import (options included), so the repeats see the same table.
            data = std::make_shared<const Dataset>(io::loadDataset(job.config.data));
        }
        // Each repeat's pipeline opens with this stage, which is how the repeats are counted.
        m_firstStage = data ? Stage::Scale : Stage::Generate;
        auto result = std::make_shared<const RepeatsResult>(
            runRepeats(job.config, job.repeats, data.get(), this));
        emit repeatsFinished(m_jobId, std::move(result));
    });
}

void AnalysisWorker::requestStop(int jobId) {
    int current = m_stopUpTo.load();
    while (current < jobId && !m_stopUpTo.compare_exchange_weak(current, jobId)) {
    }
}

void AnalysisWorker::stageStarted(Stage stage) {
    if (m_repeats == 0) return;
    if (stage == m_firstStage) m_repeat = std::min(m_repeat + 1, m_repeats);
    m_stage = QString::fromLatin1(toString(stage));
}

void AnalysisWorker::progress(double fraction) { report(fraction, false); }

bool AnalysisWorker::shouldStop() { return m_jobId <= m_stopUpTo.load(); }

void AnalysisWorker::report(double fraction, bool force) {
    QString text;
    if (m_repeats > 0) {
        text = tr("repeat %1 of %2").arg(std::max(1, m_repeat)).arg(m_repeats);
        if (!m_stage.isEmpty()) text += QStringLiteral(" \u00b7 ") + m_stage;
    } else {
        const int count = m_sweptCount;
        const int done = std::clamp(int(std::lround(fraction * count)), 0, count);
        text = tr("%1: %2 of %3 done").arg(m_sweptRange).arg(done).arg(count);
    }
    const bool changed = text != m_lastText;
    if (!force && !changed && m_sinceReport.isValid() &&
        m_sinceReport.elapsed() < kProgressIntervalMs)
        return;
    m_lastText = text;
    m_sinceReport.start();
    emit progressChanged(m_jobId, std::clamp(fraction, 0.0, 1.0), text);
}

}  // namespace latentlab::gui
