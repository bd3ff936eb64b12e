#include "PipelineWorker.h"

#include <limits>

#include "DatasetLoader.h"
#include "Errors.h"
#include "MethodRegistry.h"
#include "Pipeline.h"
#include "ReplayRecorder.h"
#include "WorkerOutcome.h"

#include <QFileInfo>
#include <QThread>
#include <chrono>
#include <cmath>

namespace latentlab::gui {

PipelineWorker::PipelineWorker(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const latentlab::Result>>();
    qRegisterMetaType<std::shared_ptr<const Eigen::MatrixXd>>();
    qRegisterMetaType<std::shared_ptr<const latentlab::Dataset>>();
    qRegisterMetaType<std::shared_ptr<const latentlab::Replay>>();
}

void PipelineWorker::run(const PipelineJob& job) {
    m_jobId = job.id;
    m_config = job.config;
    m_rows = job.data ? job.data->rows() : job.config.data.samples;
    m_steps = 0;
    m_paced = false;
    m_epochsPerSecond = job.epochsPerSecond;
    m_stop = false;
    m_sinceSnapshot.invalidate();
    m_sinceEpoch.invalidate();
    m_inTraining = false;
    m_snapshotDue = false;
    runReportingOutcome(
        [&] {
            std::shared_ptr<const Dataset> data = job.data;
            if (!data && job.config.data.source != DataSource::Blobs) {
                io::ImportReport report;
                try {
                    data = std::make_shared<const Dataset>(io::loadDataset(
                        job.config.data, &report,
                        [&](io::LoadStep step) { reportLoadStep(job.config.data, step); }));
                } catch (const latentlab::Error&) {
                    emit importFailed(m_jobId);
                    throw;
                }
                emit dataLoaded(m_jobId, data);
                emit dataImported(m_jobId, QString::fromStdString(report.summary()),
                                  QString::fromStdString(report.missingSummary()));
            }
            // The recorder passes every call on to this worker first, unchanged.
            ReplayRecorder recorder(this);
            Result result = data ? runPipeline(job.config, *data, &recorder)
                                 : runPipeline(job.config, &recorder);
            emit replayRecorded(m_jobId, std::make_shared<const Replay>(recorder.replay()));
            emit finished(m_jobId, std::make_shared<const Result>(std::move(result)));
        },
        [this] { emit cancelled(m_jobId); },
        [this](const QString& message) { emit failed(m_jobId, message); });
}

void PipelineWorker::reportLoadStep(const DataConfig& config, io::LoadStep step) {
    const QString name = config.source == DataSource::Counts
                             ? tr("simulated counts")
                             : QFileInfo(QString::fromStdString(config.path)).fileName();
    emit stageChanged(
        m_jobId, int(Stage::Generate),
        step == io::LoadStep::Reading
            ? (config.source == DataSource::Counts ? tr("simulating counts")
                                                   : tr("reading %1").arg(name))
            : tr("preprocessing %1 (filters, normalize_total, gene selection)").arg(name));
    emit progressChanged(m_jobId, kBusy);  // neither step can say how far it is
}

void PipelineWorker::requestStop() {
    m_stop = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_wake.notify_all();
}

void PipelineWorker::setPaused(bool paused) {
    m_paused = paused;
    if (!paused) m_stepsAllowed = 0;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_wake.notify_all();
}

void PipelineWorker::stepOneEpoch() {
    m_stepsAllowed = 1;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_wake.notify_all();
}

void PipelineWorker::stageStarted(Stage stage) {
    if (stage != Stage::Fit) m_inTraining = false;
    emit stageChanged(m_jobId, int(stage), QString::fromLatin1(toString(stage)));
}

void PipelineWorker::progress(double fraction) { emit progressChanged(m_jobId, fraction); }

void PipelineWorker::dataReady(const Dataset& data) {
    m_rows = data.rows();
    emit dataAvailable(m_jobId, std::make_shared<const Dataset>(data));
}

void PipelineWorker::methodStarted(const std::string& method) {
    const MethodInfo* info = findMethod(method);
    // How many steps the method reports, for "epoch 120 of 500" and the last snapshot.
    m_steps = 0;
    if (method == "autoencoder")
        m_steps = m_config.autoencoder.epochs;
    else if (method == "umap")
        m_steps = umapEpochs(m_config.umap, m_rows);
    else if (method == "tsne")
        m_steps = m_config.tsne.iterations;
    m_inTraining = info && info->animates;
    // Only epochs with a loss are paced: the slider is the AE's "epochs per second".
    m_paced = false;
    m_sinceSnapshot.invalidate();
    m_sinceEpoch.start();
    emit methodBegan(m_jobId, QString::fromStdString(method), m_steps);
    emit stageChanged(m_jobId, int(Stage::Fit),
                      tr("fitting %1").arg(QString::fromUtf8(info ? info->title : method.c_str())));
}

bool PipelineWorker::wantsSnapshot(const std::string& /*method*/, int step) {
    // The first and last steps always; in between at most one snapshot per interval.
    if (step == 1 || step == m_steps || !m_sinceSnapshot.isValid() ||
        m_sinceSnapshot.elapsed() >= kSnapshotIntervalMs) {
        m_sinceSnapshot.start();
        m_snapshotDue = true;
        return true;
    }
    m_snapshotDue = false;
    return false;
}

void PipelineWorker::validationMeasured(int epoch, double loss) {
    m_validationEpoch = epoch;
    m_validationLoss = loss;
}

void PipelineWorker::stepFinished(const std::string& method, int step, double loss,
                                  const Eigen::MatrixXd* embedding) {
    if (std::isfinite(loss)) {
        m_paced = true;
        emit epochCompleted(m_jobId, step, loss,
                            m_validationEpoch == step ? m_validationLoss
                                                      : std::numeric_limits<double>::quiet_NaN());
    }
    if (embedding && m_snapshotDue)
        emit snapshot(m_jobId, QString::fromStdString(method), step,
                      std::make_shared<const Eigen::MatrixXd>(*embedding));
    m_snapshotDue = false;
    if (m_paced) pace();
}

void PipelineWorker::embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) {
    m_inTraining = false;
    emit embeddingAvailable(m_jobId, QString::fromStdString(method),
                            std::make_shared<const Eigen::MatrixXd>(embedding));
}

void PipelineWorker::pace() {
    if (m_epochsPerSecond <= 0.0) return;
    const qint64 interval = qint64(1000.0 / m_epochsPerSecond);
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop && m_sinceEpoch.isValid() && m_sinceEpoch.elapsed() < interval)
        m_wake.wait_for(lock, std::chrono::milliseconds(interval - m_sinceEpoch.elapsed()));
    m_sinceEpoch.start();
}

bool PipelineWorker::shouldStop() {
    waitWhilePaused();
    return m_stop.load();
}

void PipelineWorker::waitWhilePaused() {
    // Pausing is about watching a method learn: it holds the run between its steps only.
    if (!m_paused || !m_inTraining) return;
    if (m_stepsAllowed > 0) {
        --m_stepsAllowed;
        return;
    }
    emit pausedChanged(m_jobId, true);
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait(lock, [this] { return m_stop || !m_paused || m_stepsAllowed > 0; });
    if (m_stepsAllowed > 0) --m_stepsAllowed;
    lock.unlock();
    emit pausedChanged(m_jobId, m_paused.load());
}

}  // namespace latentlab::gui
