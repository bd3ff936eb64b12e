// The latent snapshots of one method's training kept for a replay, in bounded memory: every
// offered step until the frame budget is full, then every other frame is dropped and the
// stride doubled, so the kept frames stay evenly spaced; the newest frame is always kept.
//
//   ReplayTrack track("umap", ReplayBudget{});
//   if (track.wants(step)) track.add(step, loss, xy);   // xy: n x 2, as the scatter shows it
//   track.finish(lastStep, lastLoss, finalXy);          // the final embedding, always kept
#pragma once

#include <Eigen/Core>
#include <cstddef>
#include <string>
#include <vector>

namespace latentlab {

/// One picture of a replay: a method's 2-D coordinates after `step` (counted from 1).
struct ReplayFrame {
    std::string method;  ///< MethodRegistry name
    int step = 0;        ///< the AE's or UMAP's epoch, t-SNE's iteration
    double loss = 0.0;   ///< NaN for methods without a loss per step
    Eigen::MatrixXd xy;  ///< rows x 2
};

/// How much of a training a track keeps: whichever of the two limits is tighter.
struct ReplayBudget {
    int maxFrames = 300;  ///< frames per method (at least 2)
    /// Bytes of coordinates per method: 64 MiB keeps about 140 frames of 30 000 points.
    std::size_t maxBytes = std::size_t(64) << 20;
};

class ReplayTrack {
public:
    ReplayTrack(std::string method, ReplayBudget budget);

    const std::string& method() const { return m_method; }
    /// Whether a frame after `step` would be kept: the first one, then one every stride().
    bool wants(int step) const;
    /// Keeps the frame if wants(step), else holds it as the newest frame only (replacing an
    /// earlier one held so), so the end of the training is never lost.
    void add(int step, double loss, Eigen::MatrixXd xy);
    /// The fitted embedding as the last frame: it replaces a frame of the same step, and a
    /// newest frame held off the even spacing.
    void finish(int step, double loss, Eigen::MatrixXd xy);

    /// The kept frames in step order, the newest last.
    std::vector<ReplayFrame> frames() const;
    std::size_t size() const { return m_frames.size() + (m_hasNewest ? 1 : 0); }
    bool empty() const { return size() == 0; }
    /// Steps between kept frames: 1, then doubled at each thinning.
    int stride() const { return m_stride; }
    /// The frame limit in force: ReplayBudget::maxFrames, lowered by maxBytes once the size
    /// of a frame is known.
    int capacity() const { return m_capacity; }

private:
    ReplayFrame makeFrame(int step, double loss, Eigen::MatrixXd xy) const;
    void limitTo(std::size_t frameBytes);
    void thin();

    std::string m_method;
    ReplayBudget m_budget;
    int m_capacity;
    int m_stride = 1;
    std::vector<ReplayFrame> m_frames;  ///< evenly spaced, m_stride apart
    ReplayFrame m_newest;               ///< a frame after the last evenly spaced one
    bool m_hasNewest = false;
};

}  // namespace latentlab
