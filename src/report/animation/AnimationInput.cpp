#include "AnimationInput.h"

#include <algorithm>

namespace latentlab::report {

AnimationInput animationInput(Replay replay, const Result& result) {
    AnimationInput input;
    const Dataset& data = result.data;
    input.byLabel = data.hasLabels();
    int count = input.byLabel ? data.classes() : 0;
    for (const MethodReplay& method : replay.methods) {
        const SpaceResult* space = result.find(method.method);
        std::vector<int> codes =
            input.byLabel ? data.labels : (space ? space->clustering.labels : std::vector<int>());
        codes.resize(std::size_t(data.rows()), -1);
        for (int code : codes) count = std::max(count, code + 1);
        input.groups.push_back(std::move(codes));
    }
    for (int g = 0; g < count; ++g) {
        input.groupNames << (input.byLabel && std::size_t(g) < data.labelNames.size()
                                 ? QString::fromStdString(data.labelNames[std::size_t(g)])
                                 : QStringLiteral("cluster %1").arg(g));
    }
    input.replay = std::move(replay);
    return input;
}

}  // namespace latentlab::report
