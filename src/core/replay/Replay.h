// A training replay ready to draw: per animating method its kept frames, each aligned onto
// the final embedding (orthogonal Procrustes, scale matching the spread), so the picture
// neither spins nor jumps, and one fixed extent for all of them.
//
//   Replay replay = alignReplay(tracks);                 // tracks: ReplayTrack per method
//   for (int f = 0; f < replay.frameCount(); ++f)
//       for (const MethodReplay& m : replay.methods) draw(m.at(f), m.extent);
#pragma once

#include "ReplayTrack.h"

#include <string>
#include <vector>

namespace latentlab {

/// The rectangle every frame of a method fits in.
struct ReplayExtent {
    double minX = 0.0, maxX = 1.0, minY = 0.0, maxY = 1.0;
};

struct MethodReplay {
    std::string method;
    std::vector<ReplayFrame> frames;  ///< in step order, aligned onto the last (the final)
    ReplayExtent extent;              ///< of all the aligned frames

    /// Frame `index`, or the last one past the end: a shorter replay holds its final frame.
    const ReplayFrame& at(int index) const;
    int lastStep() const { return frames.empty() ? 0 : frames.back().step; }
};

struct Replay {
    std::vector<MethodReplay> methods;  ///< in the order the methods ran

    bool empty() const { return methods.empty(); }
    /// The longest method's frames: the replay's length.
    int frameCount() const;
};

/// Each non-empty track's frames mapped onto its last frame by the similarity that best
/// fits them (rotation or reflection, uniform scale, shift); frames of another row count or
/// with non-finite values are kept as they are. Empty tracks are left out.
Replay alignReplay(const std::vector<ReplayTrack>& tracks);

}  // namespace latentlab
