// How LatentSpacesTab plays a training replay back: each frame of a replayed method mapped by
// the similarity that takes the replay's final frame onto the final embedding as the scatter
// draws it (its plane, its alignment onto the baseline), so the replay ends where the result
// is; axes fixed for the whole replay to every frame's extent, but no more than a quarter of
// the result's span past it (the note counts the points outside); the loss chart's cursor at the
// autoencoder's epoch. The last frame is the finished result itself, drawn as showResult does.
#include "LatentSpacesTab.h"

#include "LatentSpacesLayout.h"
#include "LatentViewControls.h"
#include "LossCursor.h"
#include "ReplayPainter.h"
#include "ReplayTimeline.h"
#include "ScatterView.h"

#include <algorithm>

namespace latentlab::gui {

namespace {

// The method whose frames carry a loss per epoch: the loss chart's curve is its.
const std::string kLossMethod = "autoencoder";

/// The first two columns of `points` (a 1-D space padded with a zero y, as the replay has it).
Eigen::MatrixXd planeOf(const Eigen::MatrixXd& points) {
    if (points.cols() == 2) return points;
    Eigen::MatrixXd xy = Eigen::MatrixXd::Zero(points.rows(), 2);
    const Eigen::Index width = std::min<Eigen::Index>(2, points.cols());
    xy.leftCols(width) = points.leftCols(width);
    return xy;
}

/// `box` cut to at most a quarter of `final`'s span past `final` on each side: the early frames
/// of a run can spread far (a random start, an untrained network), and axes holding all of
/// them would shrink every later frame to a small patch in the middle of the plot.
AxisBox limitedTo(AxisBox box, const AxisBox& final) {
    if (box.empty || final.empty) return box;
    for (int c = 0; c < 2; ++c) {
        const double margin = 0.25 * (final.high[c] - final.low[c]);
        box.low[c] = std::max(box.low[c], final.low[c] - margin);
        box.high[c] = std::min(box.high[c], final.high[c] + margin);
    }
    return box;
}

}  // namespace

void LatentSpacesTab::setReplay(std::shared_ptr<const Replay> replay) {
    if (m_replayFrame >= 0) showFinalFrame();
    m_replay = replay && !replay->empty() ? std::move(replay) : nullptr;
    m_replayViews.clear();
    m_lossCursor->setEpoch(0);
    const bool wasShown = !m_timeline->isHidden();
    m_timeline->setReplay(m_replay);
    if (wasShown != !m_timeline->isHidden()) m_layout->fit();
}

void LatentSpacesTab::prepareReplay() {
    m_replayViews.clear();
    if (!m_replay || !m_data) return;
    ScatterExtent extent;
    for (const MethodReplay& method : m_replay->methods) {
        const Space* space = find(method.method);
        if (!space || method.frames.empty() || space->embedding.rows() != m_data->rows() ||
            method.frames.back().xy.rows() != m_data->rows())
            continue;
        const Eigen::MatrixXd shown = planeOf(forDisplay(*space, space->embedding, nullptr));
        ReplayView view{
            method.method, &method,
            fitSimilarity(method.frames.back().xy, shown, SimilarityScale::LeastSquares),
            space->view->dataExtent()};
        const bool all = space->view->showsAllPoints();
        for (const ReplayFrame& frame : method.frames)
            if (frame.xy.rows() == shown.rows())
                view.box.include(extent.compute(drawnRows(view.toShown.apply(frame.xy)), all));
        view.box = limitedTo(view.box, space->view->dataExtent());
        m_replayViews.push_back(std::move(view));
    }
}

void LatentSpacesTab::fixReplayRanges() {
    const auto replayBox = [this](const Space& space) -> const AxisBox* {
        for (const ReplayView& view : m_replayViews)
            if (view.method == space.method) return &view.box;
        return nullptr;
    };
    // As shareRanges: aligned views and their baseline share one box.
    bool anyAligned = false;
    for (const Space& space : m_spaces)
        anyAligned = anyAligned || (space.hasData && aligning(space));
    const auto shares = [&](const Space& space) {
        return anyAligned && space.hasData && (space.method == m_baseline || aligning(space));
    };
    AxisBox shared;
    for (const Space& space : m_spaces) {
        if (!shares(space)) continue;
        const AxisBox* box = replayBox(space);
        shared.include(box ? *box : space.view->dataExtent());
    }
    for (Space& space : m_spaces) {
        const AxisBox* box = replayBox(space);
        space.view->setSharedExtent(shares(space) ? shared : (box ? *box : AxisBox()), true);
    }
}

void LatentSpacesTab::showReplayFrame(int index) {
    if (!m_replay || !m_data) return;
    if (index >= m_replay->frameCount() - 1) {
        if (m_replayFrame >= 0) showFinalFrame();
        return;
    }
    const bool entering = m_replayFrame < 0;
    if (entering) prepareReplay();
    m_replayFrame = std::max(0, index);
    int lossEpoch = 0;
    for (const ReplayView& view : m_replayViews) {
        Space* space = find(view.method);
        if (!space) continue;
        const ReplayFrame& frame = view.replay->at(m_replayFrame);
        if (frame.xy.rows() != m_data->rows()) continue;
        const Eigen::MatrixXd shown = drawnRows(view.toShown.apply(frame.xy));
        if (entering || space->view->rowCount() != shown.rows()) {
            // The final clusters colour the frame; their centres belong to the final one only.
            space->view->setData(shown, drawnLabels(m_data->labels), m_data->labelNames,
                                 drawnLabels(space->clusters), {});
            space->view->setRowContext({m_data, m_drawn, space->silhouette});
        } else {
            space->view->updatePositions(shown);
        }
        space->view->setNote(
            tr("replay: %1").arg(report::ReplayPainter::stepNote(*view.replay, frame)));
        if (view.method == kLossMethod) lossEpoch = frame.step;
    }
    if (entering) fixReplayRanges();
    m_lossCursor->setEpoch(lossEpoch);
}

void LatentSpacesTab::showFinalFrame() {
    m_replayFrame = -1;
    for (const ReplayView& view : m_replayViews)
        if (Space* space = find(view.method)) redraw(*space);
    m_replayViews.clear();
    shareRanges(true);
    updateNotes();
    m_lossCursor->setEpoch(0);
}

void LatentSpacesTab::refreshReplayFrame() {
    if (m_replayFrame < 0) return;
    const int frame = m_replayFrame;
    m_replayFrame = -1;  // entered anew: mapped and fitted to the scatters as drawn now
    showReplayFrame(frame);
}

}  // namespace latentlab::gui
