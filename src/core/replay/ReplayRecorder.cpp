#include "ReplayRecorder.h"

#include "MethodRegistry.h"

namespace latentlab {

ReplayRecorder::ReplayRecorder(PipelineObserver* inner, ReplayBudget budget)
    : m_inner(inner), m_budget(budget) {}

void ReplayRecorder::stageStarted(Stage stage) {
    if (m_inner) m_inner->stageStarted(stage);
}

void ReplayRecorder::dataReady(const Dataset& data) {
    if (m_inner) m_inner->dataReady(data);
}

void ReplayRecorder::methodStarted(const std::string& method) {
    if (m_inner) m_inner->methodStarted(method);
    const MethodInfo* info = findMethod(method);
    if (!info || !info->animates) return;
    Recording* recording = nullptr;
    if (ReplayTrack* track = trackOf(method, &recording)) {
        *track = ReplayTrack(method, m_budget);
        *recording = Recording();
        return;
    }
    m_tracks.emplace_back(method, m_budget);
    m_recordings.emplace_back();
}

void ReplayRecorder::progress(double fraction) {
    if (m_inner) m_inner->progress(fraction);
}

bool ReplayRecorder::wantsSnapshot(const std::string& method, int step) {
    // The inner observer is always asked: the GUI's worker keeps its own pace by it.
    const bool inner = m_inner && m_inner->wantsSnapshot(method, step);
    const ReplayTrack* track = trackOf(method);
    return inner || (track && track->wants(step));
}

void ReplayRecorder::validationMeasured(int epoch, double loss) {
    if (m_inner) m_inner->validationMeasured(epoch, loss);
}

void ReplayRecorder::stepFinished(const std::string& method, int step, double loss,
                                  const Eigen::MatrixXd* embedding) {
    if (m_inner) m_inner->stepFinished(method, step, loss, embedding);
    Recording* recording = nullptr;
    ReplayTrack* track = trackOf(method, &recording);
    if (!track) return;
    recording->lastStep = step;
    recording->lastLoss = loss;
    if (embedding) track->add(step, loss, shown(*embedding, recording->plane));
}

void ReplayRecorder::embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) {
    if (m_inner) m_inner->embeddingReady(method, embedding);
    Recording* recording = nullptr;
    ReplayTrack* track = trackOf(method, &recording);
    if (!track) return;
    track->finish(recording->lastStep, recording->lastLoss, shown(embedding, recording->plane));
}

bool ReplayRecorder::shouldStop() { return m_inner && m_inner->shouldStop(); }

ReplayTrack* ReplayRecorder::trackOf(const std::string& method, Recording** recording) {
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].method() != method) continue;
        if (recording) *recording = &m_recordings[i];
        return &m_tracks[i];
    }
    return nullptr;
}

Eigen::MatrixXd ReplayRecorder::shown(const Eigen::MatrixXd& embedding, LatentPlane& plane) {
    if (embedding.cols() > 2) {
        plane = LatentPlane::fit(embedding, &plane);
        return plane.project(embedding);
    }
    // A 1-D space is drawn along x; its y stays 0.
    Eigen::MatrixXd xy = Eigen::MatrixXd::Zero(embedding.rows(), 2);
    xy.leftCols(embedding.cols()) = embedding;
    return xy;
}

}  // namespace latentlab
