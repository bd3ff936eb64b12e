#include "Replay.h"

#include "Procrustes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace latentlab {
namespace {

bool alignable(const Eigen::MatrixXd& frame, const Eigen::MatrixXd& target) {
    return frame.rows() == target.rows() && frame.cols() == target.cols() && frame.rows() >= 2 &&
           frame.allFinite() && target.allFinite();
}

ReplayExtent extentOf(const std::vector<ReplayFrame>& frames) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    double minX = kInf, maxX = -kInf, minY = kInf, maxY = -kInf;
    for (const ReplayFrame& frame : frames) {
        for (Eigen::Index row = 0; row < frame.xy.rows(); ++row) {
            const double x = frame.xy(row, 0), y = frame.xy(row, 1);
            if (!std::isfinite(x) || !std::isfinite(y)) continue;
            minX = std::min(minX, x), maxX = std::max(maxX, x);
            minY = std::min(minY, y), maxY = std::max(maxY, y);
        }
    }
    if (!(minX <= maxX)) return {};
    // A flat cloud still gets an axis to lie on.
    const double padX = maxX > minX ? 0.0 : 0.5, padY = maxY > minY ? 0.0 : 0.5;
    return {minX - padX, maxX + padX, minY - padY, maxY + padY};
}

}  // namespace

const ReplayFrame& MethodReplay::at(int index) const {
    return frames[std::size_t(std::clamp(index, 0, int(frames.size()) - 1))];
}

int Replay::frameCount() const {
    int count = 0;
    for (const MethodReplay& method : methods) count = std::max(count, int(method.frames.size()));
    return count;
}

Replay alignReplay(const std::vector<ReplayTrack>& tracks) {
    Replay replay;
    for (const ReplayTrack& track : tracks) {
        if (track.empty()) continue;
        MethodReplay method{track.method(), track.frames(), {}};
        const Eigen::MatrixXd target = method.frames.back().xy;
        for (ReplayFrame& frame : method.frames) {
            if (!alignable(frame.xy, target)) continue;
            // Spread matched rather than least squares: an early frame unlike the final one
            // would otherwise shrink to a dot (as in the GUI's aligned scatters).
            frame.xy =
                fitSimilarity(frame.xy, target, SimilarityScale::MatchSpread).apply(frame.xy);
        }
        method.extent = extentOf(method.frames);
        replay.methods.push_back(std::move(method));
    }
    return replay;
}

}  // namespace latentlab
