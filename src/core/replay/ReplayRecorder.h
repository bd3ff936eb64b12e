// Records a training replay while a pipeline runs: an observer that passes every call on to
// the front end's own observer and keeps, for each method that animates (MethodInfo::animates),
// a ReplayTrack of its snapshots in the plane its scatter shows (LatentPlane for wide spaces).
//
//   ReplayRecorder recorder(&consoleObserver);
//   const Result result = runPipeline(config, &recorder);
//   const Replay replay = recorder.replay();            // aligned, ready to draw
#pragma once

#include "LatentPlane.h"
#include "PipelineObserver.h"
#include "Replay.h"
#include "ReplayTrack.h"

#include <string>
#include <vector>

namespace latentlab {

class ReplayRecorder : public PipelineObserver {
public:
    /// `inner` (may be null) gets every call first, unchanged.
    explicit ReplayRecorder(PipelineObserver* inner = nullptr, ReplayBudget budget = {});

    void stageStarted(Stage stage) override;
    void dataReady(const Dataset& data) override;
    /// A method that animates starts a new track (a repeat replaces the previous run's).
    void methodStarted(const std::string& method) override;
    void progress(double fraction) override;
    /// The inner observer's wish, or a step the method's track would keep.
    bool wantsSnapshot(const std::string& method, int step) override;
    void validationMeasured(int epoch, double loss) override;
    void stepFinished(const std::string& method, int step, double loss,
                      const Eigen::MatrixXd* embedding) override;
    void embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) override;
    bool shouldStop() override;

    /// The tracks recorded so far, in the order the methods started.
    const std::vector<ReplayTrack>& tracks() const { return m_tracks; }
    Replay replay() const { return alignReplay(m_tracks); }

private:
    struct Recording {
        LatentPlane plane;  ///< of the previous frame, so the plane's axes do not flip
        int lastStep = 0;
        double lastLoss = 0.0;
    };
    /// The track and state of `method`, or null when it is not recorded.
    ReplayTrack* trackOf(const std::string& method, Recording** recording = nullptr);
    /// The frame's coordinates as the scatter shows them: n x 2.
    static Eigen::MatrixXd shown(const Eigen::MatrixXd& embedding, LatentPlane& plane);

    PipelineObserver* m_inner;
    ReplayBudget m_budget;
    std::vector<ReplayTrack> m_tracks;
    std::vector<Recording> m_recordings;  ///< parallel to m_tracks
};

}  // namespace latentlab
