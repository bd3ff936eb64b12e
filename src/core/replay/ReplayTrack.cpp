#include "ReplayTrack.h"

#include <algorithm>

namespace latentlab {

ReplayTrack::ReplayTrack(std::string method, ReplayBudget budget)
    : m_method(std::move(method)), m_budget(budget), m_capacity(std::max(2, budget.maxFrames)) {}

bool ReplayTrack::wants(int step) const {
    return m_frames.empty() || step - m_frames.back().step >= m_stride;
}

ReplayFrame ReplayTrack::makeFrame(int step, double loss, Eigen::MatrixXd xy) const {
    return ReplayFrame{m_method, step, loss, std::move(xy)};
}

void ReplayTrack::limitTo(std::size_t frameBytes) {
    if (frameBytes == 0) return;
    const std::size_t byBytes = m_budget.maxBytes / frameBytes;
    m_capacity = int(std::clamp<std::size_t>(byBytes, 2, std::size_t(m_capacity)));
}

void ReplayTrack::add(int step, double loss, Eigen::MatrixXd xy) {
    if (m_frames.empty() && !m_hasNewest) limitTo(std::size_t(xy.size()) * sizeof(double));
    if (!wants(step)) {
        m_newest = makeFrame(step, loss, std::move(xy));
        m_hasNewest = true;
        return;
    }
    m_frames.push_back(makeFrame(step, loss, std::move(xy)));
    m_hasNewest = false;
    // The slot of a newest frame stays free, so size() never passes capacity().
    if (int(m_frames.size()) >= m_capacity) thin();
}

void ReplayTrack::thin() {
    // Keeping indices 0, 2, 4, ... of frames m_stride apart leaves frames 2 m_stride apart.
    std::vector<ReplayFrame> kept;
    kept.reserve(m_frames.size() / 2 + 1);
    for (std::size_t i = 0; i < m_frames.size(); i += 2) kept.push_back(std::move(m_frames[i]));
    // The dropped last frame is still the newest one.
    if (m_frames.size() % 2 == 0) {
        m_newest = std::move(m_frames.back());
        m_hasNewest = true;
    }
    m_frames = std::move(kept);
    m_stride *= 2;
}

void ReplayTrack::finish(int step, double loss, Eigen::MatrixXd xy) {
    if (m_frames.empty() && !m_hasNewest) limitTo(std::size_t(xy.size()) * sizeof(double));
    if (!m_hasNewest && !m_frames.empty() && m_frames.back().step == step) {
        m_frames.back() = makeFrame(step, loss, std::move(xy));
        return;
    }
    // A newest frame held off the even spacing is superseded by the final one.
    m_newest = makeFrame(step, loss, std::move(xy));
    m_hasNewest = true;
}

std::vector<ReplayFrame> ReplayTrack::frames() const {
    std::vector<ReplayFrame> all = m_frames;
    if (m_hasNewest) all.push_back(m_newest);
    return all;
}

}  // namespace latentlab
