// What an animation shows: a training replay and how its points are coloured — by true
// label, or without labels by each space's final clusters, as the report's scatters do.
//
//   const AnimationInput input = animationInput(recorder.replay(), result);
//   writeAnimation(input, "training.gif");
#pragma once

#include "Replay.h"
#include "Result.h"

#include <QStringList>
#include <vector>

namespace latentlab::report {

struct AnimationInput {
    Replay replay;
    /// Per method of the replay (same order), each row's group: its colour and marker.
    std::vector<std::vector<int>> groups;
    QStringList groupNames;  ///< legend text per group
    bool byLabel = true;     ///< false: the groups are k-means or Leiden clusters
    int groupCount() const { return int(groupNames.size()); }
};

/// The replay coloured by `result`'s true labels, or by each method's clusters without them.
AnimationInput animationInput(Replay replay, const Result& result);

}  // namespace latentlab::report
